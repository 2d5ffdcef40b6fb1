// Plain links: pages are static documents, so a full load is cheap, and next/link would add script to
// every page and prefetch requests a static host answers with HTML.
import type { ReactNode } from 'react';
import { ThemeToggle } from './ThemeToggle';

function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="var(--accent)" />
      <path d="M9 8h14v4H13.5v3H21v4h-7.5v5H9z" fill="var(--accent-fg)" />
    </svg>
  );
}

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href="/" className="site-logo">
          <Logo />
          Frugal
        </a>
        <nav className="site-nav" aria-label="Site">
          <a href="/">Articles</a>
          <a href="/embed/">Widgets</a>
          <a href="/about/">About</a>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <span>
          Frugal explains posts from{' '}
          <a href="https://kexue.fm/" rel="noopener">
            Scientific Spaces (科学空间)
          </a>{' '}
          by Su Jianlin, in our own words.
        </span>
        <span>
          <a href="/about/">About</a> · <a href="/embed/">Embed a widget</a>
        </span>
      </div>
    </footer>
  );
}

export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main">{children}</main>
      <SiteFooter />
    </>
  );
}
