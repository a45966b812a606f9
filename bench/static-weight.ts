// The gzip weight of a prerendered page's HTML and of the client scripts it loads, read from a
// `next build` output without starting a server:
//   npx tsx bench/static-weight.ts roadmaps/backend/http-basics
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type StaticWeight = { html: number; scripts: number; scriptFiles: number };

const gzipped = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/** The page's HTML and every `/_next/static/…` script it references, gzipped, in bytes. */
export function staticWeight(page: string, buildDir = '.next'): StaticWeight {
  const html = readFileSync(join(buildDir, 'server', 'app', `${page}.html`), 'utf8');
  const sources = new Set(
    [...html.matchAll(/<script[^>]+src="\/_next\/(static\/[^"?]+\.js)/g)].map((m) => m[1]!),
  );
  let scripts = 0;
  for (const source of sources) {
    const path = join(buildDir, source);
    if (existsSync(path)) scripts += gzipped(readFileSync(path));
  }
  return { html: gzipped(html), scripts, scriptFiles: sources.size };
}

if (process.argv[1]?.endsWith('static-weight.ts')) {
  for (const page of process.argv.slice(2)) console.log(page, staticWeight(page));
}
