// THIRD_PARTY_NOTICES is written from each package's own licence files and from the data list.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataNotice, notices, packageNotice } from '../../scripts/notices';

let modules: string;
beforeEach(() => { modules = mkdtempSync(join(tmpdir(), 'lede-notices-test-')); });
afterEach(() => rmSync(modules, { recursive: true, force: true }));

function pkg(name: string, meta: Record<string, unknown>, files: Record<string, string>): void {
  const dir = join(modules, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(meta));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
}

describe('packageNotice', () => {
  it('quotes the licence and notice files with the version and declared licence', () => {
    pkg('@scope/tiny', { version: '1.2.3', license: 'Apache-2.0', homepage: 'https://tiny.example' }, { LICENSE: 'Apache text', NOTICE: 'Tiny notice', 'index.js': 'code' });
    const text = packageNotice(modules, { package: '@scope/tiny', use: 'tests', data: 'Data from somewhere, CC BY 4.0.' });
    expect(text.split('\n').slice(0, 4)).toEqual(['@scope/tiny 1.2.3 (Apache-2.0)', 'https://tiny.example', 'Used for: tests.', 'Data from somewhere, CC BY 4.0.']);
    expect(text).toMatch(/Apache text/);
    expect(text).toMatch(/Tiny notice/);
    expect(text).not.toMatch(/code/);
  });

  it('refuses a package without a licence file, or one not installed', () => {
    pkg('bare', { version: '1.0.0', license: 'MIT' }, { 'README.md': 'hi' });
    expect(() => packageNotice(modules, { package: 'bare', use: 'x' })).toThrow(/no licence file/);
    expect(() => packageNotice(modules, { package: 'absent', use: 'x' })).toThrow(/not installed/);
  });
});

describe('dataNotice', () => {
  it('states a restriction when there is one, and no restriction line otherwise', () => {
    const base = { name: 'Corpus', url: 'https://corpus.example', use: 'training', licence: 'CC BY 4.0.' };
    expect(dataNotice(base)).not.toMatch(/Restriction/);
    expect(dataNotice({ ...base, licence: 'Research use.', restricts: 'No commercial use.' })).toMatch(/^Restriction: No commercial use\.$/m);
  });
});

describe('notices', () => {
  it('has one section each for bundled code, model packages and training data', () => {
    pkg('a', { version: '1.0.0', license: 'MIT' }, { 'LICENSE.md': 'MIT text' });
    pkg('b', { version: '2.0.0', license: 'ISC' }, { 'license.txt': 'ISC text' });
    const text = notices({
      bundled: [{ package: 'a', use: 'code' }],
      modelPackages: [{ package: 'b', use: 'names' }],
      modelData: [{ name: 'Corpus', url: 'https://corpus.example', use: 'training', licence: 'CC BY 4.0.' }],
    }, modules);
    const order = ['Bundled into the extension', 'a 1.0.0 (MIT)', 'Folded into the entity model', 'b 2.0.0 (ISC)', 'Training data', 'Corpus'].map((s) => text.indexOf(s));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
  });
});
