import type { Metadata } from 'next';
import { TestBench } from '@/app/test/bench/TestBench';
import { SiteShell } from '@/components/site/SiteChrome';

export const metadata: Metadata = {
  title: 'Component test bench',
  robots: { index: false, follow: false },
};

/**
 * Not linked and not in the sitemap: a page for the browser tests, with a widget that fails on demand next
 * to one that keeps working, to prove that a failure stays inside its error card.
 */
export default function TestPage() {
  return (
    <SiteShell>
      <div className="page-narrow">
        <h1>Component test bench</h1>
        <p>This page exists for automated tests. It is not part of the site’s navigation.</p>
        <TestBench />
      </div>
    </SiteShell>
  );
}
