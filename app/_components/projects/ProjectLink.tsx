import { projectLinkView } from '@/lib/projects/url';

/**
 * A learner's repository or demo link. Learner-supplied, so search engines are told not to vouch
 * for it (`nofollow ugc`), the opened page gets no handle on this one (`noopener`) and learns
 * nothing of where it was opened from (`noreferrer`: a profile's address names its learner). The
 * text is the link's ASCII form, so a look-alike host shows as punycode; a link stored before
 * today's rules that breaks them is shown as text only.
 */
export function ProjectLink({ url }: { url: string }) {
  const { href, text } = projectLinkView(url);
  if (!href) {
    return (
      <span className="break-all" data-testid="project-link">
        {text}
      </span>
    );
  }
  return (
    <a
      href={href}
      rel="nofollow ugc noopener noreferrer"
      className="break-all text-accent underline underline-offset-2"
      data-testid="project-link"
    >
      {text}
    </a>
  );
}
