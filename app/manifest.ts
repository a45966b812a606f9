import type { MetadataRoute } from 'next';

import { brandColors, siteDescription, siteName } from './_components/brand';

/** Lets a learner add Waymark to a phone's home screen; icons are generated from app/icon.svg. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${siteName} — backend developer roadmaps`,
    short_name: siteName,
    description: siteDescription,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: brandColors.canvasLight,
    theme_color: brandColors.canvasLight,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
