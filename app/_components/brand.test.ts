import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import manifest from '../manifest';
import { brandColors, defaultOpenGraph } from './brand';

const stylesheet = readFileSync(new URL('../globals.css', import.meta.url), 'utf8');

/** The light and dark values of a `--name: light-dark(light, dark)` token in globals.css. */
function token(name: string) {
  const match = stylesheet.match(
    new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`),
  );
  if (!match) throw new Error(`globals.css has no light-dark() token --${name}`);
  return { light: match[1], dark: match[2] };
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(publicPath: string) {
  const file = readFileSync(new URL(`../../public${publicPath}`, import.meta.url));
  expect(file.subarray(1, 4).toString('latin1'), `${publicPath} is a PNG`).toBe('PNG');
  return `${file.readUInt32BE(16)}x${file.readUInt32BE(20)}`;
}

describe('brand colours', () => {
  it('are the stylesheet’s canvas and accent tokens', () => {
    expect(brandColors.canvasLight).toBe(token('canvas').light);
    expect(brandColors.accent).toBe(token('accent').light);
  });
});

describe('web app manifest', () => {
  const { icons = [], ...fields } = manifest();

  it('names the app, starts at the home page and uses the page background', () => {
    expect(fields).toMatchObject({
      short_name: 'Waymark',
      start_url: '/',
      display: 'standalone',
      background_color: brandColors.canvasLight,
      theme_color: brandColors.canvasLight,
    });
  });

  it('lists PNG icons of 192 and 512 px and a maskable one, each as large as it says', () => {
    const pngs = icons.filter((icon) => icon.type === 'image/png');
    for (const icon of pngs) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});

describe('default link preview and home-screen icon', () => {
  it('are PNGs of the sizes platforms ask for', () => {
    const image = defaultOpenGraph.images[0]!;
    expect(pngSize(image.url)).toBe(`${image.width}x${image.height}`);
    expect(pngSize(image.url)).toBe('1200x630');
    expect(pngSize('/apple-touch-icon.png')).toBe('180x180');
  });
});
