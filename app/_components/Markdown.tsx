import ReactMarkdown, { type Components } from 'react-markdown';

const components: Components = {
  a: ({ href, children }) => {
    const external = href?.startsWith('http');
    return (
      <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
};

/** Renders Markdown on the server; raw HTML is dropped, so content can never inject markup. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-waymark">
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
