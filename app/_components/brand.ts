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

/**
 * A reader page's own metadata: its title, description and canonical URL, and the same three in
 * its Open Graph preview (with the site's name and default image). `article` for a topic or a
 * project, a page a link preview may call an article.
 */
export function readerPageMetadata(page: {
  title: string;
  description: string;
  url: string;
  article?: boolean;
}): Metadata {
  const { title, description, url } = page;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      ...defaultOpenGraph,
      title,
      description,
      url,
      ...(page.article && { type: 'article' as const }),
    },
  };
}
