// The `test` every browser test imports: it fails a test whose pages log console errors, throw, violate their
// Content-Security-Policy, fail a request or reach outside the site's origin. Also the cross-origin host page
// for embed tests and an axe-core runner.
import {
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  type Request,
  type Response,
  type WebError,
} from '@playwright/test';
import { isOffOrigin } from './site';

export { expect } from '@playwright/test';
export { type AxeViolation, formatAxe, runAxe } from './axe';
export { type HostOptions, type HostServer, hostPage, hostServer } from './host';
export { isOffOrigin } from './site';

/** A pattern matched against a URL or message: a string matches as a substring, a RegExp by `test`. */
export type Pattern = string | RegExp;

/** One request a page of the test made. */
export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the frame that made it ('' for requests without a frame, such as service workers). */
  frameUrl: string;
}

/** The per-test guard: what it recorded, and the opt-outs for deliberate errors. */
export interface Guard {
  /** Ignore console errors and uncaught errors whose text matches `pattern` (for tests that provoke one). */
  allowConsoleErrors(pattern: Pattern): void;
  /** Ignore failed requests (network failure or status ≥ 400) whose URL matches, and their console errors. */
  allowFailedRequests(pattern: Pattern): void;
  /** Let pages also request these origins (for example a cross-origin host page). */
  allowOrigins(...origins: string[]): void;
  /** Every request made so far, in order. */
  readonly requests: readonly RequestRecord[];
}

const matches = (patterns: Pattern[], text: string) =>
  patterns.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));

function frameUrlOf(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

const section = (title: string, lines: string[]) =>
  lines.length === 0 ? '' : `${title} (${lines.length}):\n${lines.map((l) => `  - ${l}`).join('\n')}\n`;

/** Prefix of the console message the init script logs for each Content-Security-Policy violation. */
const CSP_VIOLATION = 'frugal:csp-violation ';

/**
 * Logs every `securitypolicyviolation` event of a document (any frame) as one console message, which the
 * guard reports. Chromium's own "Refused to …" messages are browser log entries, not console calls, so
 * Playwright's console event never sees them.
 */
function reportCspViolations(prefix: string) {
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    console.error(
      `${prefix}${e.effectiveDirective} blocked ${e.blockedURI || '(no URL)'} on ${location.pathname}${where}`,
    );
  });
}

/** Contexts whose pages already log their CSP violations (an init script cannot be removed or added twice). */
const reportingCsp = new WeakSet<BrowserContext>();

/**
 * Watch every page of a browser context: console errors and uncaught page errors, Content-Security-Policy
 * violations, failed requests (network failures other than `net::ERR_ABORTED`, which is a cancellation, and
 * responses with status ≥ 400) and requests to origins other than `baseURL`'s, until `stop()`. `report()`
 * lists what is not allowed, as readable sections ('' when clean); `guard` holds the opt-outs and the request
 * log. CSP violations have no opt-out. Resolves once the violation listener is installed for every later page.
 * Example: `const { guard, report } = await watchContext(context, 'http://127.0.0.1:3100'); … expect(report()).toBe('');`
 */
export async function watchContext(
  context: BrowserContext,
  baseURL?: string,
): Promise<{ guard: Guard; report: () => string; stop: () => void }> {
  const consoleAllow: Pattern[] = [];
  const failedAllow: Pattern[] = [];
  const origins = new Set<string>(baseURL ? [new URL(baseURL).origin] : []);
  const requests: RequestRecord[] = [];
  const consoleErrors: { text: string; url: string; where: string }[] = [];
  const failedRequests: { url: string; text: string }[] = [];
  const cspViolations: string[] = [];

  if (!reportingCsp.has(context)) {
    reportingCsp.add(context);
    await context.addInitScript(reportCspViolations, CSP_VIOLATION);
  }
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith(CSP_VIOLATION)) {
      cspViolations.push(message.text().slice(CSP_VIOLATION.length));
      return;
    }
    const { url, lineNumber } = message.location();
    const where = url ? ` (at ${url}${lineNumber ? `:${lineNumber}` : ''})` : '';
    consoleErrors.push({ text: message.text(), url, where });
  };
  const onWebError = (error: WebError) => {
    const e = error.error();
    const stack = e.stack ? `\n      ${e.stack.split('\n').slice(1, 4).join('\n      ')}` : '';
    consoleErrors.push({ text: `uncaught ${e.name}: ${e.message}`, url: '', where: stack });
  };
  const onRequest = (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      frameUrl: frameUrlOf(request),
    });
  };
  const onRequestFailed = (request: Request) => {
    const errorText = request.failure()?.errorText ?? 'failed';
    if (errorText === 'net::ERR_ABORTED') return;
    failedRequests.push({
      url: request.url(),
      text: `${errorText} ${request.method()} ${request.url()}`,
    });
  };
  const onResponse = (response: Response) => {
    if (response.status() < 400) return;
    const request = response.request();
    failedRequests.push({
      url: response.url(),
      text: `${response.status()} ${request.method()} ${response.url()}`,
    });
  };
  context.on('console', onConsole);
  context.on('weberror', onWebError);
  context.on('request', onRequest);
  context.on('requestfailed', onRequestFailed);
  context.on('response', onResponse);
  const stop = () => {
    context.off('console', onConsole);
    context.off('weberror', onWebError);
    context.off('request', onRequest);
    context.off('requestfailed', onRequestFailed);
    context.off('response', onResponse);
  };

  const guard: Guard = {
    allowConsoleErrors: (pattern) => {
      consoleAllow.push(pattern);
    },
    allowFailedRequests: (pattern) => {
      failedAllow.push(pattern);
    },
    allowOrigins: (...more) => {
      for (const origin of more) origins.add(new URL(origin).origin);
    },
    requests,
  };

  // Opt-outs apply to the whole test, whenever they were declared.
  const report = () => {
    const isAllowedConsole = (e: { text: string; url: string }) =>
      matches(consoleAllow, e.text) ||
      (/^Failed to load resource/.test(e.text) && e.url !== '' && matches(failedAllow, e.url));
    const errors = consoleErrors.filter((e) => !isAllowedConsole(e)).map((e) => `${e.text}${e.where}`);
    const failed = failedRequests.filter((f) => !matches(failedAllow, f.url)).map((f) => f.text);
    const outside = requests
      .filter((r) => isOffOrigin(r.url, origins))
      .map((r) => `${r.method} ${r.url} (${r.resourceType}, from ${r.frameUrl || 'no frame'})`);
    return (
      section('Content-Security-Policy violations', cspViolations) +
      section('Console errors', errors) +
      section('Failed requests', failed) +
      section(`Requests outside ${[...origins].join(', ')}`, outside)
    );
  };
  return { guard, report, stop };
}

/**
 * Page methods whose effect outlives a navigation (init scripts, routes, exposed functions): a test that
 * calls one, or leaves an event listener on the page, has its page closed afterwards, and the next test
 * gets a new one.
 */
const LASTING = new Set<PropertyKey>([
  'addInitScript',
  'route',
  'routeFromHAR',
  'routeWebSocket',
  'exposeFunction',
  'exposeBinding',
]);
const ADD_LISTENER = new Set<PropertyKey>(['on', 'once', 'addListener', 'prependListener']);
const REMOVE_LISTENER = new Set<PropertyKey>(['off', 'removeListener']);

/** Whether tests share one browser context and page per worker (see `sharing`). */
const SHARE = process.env.TRACE !== '1';

/**
 * Playwright's `context` and `page`, kept per worker and handed from test to test: starting a page costs a
 * renderer process and compiling the site's scripts again, several times what a test usually does with it.
 * Between tests the page is reset so that each test still starts as a new visitor: viewport and colour
 * scheme from the test's options, no cookies, permissions or site storage, the pages the test opened closed,
 * and a page left with lasting state (`LASTING`, listeners) replaced by a new one.
 */
const sharing = base.extend<object, { shared: BrowserContext }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ shared }, use) => {
    await use(shared);
  },
  page: async ({ context, viewport, colorScheme, reducedMotion, baseURL }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    if (viewport) await page.setViewportSize(viewport);
    // Media emulation outlives a test on the shared page: set both features every time.
    await page.emulateMedia({
      colorScheme: colorScheme ?? 'light',
      reducedMotion: reducedMotion ?? 'no-preference',
    });
    let lasting = false;
    const listeners = new Set<unknown>();
    const watched = new Proxy(page, {
      get(target, property) {
        if (LASTING.has(property)) lasting = true;
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (ADD_LISTENER.has(property) || REMOVE_LISTENER.has(property))
          return (event: string, listener: unknown) => {
            if (ADD_LISTENER.has(property)) listeners.add(listener);
            else listeners.delete(listener);
            value.call(target, event, listener);
            return watched;
          };
        return value.bind(target);
      },
    });
    await use(watched);
    for (const other of context.pages()) if (other !== page) await other.close();
    if (lasting || listeners.size > 0) await page.close();
    // Site storage (the theme choice) is per origin: clear it from a page of that origin.
    const next = context.pages()[0] ?? (await context.newPage());
    await next.goto(new URL('/favicon.ico', baseURL).href);
    await next.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    // And leave it blank, as a new page is: the next test's first navigation comes from no origin.
    await next.goto('about:blank');
    await context.clearCookies();
    await context.clearPermissions();
  },
});

/**
 * Playwright's `test` with the shared page (unless TRACE=1, which traces each test in its own context) and
 * an automatic `guard` fixture that watches the test's browser context (see `watchContext`) and, after the
 * test, fails it with one readable message listing CSP violations, console errors, failed requests and
 * off-origin requests.
 * Example: `test('home', async ({ page, guard }) => { guard.allowFailedRequests('/missing/'); … })`.
 */
export const test = (SHARE ? (sharing as unknown as typeof base) : base).extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL, page: _page }, use) => {
      // Depends on `page` so that it stops watching before the page is reset for the next test.
      const { guard, report, stop } = await watchContext(context, baseURL);
      await use(guard);
      stop();
      const text = report();
      if (text) throw new Error(`The page was not clean:\n${text}`);
    },
    { auto: true },
  ],
});
