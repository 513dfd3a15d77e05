import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtension, manifestFor } from '../../scripts/build';

const out = mkdtempSync(join(tmpdir(), 'lede-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('one manifest for both browsers', () => {
  it('gives Chrome only the service worker and Firefox only the event-page scripts', () => {
    const chrome = JSON.parse(manifestFor('chrome'));
    const firefox = JSON.parse(manifestFor('firefox'));
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } });
    for (const m of [chrome, firefox]) {
      expect(m.manifest_version).toBe(3);
      expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
      expect(m.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|https?:/);
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });
});

describe('build', () => {
  it('writes a loadable extension: every file the manifest names exists, the model included', async () => {
    const dir = await buildExtension('firefox', join(out, 'firefox'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const named = [
      ...manifest.background.scripts,
      // Content scripts are injected or registered at run time by the background, not named in the manifest.
      'content.js',
      'content.css',
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons as Record<string, string>),
      'model/ner.bin',
      'model/ner-pt.bin',
    ];
    for (const file of named) expect(existsSync(join(dir, file)), file).toBe(true);
    const sizes = Object.keys(manifest.icons).map(Number);
    expect(sizes).toEqual([16, 32, 48, 128]);
    for (const size of sizes) {
      const png = readFileSync(join(dir, manifest.icons[size]));
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });

  it('gives Chrome the offscreen document that reads pages off their thread, and its permission; Firefox neither permission nor warning', async () => {
    const dir = await buildExtension('chrome', join(out, 'offscreen'), { production: true, bench: false });
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).permissions).toContain('offscreen');
    expect(readFileSync(join(dir, 'offscreen/offscreen.html'), 'utf8')).toMatch(/<script src="offscreen\.js"><\/script>/);
    expect(existsSync(join(dir, 'offscreen/offscreen.js'))).toBe(true);
    expect(JSON.parse(manifestFor('firefox')).permissions).not.toContain('offscreen');
    expect(existsSync(join(await buildExtension('firefox', join(out, 'offscreen-firefox')), 'offscreen'))).toBe(false);
  });

  it('records stage times only in the bench build, never in a build readers get', async () => {
    const plain = await buildExtension('chrome', join(out, 'plain'), { production: true, bench: false });
    const bench = await buildExtension('chrome', join(out, 'bench'), { production: true, bench: true });
    // A record is stamped with its document's time origin: only the bench build has the code that does it.
    for (const file of ['background.js', 'content.js', 'popup/popup.js']) {
      expect(readFileSync(join(plain, file), 'utf8'), file).not.toContain('timeOrigin');
      expect(readFileSync(join(bench, file), 'utf8'), file).toContain('timeOrigin');
    }
  });

  it('ships no eval or remote code in the bundles', async () => {
    const dir = await buildExtension('chrome', join(out, 'chrome'));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|https?:\/\/[^\s'"]*\.js\b/);
    }
  });
});
