import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { splitFrontMatter } from './front-matter';
import { contentRoot } from './index';
import { readContentFiles } from './read';

describe('splitFrontMatter', () => {
  it('reads the YAML between the first two --- lines and keeps the rest as the body', () => {
    expect(splitFrontMatter('---\nid: http\nhours: 2\n---\nThe body.\n\n---\nMore.\n')).toEqual({
      data: { id: 'http', hours: 2 },
      body: 'The body.\n\n---\nMore.\n',
    });
  });

  it('reads Windows line ends, a byte-order mark and empty front matter', () => {
    expect(splitFrontMatter('\uFEFF---\r\nid: http\r\n---\r\nBody.')).toEqual({
      data: { id: 'http' },
      body: 'Body.',
    });
    expect(splitFrontMatter('---\n---\nBody.')).toEqual({ data: {}, body: 'Body.' });
    expect(splitFrontMatter('---\n# only a comment\n---\n')).toEqual({ data: {}, body: '' });
  });

  it('takes a file without front matter as all body', () => {
    expect(splitFrontMatter('Just text.\n---\n')).toEqual({ data: {}, body: 'Just text.\n---\n' });
  });

  it('refuses front matter in any other language, unclosed front matter and invalid YAML', () => {
    for (const opening of ['---js', '---javascript', '---json', '--- coffee', '----']) {
      expect(() => splitFrontMatter(`${opening}\n{ "id": "http" }\n---\n`), opening).toThrow(
        `starts with "${opening}": only YAML front matter is read`,
      );
    }
    expect(() => splitFrontMatter('---\nid: http\n')).toThrow(/is not closed/);
    expect(() => splitFrontMatter('---\nid: [http\n---\n')).toThrow(/is not valid YAML: .*line/);
    expect(() => splitFrontMatter('---\nid: a\nid: b\n---\n')).toThrow(/is not valid YAML/);
  });

  it('builds no objects from YAML tags: a JavaScript tag stays text', () => {
    const { data } = splitFrontMatter('---\nid: !!js/function "function () { return 1 }"\n---\n');
    expect(data).toEqual({ id: 'function () { return 1 }' });
  });
});

/**
 * The front matter used to be read as YAML 1.1 (gray-matter's js-yaml), where `yes`, `on`, `0777`
 * and bare dates mean something else than in YAML 1.2. No published file may depend on that
 * difference, so swapping the parser changed nothing a reader sees.
 */
describe('the published front matter', () => {
  const dateless = (value: unknown) =>
    JSON.parse(JSON.stringify(value), (_, v: unknown) =>
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v,
    ) as unknown;

  it('reads the same under YAML 1.1 as under YAML 1.2, in every file', () => {
    const files = [...readContentFiles(contentRoot)];
    expect(files.length).toBeGreaterThan(100);
    for (const [path, source] of files) {
      const { data } = splitFrontMatter(source);
      const block = /^---\n([\s\S]*?)^---$/m.exec(source)![1]!;
      expect(data, path).toEqual(dateless(parse(block, { version: '1.1' })));
    }
  });
});
