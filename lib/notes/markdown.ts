import MarkdownIt from 'markdown-it';

import { formatNumber } from '@/lib/format';

/** Lists and quotes inside each other, at most: real notes use two or three. */
export const MAX_NOTE_NESTING = 8;
/** Emphasis, code and link marks in one paragraph, at most: far above prose, far below junk. */
export const MAX_MARKS_PER_PARAGRAPH = 500;

// CommonMark without raw HTML, as notes were before: markdown-it parses in time linear in the
// input (react-markdown took seconds on some 10,000-character notes, and overflowed the stack).
const markdown = new MarkdownIt('commonmark', { html: false });
// Every URL reaches the renderer, which empties unsafe ones, so a `javascript:` link still reads
// as a link (as with react-markdown) but leads nowhere.
markdown.validateLink = () => true;

const learnerRel = 'nofollow ugc noopener noreferrer';
const safeProtocol = /^(https?|ircs?|mailto|xmpp)$/i;

/** The URL if it is relative or uses a harmless protocol, else '' (react-markdown's rule). */
function safeUrl(url: string): string {
  const colon = url.indexOf(':');
  const beforeColon = (mark: string) => {
    const index = url.indexOf(mark);
    return index !== -1 && colon > index;
  };
  if (colon === -1 || beforeColon('/') || beforeColon('?') || beforeColon('#')) return url;
  return safeProtocol.test(url.slice(0, colon)) ? url : '';
}

const rules = markdown.renderer.rules;
rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  token.attrSet('href', safeUrl(String(token.attrGet('href') ?? '')));
  token.attrSet('rel', learnerRel);
  return self.renderToken(tokens, index, options);
};
// A learner's image would be fetched by every visitor's browser (a tracking pixel): show a link.
rules.image = (tokens, index) => {
  const token = tokens[index]!;
  const src = String(token.attrGet('src') ?? '');
  const href = markdown.utils.escapeHtml(safeUrl(src));
  const alt = markdown.utils.escapeHtml(token.content || src);
  return `<a href="${href}" rel="${learnerRel}">image: ${alt}</a>`;
};

const containerOpeners = new Set(['bullet_list_open', 'ordered_list_open', 'blockquote_open']);
const containerClosers = new Set(['bullet_list_close', 'ordered_list_close', 'blockquote_close']);
// Runs of * and _ (not the _ inside snake_case words), backtick runs, and brackets.
const marks = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|`+|[[\]]/gu;

/** Why a note cannot be kept as Markdown, read from its parsed tokens; undefined when it can. */
function structureProblem(tokens: ReturnType<typeof markdown.parse>): string | undefined {
  let depth = 0;
  let deepest = 0;
  let mostMarks = 0;
  for (const token of tokens) {
    if (containerOpeners.has(token.type)) deepest = Math.max(deepest, ++depth);
    else if (containerClosers.has(token.type)) depth--;
    else if (token.type === 'inline') {
      mostMarks = Math.max(mostMarks, token.content.match(marks)?.length ?? 0);
    }
  }
  // markdown-it stops parsing at 20 levels of tokens (10 or more containers), above this limit.
  if (deepest > MAX_NOTE_NESTING) {
    return `Your note nests lists or quotes ${formatNumber(deepest)} levels deep; a note can nest ${MAX_NOTE_NESTING}. Flatten it and save again.`;
  }
  if (mostMarks > MAX_MARKS_PER_PARAGRAPH) {
    return `A paragraph of your note has ${formatNumber(mostMarks)} formatting marks (* _ \` [ ]); a paragraph can hold ${MAX_MARKS_PER_PARAGRAPH}. Split it up or remove some, and save again.`;
  }
  return undefined;
}

/** Why this note cannot be saved, in words for the learner; undefined when it can. */
export function noteMarkdownProblem(body: string): string | undefined {
  if (body.includes('\0')) {
    return 'Your note contains a NUL character, which cannot be saved. Remove it and save again.';
  }
  return structureProblem(markdown.parse(body, {}));
}

const plainText = (body: string) =>
  `<p class="whitespace-pre-wrap">${markdown.utils.escapeHtml(body)}</p>`;

/**
 * A learner's note as HTML: raw HTML is escaped, unsafe URLs emptied, images shown as links, and
 * links marked as user content. A note the validation would refuse (one stored before it existed)
 * is shown as plain text, so no stored note can be slow or lose content to the nesting limit.
 */
export function renderNoteHtml(body: string): string {
  const tokens = markdown.parse(body, {});
  if (structureProblem(tokens) || body.includes('\0')) return plainText(body);
  return markdown.renderer.render(tokens, markdown.options, {});
}
