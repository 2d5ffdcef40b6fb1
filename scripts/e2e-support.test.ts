// The pure helpers of the browser tests (e2e/support/), tested here because vitest collects scripts/.
import { describe, expect, it } from 'vitest';
import { hostPage, hostServer } from '../e2e/support/host';
import {
  articleFigures,
  embedWidgetId,
  isOffOrigin,
  screenshotName,
  screenshotPath,
} from '../e2e/support/site';

describe('isOffOrigin(url, allowed)', () => {
  const allowed = new Set(['http://127.0.0.1:3100']);

  it('isOffOrigin allows the site origin, data: and blob: URLs', () => {
    expect(isOffOrigin('http://127.0.0.1:3100/_next/static/chunks/a.js', allowed)).toBe(false);
    expect(isOffOrigin('data:image/png;base64,AAAA', allowed)).toBe(false);
    expect(isOffOrigin('blob:http://127.0.0.1:3100/1234', allowed)).toBe(false);
  });

  it('isOffOrigin flags another port, host or scheme, and unparsable URLs', () => {
    expect(isOffOrigin('http://127.0.0.1:3000/favicon.ico', allowed)).toBe(true);
    expect(isOffOrigin('http://localhost:3100/', allowed)).toBe(true);
    expect(isOffOrigin('https://127.0.0.1:3100/', allowed)).toBe(true);
    expect(isOffOrigin('https://fonts.example/css', allowed)).toBe(true);
    expect(isOffOrigin('not a url', allowed)).toBe(true);
  });
});

describe('embedWidgetId(pathname) and screenshotName(pathname)', () => {
  it('embedWidgetId returns the id of /embed/<id>/ and null elsewhere', () => {
    expect(embedWidgetId('/embed/attention-mask/')).toBe('attention-mask');
    expect(embedWidgetId('/embed/')).toBeNull();
    expect(embedWidgetId('/embed/a/b/')).toBeNull();
    expect(embedWidgetId('/articles/x/')).toBeNull();
  });

  it('screenshotName names the home page "home" and joins other segments with dashes', () => {
    expect(screenshotName('/')).toBe('home');
    expect(screenshotName('/articles/sparse-attention/')).toBe('articles-sparse-attention');
    expect(screenshotName('/a b/ü/')).toBe('a_b-_');
    expect(screenshotPath('/about/', 'phone')).toBe('e2e/screenshots/about-phone.png');
  });
});

describe('articleFigures(pathname)', () => {
  it('articleFigures lists an article’s <Figure>s from its MDX and gives null for other pages', () => {
    const figures = articleFigures('/articles/sparse-attention/');
    expect(figures?.find((f) => f.id === 'mask')).toMatchObject({
      widget: 'attention-mask',
      bind: { n: 'n' },
    });
    expect(articleFigures('/about/')).toBeNull();
    expect(articleFigures('/embed/attention-mask/')).toBeNull();
  });
});

describe('hostPage(options) and hostServer(options)', () => {
  it('hostPage embeds the widget iframe and embed.js from the embed origin after a message recorder', () => {
    const html = hostPage({ embedOrigin: 'http://127.0.0.1:3100', widget: 'w', query: '?n=8' });
    expect(html).toContain('src="http://127.0.0.1:3100/embed/w/?n=8"');
    expect(html).toContain('<script src="http://127.0.0.1:3100/embed.js" async></script>');
    expect(html.indexOf('window.__messages')).toBeLessThan(html.indexOf('<iframe'));
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('hostServer serves the host page on another port, 204 for the favicon and 404 otherwise', async () => {
    const host = await hostServer({ embedOrigin: 'http://127.0.0.1:3100' });
    try {
      expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(host.origin).not.toBe('http://127.0.0.1:3100');
      const page = await fetch(host.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/embed/attention-mask/');
      expect((await fetch(`${host.origin}/favicon.ico`)).status).toBe(204);
      expect((await fetch(`${host.origin}/other`)).status).toBe(404);
    } finally {
      await host.close();
    }
  });
});
