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

/**
 * Renders Waymark's own, reviewed Markdown (at build time: the pages that show it are static).
 * Raw HTML is dropped and react-markdown's URL filter turns `javascript:` and other unsafe links
 * into empty ones. Learners' notes go through lib/notes/markdown.ts instead, which is linear on
 * hostile input.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-waymark">
      <ReactMarkdown skipHtml components={contentComponents}>
        {children}
      </ReactMarkdown>
    </div>
  );
}

const inlineComponents: Components = { ...contentComponents, p: ({ children }) => <>{children}</> };

/** One line of Waymark's own Markdown (a checklist item with `code`), without a paragraph. */
export function InlineMarkdown({ children }: { children: string }) {
  return (
    <ReactMarkdown skipHtml components={inlineComponents}>
      {children}
    </ReactMarkdown>
  );
}
