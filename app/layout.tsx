import './globals.css';

import type { Metadata } from 'next';

import { siteUrl } from '@/lib/env';
import { bootScript } from '@/lib/theme';

import { defaultOpenGraph, siteDescription } from './_components/brand';
import { BrowserResultsMerge } from './_components/checks/BrowserResultsMerge';
import { LearnerLoader } from './_components/progress/LearnerLoader';
import { ProgressNotice } from './_components/progress/ProgressNotice';
import { SiteFooter } from './_components/SiteFooter';
import { SiteHeader } from './_components/SiteHeader';

export const metadata: Metadata = {
  metadataBase: siteUrl,
  title: { default: 'Waymark — backend developer roadmaps', template: '%s · Waymark' },
  description: siteDescription,
  // Naming any icon here replaces the link Next adds for app/icon.svg, so both are named: without
  // the SVG link, browsers ask for /favicon.ico and log a 404 on every page.
  icons: {
    icon: { url: '/icon.svg', type: 'image/svg+xml' },
    apple: { url: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
  },
  openGraph: { ...defaultOpenGraph, type: 'website' },
  // X reads og:title, og:description and og:image when its own tags are missing; only the large
  // card must be asked for. Next copies the Open Graph image into twitter:image (four more tags on
  // every page, twice: in the HTML and in the RSC payload) unless `images` is set, so it is empty.
  // (Next fills twitter:title and twitter:description from the page title whatever is set here.)
  twitter: { card: 'summary_large_image', images: [] },
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    // The boot script sets data-theme before hydration, so React must not complain about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: bootScript }} />
      </head>
      {/* Body, skip link and main are styled by the site chrome classes in globals.css. */}
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <ProgressNotice />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <LearnerLoader />
        <BrowserResultsMerge />
      </body>
    </html>
  );
}
