// A page on another origin that embeds a Frugal widget, for the cross-origin embed tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running cross-origin host page; `close()` stops its server. */
export interface HostServer {
  /** Address of the host page, e.g. 'http://127.0.0.1:41234/'. */
  url: string;
  /** Its origin, e.g. 'http://127.0.0.1:41234'. */
  origin: string;
  close(): Promise<void>;
}

/** Options of `hostServer`. */
export interface HostOptions {
  /** Origin of the Frugal site under test (the test's baseURL). */
  embedOrigin: string;
  /** Widget id to embed; default 'attention-mask'. */
  widget?: string;
  /** Query string of the embed URL, with its '?', e.g. '?n=32'; default ''. */
  query?: string;
  /** Port to listen on; default 0 (a free port, so parallel workers never collide). */
  port?: number;
  /** Replace the default iframe + embed.js markup inside <body>. */
  body?: string;
}

/**
 * The HTML of a page on another site that embeds a Frugal widget the documented way: an `<iframe>` of
 * `/embed/<widget>/` and `<script src="/embed.js">` from the Frugal origin. A listener installed before
 * the iframe stores every message as `{ origin, data }` in `window.__messages`.
 * Example: `hostPage({ embedOrigin: 'http://127.0.0.1:3100' })` → '<!doctype html>…<iframe src="http://127.0.0.1:3100/embed/attention-mask/"…'.
 */
export function hostPage({ embedOrigin, widget = 'attention-mask', query = '', body }: HostOptions): string {
  const markup =
    body ??
    `<iframe id="frugal-embed" src="${embedOrigin}/embed/${widget}/${query}" title="Frugal widget" width="720" height="150"
    style="border:0;width:100%;max-width:720px" data-frugal-embed></iframe>
  <script src="${embedOrigin}/embed.js" async></script>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A blog on another origin</title>
  <link rel="icon" href="data:,">
  <script>
    window.__messages = [];
    window.addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });
  </script>
</head>
<body>
  <h1>A blog on another origin</h1>
  <p>Some prose before the widget.</p>
  ${markup}
  <p>Some prose after the widget.</p>
</body>
</html>
`;
}

/**
 * Serve `hostPage(options)` at '/' on 127.0.0.1 (another port is another origin); '/favicon.ico' answers
 * 204 and anything else 404. Resolves once listening.
 * Example: `const host = await hostServer({ embedOrigin: new URL(baseURL).origin }); await page.goto(host.url); await host.close();`
 */
export function hostServer(options: HostOptions): Promise<HostServer> {
  const html = hostPage(options);
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(html);
    } else if (pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not Found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/`,
        origin,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
