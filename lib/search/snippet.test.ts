import { describe, expect, it } from 'vitest';

import { snippetSegments } from './snippet';

const show = (text: string, terms: string[]) =>
  snippetSegments(text, terms)
    .map(({ text, code, match }) => {
      const inner = code ? `<code>${text}</code>` : text;
      return match ? `<mark>${inner}</mark>` : inner;
    })
    .join('');

describe('snippetSegments', () => {
  it('turns Markdown inline code into code, without the backticks', () => {
    expect(show('Use `pg` or the `mongodb` package.', [])).toBe(
      'Use <code>pg</code> or the <code>mongodb</code> package.',
    );
  });

  it('marks whole words that matched, in any case, inside code too', () => {
    expect(show('PostgreSQL and `postgresql.conf`; not postgresqlish', ['postgresql'])).toBe(
      '<mark>PostgreSQL</mark> and <mark><code>postgresql</code></mark><code>.conf</code>; not postgresqlish',
    );
  });

  it('prefers the longer of two overlapping terms and escapes special characters', () => {
    expect(show('Node.js runs node scripts (c++ too)', ['node', 'node.js', 'c++'])).toBe(
      '<mark>Node.js</mark> runs <mark>node</mark> scripts (<mark>c++</mark> too)',
    );
  });

  it('leaves a lone backtick and text without terms as they are', () => {
    expect(show('a ` b', ['zzz'])).toBe('a ` b');
    expect(snippetSegments('', ['a'])).toEqual([]);
  });
});
