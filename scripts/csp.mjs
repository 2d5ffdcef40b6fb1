#!/usr/bin/env node
// Content-Security-Policy for the static export: after `next build`, writes into every HTML page a
// `<meta http-equiv="Content-Security-Policy">` whose script-src lists the sha256 of each inline script of that
// page (Next inlines its React Server Components payload and we inline the theme script), so no other inline
// script, eval or foreign origin can run. The hashes can only be computed once the HTML exists, which is why
// this is a build step and not part of the layout: a meta rendered by React would sit inside the very payload
// it hashes.
// Usage: `node scripts/csp.mjs [root]` (root defaults to OUT_DIR or out); `npm run build` runs it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headStart, listHtml, parseAttributes } from './size.mjs';

/**
 * The policy's directives apart from the script hashes. Styles need 'unsafe-inline' (React's style
 * attributes, KaTeX's inline sizes); images also come as data: and blob: URLs (PNG export rasterises an SVG
 * blob); the one worker is a same-origin script. frame-ancestors is left out: a meta tag cannot carry it
 * (browsers ignore it there), and embeds must stay embeddable by any site anyway.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The inline scripts of an HTML document in document order: the raw text of every `<script>` without a
 * `src` attribute, exactly as the browser hashes it. Comments are skipped; a script's text ends at the first
 * `</script`, as in the HTML tokenizer.
 * Example: `inlineScripts('<script src="/a.js"></script><script>go()</script>')` → ['go()'].
 */
export function inlineScripts(html) {
  const found = [];
  const opener = /<!--|<script\b[^>]*>/gi;
  let match = opener.exec(html);
  while (match) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', match.index + 4);
      if (end < 0) break;
      opener.lastIndex = end + 3;
    } else {
      const start = match.index + match[0].length;
      const close = html.slice(start).search(/<\/script/i);
      const end = close < 0 ? html.length : start + close;
      if (!parseAttributes(match[0]).has('src')) found.push(html.slice(start, end));
      opener.lastIndex = end;
    }
    match = opener.exec(html);
  }
  return found;
}

/**
 * The CSP source expression of an inline script: 'sha256-…' of its UTF-8 text after the newline
 * normalisation the HTML parser applies (CR LF and lone CR become LF).
 * Example: `scriptHash('')` → "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='".
 */
export function scriptHash(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page with these inline scripts: {@link CSP_DIRECTIVES} plus script-src 'self' and one
 * hash per distinct script, in first-seen order.
 * Example: `policyFor([])` → "default-src 'self'; script-src 'self'; style-src …".
 */
export function policyFor(scripts) {
  const hashes = [...new Set(scripts.map(scriptHash))];
  const [first, ...rest] = CSP_DIRECTIVES;
  return [first, ["script-src 'self'", ...hashes].join(' '), ...rest].join('; ');
}

const META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/**
 * The content of the page's CSP meta tags, in document order ([] when there is none).
 * Example: `readCsp('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">')` →
 * ["default-src 'self'"].
 */
export function readCsp(html) {
  return [...html.matchAll(META)].map(([tag]) => parseAttributes(tag).get('content') ?? '');
}

/**
 * The page with its CSP meta tag (an earlier one replaced, so running twice changes nothing), placed first in
 * `<head>` after `<meta charset>` so that it precedes every script, stylesheet and preload. Throws when the
 * document has no `<head>`.
 * Example: `withCsp('<html><head><meta charSet="utf-8"/></head>…')` → '<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="…"/></head>…'.
 */
export function withCsp(html) {
  const clean = html.replace(META, '');
  const at = headStart(clean, 'the Content-Security-Policy');
  const policy = policyFor(inlineScripts(clean));
  // The policy holds single quotes and base64, never a double quote or '&', so it needs no escaping.
  return `${clean.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${clean.slice(at)}`;
}

/**
 * Rewrite every HTML file under `root` with {@link withCsp}; returns the number of files. Throws, naming the
 * file, when one cannot be given a policy.
 */
export function applyCsp(root) {
  const files = listHtml(root);
  for (const file of files) {
    const full = path.join(root, file);
    try {
      writeFileSync(full, withCsp(readFileSync(full, 'utf8')));
    } catch (error) {
      throw new Error(`${full}: ${error.message}`);
    }
  }
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.env.OUT_DIR ?? 'out';
  try {
    const count = applyCsp(root);
    if (count === 0) throw new Error(`no HTML under ${root}/: run next build first`);
    console.log(`csp: Content-Security-Policy with script hashes written into ${count} pages of ${root}/`);
  } catch (error) {
    console.error(`csp: ${error.message}`);
    process.exit(1);
  }
}
