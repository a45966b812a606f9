/**
 * A complete, self-contained HTML page for the answers the proxy gives before any page renders
 * (a malformed URL, a cross-site write, the database unreachable): branded like the app, readable
 * without JavaScript or the app's stylesheet.
 */
export type StatusPage = {
  status: 400 | 403 | 404 | 413 | 415 | 429 | 503;
  title: string;
  message: string;
  /** What still works, said after the message. */
  stillWorks?: string;
};

export const statusPages = {
  badRequest: {
    status: 400,
    title: 'This address cannot be read',
    message:
      'The link is damaged: part of it is not valid text (often a link cut off or mangled when it was copied).',
    stillWorks: 'Start again from the roadmaps, or search for what you were looking for.',
  },
  notFound: {
    status: 404,
    title: 'This page is not on the map',
    message: 'No page has this address: the link may be mistyped.',
    stillWorks: 'Start again from the roadmaps, or search for what you were looking for.',
  },
  unreadableWrite: {
    status: 415,
    title: 'This change could not be read',
    message:
      'What was sent is not in a form Waymark accepts, so nothing was saved. Reload the page and make the change again.',
  },
  tooLarge: {
    status: 413,
    title: 'This change is too large',
    message:
      'Waymark accepts at most 1 MB in one change, so nothing was saved. A file to import must be smaller than 900 KB.',
  },
  crossSite: {
    status: 403,
    title: 'This change came from another site',
    message:
      'Waymark only accepts changes sent from its own pages, so nothing was saved. If you did mean to make this change, open Waymark and make it there.',
  },
  unavailable: {
    status: 503,
    title: 'Your progress is unavailable right now',
    message:
      'Waymark cannot reach its database for a moment, so your dashboard, settings, notes and profiles cannot be shown. Nothing you saved is lost.',
    stillWorks:
      'Every roadmap and topic can still be read, and progress you mark in this browser is kept. Please try again in a minute.',
  },
} satisfies Record<string, StatusPage>;

/** How long a client should wait before asking again while the database is unreachable. */
export const unavailableRetryAfterSeconds = 30;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function statusPageHtml(page: StatusPage): string {
  const [title, message, stillWorks] = [page.title, page.message, page.stillWorks ?? ''].map(
    escapeHtml,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<title>${title} · Waymark</title>
<style>
:root{color-scheme:light dark;--canvas:light-dark(#fafaf9,#0c0a09);--ink:light-dark(#1c1917,#f5f5f4);--muted:light-dark(#57534e,#a8a29e);--line:light-dark(#e7e5e4,#44403c);--accent:light-dark(#0f766e,#2dd4bf)}
body{margin:0;background:var(--canvas);color:var(--ink);font:16px/1.6 ui-sans-serif,system-ui,sans-serif}
header{border-bottom:1px solid var(--line);padding:1rem 1.25rem}
header a{color:var(--ink);font-weight:700;text-decoration:none}
main{max-width:40rem;padding:2.5rem 1.25rem}
.status{color:var(--accent);font-size:.875rem;font-weight:600;margin:0}
h1{font-size:1.875rem;line-height:1.2;margin:.25rem 0 1rem}
p{margin:0 0 1rem}
.muted{color:var(--muted)}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
nav a{display:inline-block;margin:0 1rem .5rem 0}
</style>
</head>
<body>
<header><a href="/">Waymark</a></header>
<main>
<p class="status">${page.status}</p>
<h1>${title}</h1>
<p>${message}</p>
${stillWorks ? `<p class="muted">${stillWorks}</p>` : ''}
<nav aria-label="Ways back"><a href="/">Go to the roadmaps</a><a href="/search">Search topics</a></nav>
</main>
</body>
</html>
`;
}
