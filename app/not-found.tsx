import Link from 'next/link';
import { SiteShell } from '@/components/site/SiteChrome';

export default function NotFound() {
  return (
    <SiteShell>
      <div className="page-narrow">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. The <Link href="/">list of articles</Link> and the{' '}
          <Link href="/embed/">widget gallery</Link> are good places to start.
        </p>
      </div>
    </SiteShell>
  );
}
