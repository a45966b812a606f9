import { describe, expect, it } from 'vitest';

import { statusPageHtml, statusPages } from './status-page';

describe('statusPageHtml', () => {
  it('renders a complete page with the status, the message and ways back', () => {
    const html = statusPageHtml(statusPages.unavailable);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Your progress is unavailable right now</h1>');
    expect(html).toContain('Every roadmap and topic can still be read');
    expect(html).toContain('href="/"');
    expect(html).not.toContain('<script');
  });

  it('escapes what it is given', () => {
    const html = statusPageHtml({ status: 400, title: '<b>&', message: '"x"' });
    expect(html).toContain('&#60;b&#62;&#38;');
    expect(html).not.toContain('<b>');
  });
});
