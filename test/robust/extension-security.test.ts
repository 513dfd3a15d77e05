// What can be proven about isolation and privacy without a browser: the manifest's CSP and exposure, the built
// bundles (no eval, no code from strings, no network API but the packaged-file fetch), the extension pages (no
// inline or remote script), and our source (page text never parsed as HTML into a live document).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TARGETS = ['chrome', 'firefox'].map((t) => join(ROOT, 'build', t));
const built = TARGETS.every((t) => existsSync(join(t, 'manifest.json')));
if (!built && process.env.CI) throw new Error('The built extension is required in CI: npm test runs npm run build first');
const NOT_BUILT = built ? '' : ' (skipped: no build/ here; run npm run build)';

function files(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, exts));
    else if (exts.includes(extname(entry.name))) out.push(path);
  }
  return out;
}

/** Lines of `files` matching `pattern`, as "file:line: text" (empty when none). */
function hits(paths: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of paths) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (pattern.test(line)) out.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
  }
  return out;
}

const SOURCE = files(join(ROOT, 'src'), ['.ts']);

function checkManifest(manifest: Record<string, any>): void {
  const csp: string = manifest.content_security_policy?.extension_pages ?? '';
  const directive = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(csp)?.[1].trim().split(/\s+/) ?? null;
  // Absent means the browser's MV3 default, which is strict; present, it must not loosen anything.
  const scripts = directive('script-src') ?? ["'self'"];
  expect(scripts.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'"), `script-src ${scripts.join(' ')}`).toBe(true);
  expect(directive('object-src') ?? ["'none'"]).toEqual(expect.arrayContaining([expect.stringMatching(/^'(none|self)'$/)]));
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|data:|blob:/);
  expect(manifest.content_security_policy?.sandbox, 'no sandbox pages').toBeUndefined();
  // Pages must not be able to load (and so fingerprint or read) anything of ours, nor message us directly.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.update_url).toBeUndefined();
  const allowed = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'offscreen', 'contextMenus'];
  expect((manifest.permissions ?? []).filter((p: string) => !allowed.includes(p)), 'permissions beyond what the README justifies').toEqual([]);
  expect(manifest.host_permissions ?? [], 'host access is asked for at run time, not at install').toEqual([]);
}

describe('extension isolation and privacy, statically', () => {
  it('the source manifest has a strict CSP, exposes nothing to pages and asks for little', () => {
    checkManifest(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')));
  });

  it.skipIf(!built).each(TARGETS)(`the built manifest in %s keeps those promises${NOT_BUILT}`, (dir) => {
    checkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  });

  it.skipIf(!built)(`the built bundles run no code made from strings${NOT_BUILT}`, () => {
    const js = TARGETS.flatMap((t) => files(t, ['.js']));
    expect(js.length).toBeGreaterThanOrEqual(8);
    expect(hits(js, /(?<![\w$.])eval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*["'`]|import\s*\(\s*["'`]https?:/)).toEqual([]);
  });

  it.skipIf(!built)(`the built bundles use no network API; fetch only reads packaged files${NOT_BUILT}`, () => {
    const js = TARGETS.flatMap((t) => files(t, ['.js']));
    expect(hits(js, /XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts/)).toEqual([]);
    // Each fetch in our code reads a URL made by runtime.getURL (the packaged model), never a remote one: every
    // call of a function that fetches passes getURL(...) or lives beside it.
    const fetching = SOURCE.filter((f) => /\bfetch\s*\(/.test(readFileSync(f, 'utf8')));
    for (const file of fetching) {
      const text = readFileSync(file, 'utf8');
      const exported = [...text.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
      const calls = exported.length ? hits(SOURCE.filter((f) => f !== file), new RegExp(`\\b(?:${exported.join('|')})\\s*\\(`)) : [];
      const local = /\bfetch\s*\(\s*(?:browser|chrome)\.runtime\.getURL\(/.test(text);
      expect(local || calls.length > 0, `${relative(ROOT, file)} fetches, but from where?`).toBe(true);
      expect(calls.filter((c) => !/getURL\s*\(/.test(c)), 'fetch of a URL not made by runtime.getURL').toEqual([]);
    }
  });

  it.skipIf(!built)(`extension pages load only their own scripts and styles${NOT_BUILT}`, () => {
    const html = TARGETS.flatMap((t) => files(t, ['.html']));
    expect(html.length).toBeGreaterThanOrEqual(4);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      expect([...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi)].map((m) => m[0]), `${file}: inline script`).toEqual([]);
      expect([...text.matchAll(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi)].map((m) => m[0]), `${file}: remote resource`).toEqual([]);
      expect(text, `${file}: inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('our source never parses text as HTML into a document, and never runs strings as code', () => {
    expect(SOURCE.length).toBeGreaterThan(20);
    expect(hits(SOURCE, /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)|insertAdjacentHTML|document\.write|createContextualFragment|(?<![\w$.])eval\s*\(|new\s+Function\s*\(/)).toEqual([]);
  });

  it('our source builds no javascript: links from page text', () => {
    expect(hits(SOURCE, /["'`]javascript:/i)).toEqual([]);
  });
});
