import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from '../background/fake-browser';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import browserModule from '../../src/shared/browser';
import {
  DEFAULT_SETTINGS, SETTINGS_VERSION, isSiteDisabled, loadSettings, migrateSettings, normaliseSite,
  loadModeNote, onSettingsChanged, saveMode, saveSettings, validateSettings,
} from '../../src/shared/settings';

const browser = browserModule as unknown as FakeBrowser;
const sync = () => browser.storage.sync!;

beforeEach(() => {
  sync().data = {};
  sync().failWrites = null;
  browser.storage.local.data = {};
  browser.storage.local.failWrites = null;
});

describe('validateSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and replaces each invalid one by its default, saying which', () => {
    const { settings, problems } = validateSettings({
      schemaVersion: SETTINGS_VERSION,
      mode: 'on-demand',
      visibleTypes: ['PER', 'BOGUS'],
      showQuotes: 'yes',
      colors: { PER: '#FF0000', ORG: 'red' },
      disabledSites: ['https://www.Example.com/path', '', 42, 'news.example'],
      historyEnabled: false,
      cacheLimitMb: 1e9,
    });
    expect(settings.mode).toBe('on-demand');
    expect(settings.visibleTypes).toEqual(DEFAULT_SETTINGS.visibleTypes);
    expect(settings.showQuotes).toBe(true);
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, PER: '#ff0000' });
    expect(settings.disabledSites).toEqual(['example.com', 'news.example']);
    expect(settings.historyEnabled).toBe(false);
    expect(settings.cacheLimitMb).toBe(500);
    expect(problems).toEqual(expect.arrayContaining(['visibleTypes: invalid value', 'showQuotes: invalid value', 'colors.ORG: invalid value']));
  });

  it('survives garbage', () => {
    for (const junk of ['settings', 42, [1, 2], { mode: { nested: true } }, { cacheLimitMb: Number.NaN }]) {
      const { settings } = validateSettings(junk);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
    expect(validateSettings('settings').problems).toEqual(['settings: not an object']);
  });

  it('keeps visible types in canonical order without duplicates', () => {
    expect(validateSettings({ visibleTypes: ['LOC', 'PER', 'LOC'] }).settings.visibleTypes).toEqual(['PER', 'LOC']);
  });
});

describe('migrateSettings', () => {
  it('turns the version 1 shape (autoAnnotate, hiddenTypes) into the current one', () => {
    const migrated = migrateSettings({ autoAnnotate: false, hiddenTypes: ['MISC'], historyEnabled: false });
    expect(migrated).toEqual({ mode: 'on-demand', visibleTypes: ['PER', 'ORG', 'LOC'], historyEnabled: false });
    expect(validateSettings({ schemaVersion: 1, autoAnnotate: true }).settings.mode).toBe('automatic');
  });

  it('leaves current data alone', () => {
    const current = { schemaVersion: SETTINGS_VERSION, mode: 'on-demand', autoAnnotate: true };
    expect(migrateSettings(current)).toBe(current);
  });
});

describe('sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['https://news.example.co.uk/world/article?id=1', 'news.example.co.uk'],
    ['  bbc.co.uk  ', 'bbc.co.uk'],
    ['', null],
    ['not a host', null],
    ['<script>', null],
  ])('normaliseSite(%j) = %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  it('disables a host and its subdomains, not look-alikes', () => {
    const settings = { disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'https://example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://notexample.com/a')).toBe(false);
    expect(isSiteDisabled(settings, 'not a url')).toBe(false);
  });
});

describe('loadSettings / saveSettings', () => {
  it('saves a patch to sync and loads it back merged with the rest', async () => {
    await saveSettings({ showQuotes: false });
    await saveSettings({ historyEnabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showQuotes: false, historyEnabled: false });
    expect(sync().data.settings).toMatchObject({ schemaVersion: SETTINGS_VERSION, showQuotes: false });
    expect(browser.storage.local.data.settings).toBeUndefined();
  });

  it('rejects an invalid patch and changes nothing', async () => {
    await expect(saveSettings({ cacheLimitMb: Number.NaN })).rejects.toThrow(/cacheLimitMb/);
    await expect(saveSettings({ colour: 'red' } as never)).rejects.toThrow(/unknown setting/);
    expect(sync().data).toEqual({});
  });

  it('falls back to local storage when sync refuses the write, and reads the newer copy', async () => {
    await saveSettings({ mode: 'on-demand' });
    sync().failWrites = new Error('QUOTA_BYTES quota exceeded');
    await saveSettings({ disabledSites: ['example.com'] });
    expect(browser.storage.local.data.settings).toBeDefined();
    expect(await loadSettings()).toMatchObject({ mode: 'on-demand', disabledSites: ['example.com'] });
  });

  it('works where the browser has no storage.sync', async () => {
    const saved = browser.storage.sync;
    browser.storage.sync = undefined;
    try {
      await saveSettings({ showQuotes: false });
      expect(await loadSettings()).toMatchObject({ showQuotes: false });
    } finally {
      browser.storage.sync = saved;
    }
  });

  it('keeps fields written by a newer version of Lede', async () => {
    sync().data.settings = { schemaVersion: SETTINGS_VERSION + 1, historyEnabled: false, futureField: 'keep me', updatedAt: 1 };
    await saveSettings({ showQuotes: false });
    expect(sync().data.settings).toMatchObject({ futureField: 'keep me', historyEnabled: false, showQuotes: false });
  });

  it('tells listeners about changes with validated settings', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.mode));
    await saveSettings({ mode: 'on-demand' });
    await vi.waitFor(() => expect(seen).toEqual(['on-demand']));
    stop();
    await saveSettings({ mode: 'automatic' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['on-demand']);
  });
});

describe('the reading mode, kept per device', () => {
  it('starts on-demand: nothing is granted at install', async () => {
    expect((await loadSettings()).mode).toBe('on-demand');
  });

  it('keeps the mode in local storage only, never in the synced record', async () => {
    await saveSettings({ mode: 'automatic', showQuotes: false });
    expect(sync().data.settings).toMatchObject({ showQuotes: false });
    expect(sync().data.settings).not.toHaveProperty('mode');
    expect(browser.storage.local.data.device).toEqual({ mode: 'automatic' });
    expect(await loadSettings()).toMatchObject({ mode: 'automatic', showQuotes: false });
  });

  it('does not let another computer\'s synced mode override this device\'s choice', async () => {
    await saveSettings({ mode: 'on-demand' });
    sync().data.settings = { schemaVersion: SETTINGS_VERSION, mode: 'automatic', updatedAt: Date.now() + 60_000 };
    expect((await loadSettings()).mode).toBe('on-demand');
  });

  it('takes an earlier version\'s mode as the starting point, and drops it from the record on the next save', async () => {
    // Version 2 synced `mode` (default automatic); the background then checks it against the permission.
    sync().data.settings = { schemaVersion: 2, mode: 'automatic', historyEnabled: false, updatedAt: 1 };
    expect((await loadSettings()).mode).toBe('automatic');
    await saveSettings({ showQuotes: false });
    expect(sync().data.settings).not.toHaveProperty('mode');
    expect(sync().data.settings).toMatchObject({ historyEnabled: false, showQuotes: false });
  });

  it('keeps a note when Lede chose the mode itself, and clears it when the reader chooses', async () => {
    await saveMode('on-demand', 'needs-permission');
    expect(await loadModeNote()).toBe('needs-permission');
    expect((await loadSettings()).mode).toBe('on-demand');
    await saveSettings({ mode: 'on-demand' });
    expect(await loadModeNote()).toBeNull();
  });

  it('ignores a garbled device record', async () => {
    for (const junk of ['automatic', { mode: 'sometimes' }, null, [1], { mode: 'automatic', note: '<b>' }]) {
      browser.storage.local.data.device = junk;
      const mode = (await loadSettings()).mode;
      expect(mode === 'on-demand' || (junk as { mode?: string })?.mode === 'automatic').toBe(true);
      const note = await loadModeNote();
      expect(note).toBeNull();
    }
  });

  it('tells listeners when only the device record changes', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.mode));
    await saveMode('automatic');
    await vi.waitFor(() => expect(seen).toEqual(['automatic']));
    stop();
  });
});
