/**
 * Fetches a data asset from the site's own origin and parses it, in the worker (so neither the parse nor the
 * decoding that follows runs on the page's main thread). Rejects with the HTTP status when the file is missing.
 */
export async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}`.trim());
  return res.json();
}
