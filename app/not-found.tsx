import { SiteShell } from '@/components/site/SiteChrome';

export default function NotFound() {
  return (
    <SiteShell>
      <div className="page-narrow">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. The <a href="/">list of articles</a> and the{' '}
          <a href="/embed/">widget gallery</a> are good places to start.
        </p>
      </div>
    </SiteShell>
  );
}
