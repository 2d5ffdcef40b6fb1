import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCsp, CSP_DIRECTIVES, inlineScripts, policyFor, readCsp, scriptHash, withCsp } from './csp.mjs';

const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>' +
  '<script src="/_next/a.js" async=""></script><script>theme()</script></head><body><p>Hi</p>' +
  '<!--<script>commented()</script>--><script>self.__next_f.push([1,"a"])</script>' +
  '<script type="module" src="/b.js"></script><script>self.__next_f.push([1,"b"])</script></body></html>';

describe('inlineScripts(html)', () => {
  it('inlineScripts lists the text of scripts without src, in document order, skipping comments', () => {
    expect(inlineScripts(PAGE)).toEqual([
      'theme()',
      'self.__next_f.push([1,"a"])',
      'self.__next_f.push([1,"b"])',
    ]);
  });

  it('inlineScripts ends a script at the first </script, in any case, and keeps empty ones', () => {
    expect(inlineScripts('<SCRIPT>a("<b>")</SCRIPT ><script></script>')).toEqual(['a("<b>")', '']);
    expect(inlineScripts('<p>no scripts</p>')).toEqual([]);
  });
});

describe('scriptHash(text)', () => {
  it("scriptHash gives the CSP source of MDN's example script and of the empty script", () => {
    // MDN, "CSP: script-src", unsafe inline script example: alert('Hello, world.');
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
    // sha256 of no bytes.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('scriptHash hashes UTF-8 and normalises CR LF and CR to LF, as the HTML parser does', () => {
    expect(scriptHash('a\r\nb\rc')).toBe(scriptHash('a\nb\nc'));
    expect(scriptHash('电视')).not.toBe(scriptHash('电柳'));
  });
});

describe('policyFor(scripts) and withCsp(html)', () => {
  it('policyFor allows self and exactly the distinct hashes in script-src, and keeps every other directive', () => {
    const policy = policyFor(['a()', 'b()', 'a()']);
    const directives = policy.split('; ');
    expect(directives[0]).toBe("default-src 'self'");
    expect(directives[1]).toBe(`script-src 'self' ${scriptHash('a()')} ${scriptHash('b()')}`);
    expect(directives.slice(2)).toEqual(CSP_DIRECTIVES.slice(1));
    expect(directives[1]).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('withCsp puts the meta right after <meta charset>, before every script, with the hashes of the page', () => {
    const out = withCsp(PAGE);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(out.slice(0, meta)).toBe('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta ');
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(readCsp(out)).toEqual([policyFor(inlineScripts(PAGE))]);
    expect(out.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(PAGE);
  });

  it('withCsp replaces an earlier policy, so that running twice gives the same page', () => {
    const once = withCsp(PAGE);
    expect(withCsp(once)).toBe(once);
    expect(readCsp(withCsp(once))).toHaveLength(1);
  });

  it('withCsp goes first in a <head> without <meta charset>, and throws without a <head>', () => {
    expect(withCsp('<html><head><title>x</title></head></html>')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; /,
    );
    expect(() => withCsp('<p>fragment</p>')).toThrow(/no <head>/);
  });
});

describe('applyCsp(root)', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('applyCsp rewrites every HTML file under root and returns their number; other files stay as they were', () => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-'));
    writeFileSync(path.join(root, 'index.html'), PAGE);
    writeFileSync(path.join(root, 'data.json'), '{"a":1}');
    expect(applyCsp(root)).toBe(1);
    expect(readCsp(readFileSync(path.join(root, 'index.html'), 'utf8'))).toHaveLength(1);
    expect(readFileSync(path.join(root, 'data.json'), 'utf8')).toBe('{"a":1}');
  });

  it('applyCsp names the file it cannot give a policy', () => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-'));
    writeFileSync(path.join(root, 'broken.html'), '<p>no head</p>');
    expect(() => applyCsp(root)).toThrow(/broken\.html: no <head>/);
  });
});
