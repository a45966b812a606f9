import type { Metadata } from 'next';

export const siteName = 'Waymark';

export const siteDescription =
  'Step-by-step backend developer roadmaps with plain explanations and hand-picked resources.';

/**
 * The page background (`--canvas` in globals.css) and the brand colour (`--accent`, light theme),
 * for places CSS cannot reach (the web app manifest, the icons). A unit test keeps them equal to
 * the stylesheet's tokens.
 */
export const brandColors = { canvasLight: '#fafaf9', accent: '#0f766e' };

/**
 * Next.js replaces a parent's `openGraph` with a page's own rather than merging them, so every
 * page that sets Open Graph fields spreads these in to keep the site name and the default image.
 */
export const defaultOpenGraph = {
  siteName,
  images: [
    {
      url: '/og-default.png',
      width: 1200,
      height: 630,
      alt: 'Waymark — backend developer roadmaps, one step at a time',
    },
  ],
} satisfies Metadata['openGraph'];
