import ReactMarkdown, { type Components } from 'react-markdown';

/** Links in Waymark's own content: external ones open without passing on the opener. */
const contentComponents: Components = {
  a: ({ href, children }) => {
    const external = href?.startsWith('http');
    return (
      <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
};

/** Links a learner wrote: marked as user content, so search engines do not follow them. */
const learnerComponents: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow ugc noopener noreferrer">
      {children}
    </a>
  ),
};

type Props = {
  children: string;
  /** Text a learner wrote (a note) rather than Waymark's reviewed content. */
  byLearner?: boolean;
};

/**
 * Renders Markdown. Raw HTML is dropped and react-markdown's URL filter turns `javascript:` and
 * other unsafe links into empty ones, so neither content nor a learner's note can inject script.
 */
export function Markdown({ children, byLearner = false }: Props) {
  return (
    <div className="prose-waymark">
      <ReactMarkdown skipHtml components={byLearner ? learnerComponents : contentComponents}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
