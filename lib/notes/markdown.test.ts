import { describe, expect, it, vi } from 'vitest';

import {
  MAX_MARKS_PER_PARAGRAPH,
  MAX_NOTE_NESTING,
  noteMarkdownProblem,
  renderNoteHtml,
} from './markdown';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('markdown-it', async (importOriginal) => {
  const { default: MarkdownIt } = await importOriginal<typeof import('markdown-it')>();
  return {
    default: class CountingMarkdownIt extends MarkdownIt {
      override parse(source: string, env: Record<string, unknown>) {
        parses.count++;
        return super.parse(source, env);
      }
    },
  };
});

const { renderedNote } = await import('./rendered');

const fill = (unit: string, tail = '') =>
  unit.repeat(Math.floor((9_999 - tail.length) / unit.length)) + tail;
/** Notes that took react-markdown seconds, or overflowed its stack. */
const hostile = {
  'emphasis delimiters': fill('*a_'),
  'emphasis delimiters, reversed': fill('_a*'),
  'nested lists': fill('- ', 'a'),
  'nested star lists': fill('* ', 'a'),
  'nested ordered lists': fill('1. ', 'a'),
  'nested quotes': fill('> ', 'a'),
  'code span openers': fill('`a'),
  'link openers': fill('['),
};

describe('note Markdown validation', () => {
  it.each(Object.entries(hostile))('refuses %s with a clear message', (_name, body) => {
    expect(noteMarkdownProblem(body)).toMatch(
      /^(Your note nests lists or quotes [\d,]+ levels deep; a note can nest 8\. Flatten it and save again\.|A paragraph of your note has [\d,]+ formatting marks \(\* _ ` \[ \]\); a paragraph can hold 500\. Split it up or remove some, and save again\.)$/,
    );
  });

  it('refuses a NUL character', () => {
    expect(noteMarkdownProblem('before\0after')).toBe(
      'Your note contains a NUL character, which cannot be saved. Remove it and save again.',
    );
  });

  it('keeps real notes: nesting and marks up to the limits, snake_case, long lists', () => {
    const nested = Array.from(
      { length: MAX_NOTE_NESTING },
      (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`,
    ).join('\n');
    expect(noteMarkdownProblem(nested)).toBeUndefined();
    expect(noteMarkdownProblem(`${nested}\n${'  '.repeat(MAX_NOTE_NESTING)}- one more`)).toMatch(
      /nests lists or quotes 9 levels deep/,
    );
    const marked = '**bold** '.repeat(MAX_MARKS_PER_PARAGRAPH / 2);
    expect(noteMarkdownProblem(marked)).toBeUndefined();
    expect(noteMarkdownProblem(`${marked} *one more*`)).toMatch(/has 502 formatting marks/);
    expect(noteMarkdownProblem('user_id and created_at '.repeat(400))).toBeUndefined();
    expect(noteMarkdownProblem(fill('- a **b** `c`\n'))).toBeUndefined();
    expect(noteMarkdownProblem('> quote\n>\n> > inner\n\n1. one\n   - two')).toBeUndefined();
  });
});

describe('rendering a note', () => {
  it('renders CommonMark, escapes raw HTML and empties unsafe links', () => {
    const html = renderNoteHtml(
      [
        'A **bold** and *em* `code`',
        '<script>alert(1)</script>',
        '[ok](https://example.com/a?b=1) [bad](javascript:alert(1)) [rel](/roadmaps)',
        '[entity](&#x6A;avascript:alert(1)) [upper](JaVaScRiPt:alert(1))',
      ].join('\n\n'),
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(
      '<a href="https://example.com/a?b=1" rel="nofollow ugc noopener noreferrer">ok</a>',
    );
    expect(html).toContain('<a href="" rel="nofollow ugc noopener noreferrer">bad</a>');
    expect(html).toContain('<a href="/roadmaps" rel="nofollow ugc noopener noreferrer">rel</a>');
    expect(html).not.toMatch(/javascript:/i);
  });

  it('shows an image as a link to it, so visitors’ browsers never fetch it', () => {
    const html = renderNoteHtml(
      '![pixel](https://evil.example/p.gif?u=alice) ![](https://e.example/x.png) ![x](javascript:1)',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a href="https://evil.example/p.gif?u=alice" rel="nofollow ugc noopener noreferrer">image: pixel</a>',
    );
    expect(html).toContain(
      '<a href="https://e.example/x.png" rel="nofollow ugc noopener noreferrer">image: https://e.example/x.png</a>',
    );
    expect(html).toContain('<a href="" rel="nofollow ugc noopener noreferrer">image: x</a>');
  });

  it.each(Object.entries(hostile))(
    'shows a stored note of %s as escaped plain text, all of it',
    (_name, body) => {
      const html = renderNoteHtml(`${body}<b>`);
      expect(html.startsWith('<p class="whitespace-pre-wrap">')).toBe(true);
      expect(html).toContain('&lt;b&gt;');
      expect(html.length).toBeGreaterThan(body.length);
    },
  );

  it('parses each revision of a note once, however often it is shown', () => {
    const before = parses.count;
    const first = renderedNote('Revision *one*');
    for (let view = 0; view < 20; view++) expect(renderedNote('Revision *one*')).toBe(first);
    expect(parses.count - before).toBe(1);
    expect(renderedNote('Revision *two*')).toContain('<em>two</em>');
    expect(parses.count - before).toBe(2);
  });
});
