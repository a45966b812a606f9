import { createHash } from 'node:crypto';

import type { TestLearner } from './learners';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A round avatar with the login's first letter, as a data: URL: the app's Content-Security-Policy
 * allows data: images but no http:// host, and the login in its title makes a rename change it.
 */
export function avatarDataUrl(login: string): string {
  const hue = createHash('sha256').update(login).digest().readUInt16BE(0) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><title>${escapeHtml(login)}</title>` +
    `<circle cx="20" cy="20" r="20" fill="hsl(${hue} 55% 42%)"/>` +
    `<text x="20" y="26" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">` +
    `${escapeHtml(login.charAt(0).toUpperCase())}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The OAuth parameters every form on the page carries back, as hidden fields. */
export type PendingRequest = { redirectUri: string; state: string; codeChallenge: string };

const styles = `
  :root { color-scheme: light dark; --ink: light-dark(#1c1917, #f5f5f4);
    --muted: light-dark(#57534e, #a8a29e); --line: light-dark(#e7e5e4, #44403c);
    --surface: light-dark(#fff, #1c1917); --canvas: light-dark(#fafaf9, #0c0a09);
    --accent: light-dark(#0f766e, #2dd4bf); --on-accent: light-dark(#fff, #042f2e); }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: var(--canvas); color: var(--ink); }
  main { max-width: 34rem; margin: 3rem auto; padding: 0 1rem; }
  .badge { display: inline-block; border: 1px solid var(--accent); color: var(--accent);
    border-radius: 999px; padding: 0 .6rem; font-size: .8rem; font-weight: 600; }
  h1 { font-size: 1.6rem; margin: .5rem 0; }
  p { color: var(--muted); margin: .5rem 0 1.25rem; }
  .card { background: var(--surface); border: 1px solid var(--line); border-radius: .75rem; padding: 1rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
  button { font: inherit; cursor: pointer; }
  .learner { width: 100%; display: flex; align-items: center; gap: .75rem; text-align: left;
    padding: .6rem .75rem; border: 1px solid var(--line); border-radius: .5rem;
    background: transparent; color: var(--ink); }
  .learner:hover, .learner:focus-visible { border-color: var(--accent); }
  .learner img { width: 2.25rem; height: 2.25rem; border-radius: 50%; }
  .learner small { display: block; color: var(--muted); }
  label { display: block; font-weight: 600; margin: 1.25rem 0 .35rem; }
  .row { display: flex; flex-wrap: wrap; gap: .5rem; }
  input { flex: 1 1 12rem; min-width: 0; font: inherit; padding: .45rem .6rem;
    border: 1px solid var(--line); border-radius: .5rem; background: var(--canvas); color: var(--ink); }
  .primary { border: 0; border-radius: .5rem; padding: .45rem .9rem; background: var(--accent);
    color: var(--on-accent); font-weight: 600; }
  .error { color: light-dark(#b91c1c, #fca5a5); font-weight: 600; margin: .35rem 0 0; }
  .cancel { margin-top: 1.25rem; background: none; border: 0; padding: 0; color: var(--muted);
    text-decoration: underline; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;

function hiddenFields(request: PendingRequest): string {
  return Object.entries({
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
  })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
}

function learnerButton(learner: TestLearner): string {
  const login = escapeHtml(learner.login);
  return `<li><button class="learner" name="login" value="${login}">
    <img src="${escapeHtml(avatarDataUrl(learner.login))}" alt="">
    <span>Authorize as ${login}${learner.name ? `<small>${escapeHtml(learner.name)}</small>` : ''}</span>
  </button></li>`;
}

/**
 * GitHub's consent screen, replaced by a choice of test learner. Every value from the request is
 * escaped: state and redirect_uri come from whoever opened the link.
 */
export function authorizePage(
  request: PendingRequest,
  learners: TestLearner[],
  problem?: { typed: string; message: string },
): string {
  const hidden = hiddenFields(request);
  const typedValue = problem ? ` value="${escapeHtml(problem.typed)}"` : '';
  const error = problem
    ? `<p id="login-error" class="error">${escapeHtml(problem.message)}</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local test sign-in · Waymark</title><style>${styles}</style></head>
<body><main>
  <span class="badge">Local test sign-in</span>
  <h1>Sign in to Waymark as a test learner</h1>
  <p>No GitHub account needed: this stand-in for GitHub runs on your own machine, and nothing
    leaves it. Pick a learner, or type any login to make a new one. To try two learners side by
    side, sign in as the second one in a private window.</p>
  <div class="card">
    <form method="post" action="/login/oauth/authorize">${hidden}
      <ul>${learners.map(learnerButton).join('')}</ul>
    </form>
    <form method="post" action="/login/oauth/authorize">${hidden}
      <label for="login">Another GitHub login</label>
      <div class="row">
        <input id="login" name="login" required maxlength="39" autocomplete="off"
          spellcheck="false"${typedValue}${problem ? ' aria-invalid="true" aria-describedby="login-error"' : ''}>
        <button class="primary">Authorize this login</button>
      </div>${error}
    </form>
  </div>
  <form method="post" action="/login/oauth/authorize">${hidden}
    <button class="cancel" name="login" value="">Cancel</button>
  </form>
</main></body></html>`;
}
