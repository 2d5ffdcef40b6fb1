// Embeds work on another site: the embed page posts its height across origins, embed.js resizes the iframe,
// nothing sets cookies or leaves the Frugal origin, and oEmbed discovery and responses are valid.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog, getWidgetMeta } from '../components/figure/catalog';
import { getArticle } from '../content/articles';
import { parseSitemap } from '../scripts/sitemap.mjs';
import { parseAttributes } from '../scripts/size.mjs';
import { expect, hostServer, test } from './support/fixtures';
import { embedWidgetId, OUT_DIR, sitemap } from './support/site';

const WIDGET = 'attention-mask';
const paths = sitemap();
const widgetIds =
  paths instanceof Error ? [] : paths.map(embedWidgetId).filter((id): id is string => id !== null);
/** The origin the build wrote into the sitemap (NEXT_PUBLIC_SITE_URL): oEmbed files and links must use it too. */
const siteOrigin = () =>
  new URL(parseSitemap(readFileSync(path.join(OUT_DIR, 'sitemap.xml'), 'utf8'))[0] ?? '').origin;

interface Posted {
  origin: string;
  data: { type?: unknown; height?: unknown; widget?: unknown } | null;
}

test.describe('cross-origin embed', () => {
  test(`/embed/${WIDGET}/ on another origin posts its height and embed.js resizes the iframe to it`, async ({
    page,
    context,
    guard,
    baseURL,
  }) => {
    const embedOrigin = new URL(baseURL ?? '').origin;
    const host = await hostServer({ embedOrigin, widget: WIDGET });
    try {
      expect(host.origin).not.toBe(embedOrigin);
      guard.allowOrigins(host.origin);
      await page.goto(host.url);

      await expect(page.frameLocator('#frugal-embed').locator(`[data-widget="${WIDGET}"]`)).toBeVisible();

      const heightMessages = () =>
        page.evaluate(() =>
          (window as unknown as { __messages: Posted[] }).__messages.filter(
            (m) => m.data?.type === 'frugal:height',
          ),
        );
      await expect.poll(async () => (await heightMessages()).length, { timeout: 15_000 }).toBeGreaterThan(0);

      // Heights may change while the widget lays out; wait until the iframe follows the latest one.
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const posted = (window as unknown as { __messages: Posted[] }).__messages.filter(
                (m) => m.data?.type === 'frugal:height',
              );
              const last = posted[posted.length - 1]?.data?.height;
              const iframe = document.getElementById('frugal-embed') as HTMLIFrameElement;
              return typeof last === 'number' && Math.abs(Number.parseFloat(iframe.style.height) - last) <= 2;
            }),
          { timeout: 10_000, message: 'iframe style height never matched the posted height (±2 px)' },
        )
        .toBe(true);

      const messages = await heightMessages();
      for (const message of messages) {
        expect(message.origin, 'origin of a frugal:height message').toBe(embedOrigin);
        expect(message.data?.widget, 'widget of a frugal:height message').toBe(WIDGET);
        expect(typeof message.data?.height, 'type of the posted height').toBe('number');
      }
      const posted = messages[messages.length - 1].data?.height as number;
      expect(posted, 'posted height').toBeGreaterThan(100);
      const style = await page
        .locator('#frugal-embed')
        .evaluate((el) => Number.parseFloat((el as HTMLElement).style.height));
      expect(Math.abs(style - posted), `iframe height ${style}px vs posted ${posted}px`).toBeLessThanOrEqual(
        2,
      );

      expect(await context.cookies(), 'cookies set by the embed').toEqual([]);
      const fromEmbed = guard.requests.filter((r) => r.frameUrl.startsWith(`${embedOrigin}/`));
      expect(fromEmbed.length, 'requests made by the embed frame').toBeGreaterThan(0);
      const leaving = fromEmbed.filter(
        (r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== embedOrigin,
      );
      expect(
        leaving.map((r) => r.url),
        'requests of the embed frame outside its origin',
      ).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

test.describe('oEmbed', () => {
  test('the sitemap lists at least one embed page, including the first widget', () => {
    expect(widgetIds).toContain(WIDGET);
  });

  for (const id of widgetIds) {
    test(`/oembed/${id}.json is a rich oEmbed response whose html is an iframe of /embed/${id}/`, async ({
      request,
    }) => {
      const response = await request.get(`/oembed/${id}.json`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/json');
      const body = JSON.parse(await response.text());
      expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Frugal' });
      expect(typeof body.width, 'width').toBe('number');
      expect(typeof body.height, 'height').toBe('number');
      expect(body.width).toBeGreaterThan(0);
      expect(body.height).toBeGreaterThan(0);
      expect(typeof body.html).toBe('string');
      const iframe = /<iframe\b[^>]*>/i.exec(body.html)?.[0];
      expect(iframe, `no <iframe> in html: ${body.html}`).toBeTruthy();
      const src = parseAttributes(iframe ?? '').get('src') ?? '';
      expect(new URL(src, 'http://x.invalid').pathname).toBe(`/embed/${id}/`);

      // Absolute URLs on the build's origin; credit to the post the widget explains; the declared height.
      const origin = siteOrigin();
      expect(new URL(src).origin, 'origin of the iframe').toBe(origin);
      expect(body.provider_url).toBe(`${origin}/`);
      expect(body.html).toContain(`<script src="${origin}/embed.js" async></script>`);
      const widget = getWidgetMeta(id);
      const post = getArticle(widget?.article ?? '')?.original;
      expect(body).toMatchObject({
        title: widget?.title,
        author_name: post?.author,
        author_url: post?.url,
        height: widget?.embedHeight,
      });
      expect(parseAttributes(iframe ?? '').get('height')).toBe(String(widget?.embedHeight));
    });

    test(`/embed/${id}/ links its oEmbed response with <link rel="alternate" type="application/json+oembed">`, async ({
      request,
    }) => {
      const response = await request.get(`/embed/${id}/`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const links = [...html.matchAll(/<link\b[^>]*>/gi)]
        .map(([tag]) => parseAttributes(tag))
        .filter(
          (a) => a.get('rel')?.toLowerCase() === 'alternate' && a.get('type') === 'application/json+oembed',
        );
      expect(links.length, 'oEmbed discovery links').toBe(1);
      const href = links[0].get('href') ?? '';
      const target = new URL(href, 'http://x.invalid');
      expect(target.pathname).toBe(`/oembed/${id}.json`);
      expect(target.origin, `origin of the discovery link ${href}`).toBe(siteOrigin());
      const linked = await request.get(target.pathname);
      expect(linked.status(), `GET ${target.pathname}`).toBe(200);
    });
  }
});

test('the gallery lists every widget under its article; a preview loads only when opened', async ({
  page,
}) => {
  await page.goto('/embed/');
  await expect(page.locator('[data-embed-link]')).toHaveCount(catalog.length);
  // Closed previews fetch nothing.
  await expect(page.locator('details.embed-gallery-details[open]')).toHaveCount(0);
  const item = page.locator('.embed-gallery-item').filter({ has: page.locator('#w-attention-mask') });
  await item.locator('summary').click();
  const frame = page.frameLocator('iframe[title="Live preview: Attention mask explorer"]');
  await expect(frame.locator('[data-widget="attention-mask"][data-ready]')).toHaveCount(1);
});
