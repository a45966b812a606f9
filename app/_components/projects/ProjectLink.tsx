/**
 * A learner's repository or demo link. Learner-supplied, so search engines are told not to vouch
 * for it (`nofollow ugc`) and the opened page gets no handle on this one (`noopener`). Only links
 * that passed the server's https rule are ever stored or kept in the browser.
 */
export function ProjectLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      rel="nofollow ugc noopener"
      className="break-all text-accent underline underline-offset-2"
      data-testid="project-link"
    >
      {url}
    </a>
  );
}
