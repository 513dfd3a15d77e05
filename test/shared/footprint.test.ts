import { describe, expect, it } from 'vitest';
import { decodeFootprint, encodeFootprint, footprintOf, whatChanged, type Footprint } from '../../src/shared/footprint';

const base: Footprint = footprintOf(
  { version: '1.0.0', permissions: ['storage', 'activeTab'], optional_host_permissions: ['https://*/*', 'http://*/*'] },
  1,
  2,
);

describe('footprintOf', () => {
  it('sorts permission lists so their order in the manifest does not count as a change', () => {
    expect(base.permissions).toEqual(['activeTab', 'storage']);
    expect(base.optionalHostPermissions).toEqual(['http://*/*', 'https://*/*']);
    expect(base.hostPermissions).toEqual([]);
  });
});

describe('whatChanged', () => {
  const cases: [string, Partial<Footprint>, string[]][] = [
    ['nothing but the version', { version: '1.1.0' }, []],
    ['a permission reordered', { permissions: ['storage', 'activeTab'].sort() }, []],
    ['a new required permission', { permissions: ['activeTab', 'scripting', 'storage'] }, ['Lede now asks your browser to put its highlights into the page it reads.']],
    ['an unknown permission, named as the browser names it', { permissions: ['activeTab', 'storage', 'tabs'] }, ['Lede now asks your browser to use “tabs”.']],
    ['a new optional permission', { optionalPermissions: ['unlimitedStorage'] }, ['Lede may ask your permission to keep a cache of articles larger than the browser’s default allowance.']],
    ['a permission given back', { permissions: ['storage'] }, ['Lede no longer needs to read the page you are on when you click its button.']],
    ['both host patterns of one meaning removed: one sentence', { optionalHostPermissions: [] }, ['Lede no longer needs to read web pages automatically (only if you choose “Automatically”).']],
  ];
  it.each(cases)('%s', (_name, patch, expected) => {
    expect(whatChanged(base, { ...base, ...patch })).toEqual(expected);
  });

  it('says when the stored database or the settings format changed', () => {
    const notes = whatChanged(base, { ...base, database: 2, settings: 3 });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/cache and reading history/);
    expect(notes[1]).toMatch(/settings/);
  });
});

describe('encodeFootprint / decodeFootprint', () => {
  it('round-trips through a URL query', () => {
    const url = new URL(`chrome-extension://x/welcome/welcome.html?changed=${encodeFootprint(base)}`);
    expect(decodeFootprint(url.searchParams.get('changed'))).toEqual(base);
  });

  it.each([
    ['missing', null],
    ['not JSON', '%7Bnope'],
    ['a list that is not strings', encodeURIComponent(JSON.stringify({ ...base, permissions: [1] }))],
    ['no version', encodeURIComponent(JSON.stringify({ ...base, version: undefined }))],
  ])('refuses %s', (_name, raw) => {
    expect(decodeFootprint(raw)).toBeNull();
  });
});
