import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { fontScript } from '@/components/site/cjkMetricsFont';
import { ScrollCues } from '@/components/site/ScrollCues';
import { themeInitScript } from '@/components/site/theme';
import { SITE_URL } from '@/components/site/url';
import './globals.css';
import '@/components/figure/figure.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: 'Frugal — the mathematics of efficient machine learning', template: '%s · Frugal' },
  description:
    'Explorable explanations of the mathematics behind efficient machine learning, with live widgets you can tweak, share and embed.',
  icons: { icon: '/favicon.ico' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
};

/** Blank full-width glyphs that hold Han text at its final width until its Noto slices arrive (no reflow). */
const cjkMetricsScript = fontScript();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input. */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script built at build time, no user input. */}
        <script dangerouslySetInnerHTML={{ __html: cjkMetricsScript }} />
      </head>
      <body>
        {children}
        <ScrollCues />
      </body>
    </html>
  );
}
