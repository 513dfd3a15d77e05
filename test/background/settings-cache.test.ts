import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('./fake-browser');
  return { default: createFakeBrowser() };
});

import { cachedSettings, type StorageChangeListener } from '../../src/background/settings-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

function source(first: Partial<Settings> = {}) {
  let stored: Settings = { ...structuredClone(DEFAULT_SETTINGS) as Settings, ...first };
  const listeners: StorageChangeListener[] = [];
  const s = {
    reads: 0,
    fail: false,
    write(patch: Partial<Settings>, changes: Record<string, unknown>, area: string) {
      stored = { ...stored, ...patch };
      for (const l of listeners) l(changes, area);
    },
    settings: cachedSettings({
      load: async () => {
        s.reads++;
        if (s.fail) throw new Error('storage unavailable');
        return stored;
      },
      onChanged: (l) => void listeners.push(l),
      ignored: (key) => key === 'cacheCounters',
    }),
  };
  return s;
}

describe('the background\'s copy of the settings', () => {
  it('reads storage once while nothing changes', async () => {
    const s = source();
    await Promise.all([s.settings(), s.settings()]);
    await s.settings();
    expect(s.reads).toBe(1);
  });

  it.each([
    ['the shared record in sync', { settings: {} }, 'sync'],
    ['the shared record in local', { settings: {} }, 'local'],
    ['this device\'s mode', { device: {} }, 'local'],
  ])('reads again after a change to %s', async (_what, changes, area) => {
    const s = source();
    await s.settings();
    s.write({ disabledSites: ['harbour.example'] }, changes, area);
    expect((await s.settings()).disabledSites).toEqual(['harbour.example']);
    expect(s.reads).toBe(2);
  });

  it.each([
    ['its own counters', { cacheCounters: {} }, 'local'],
    ['a tab state', { 'tab:3': {} }, 'session'],
  ])('keeps its copy when %s change', async (_what, changes, area) => {
    const s = source();
    await s.settings();
    s.write({}, changes, area);
    await s.settings();
    expect(s.reads).toBe(1);
  });

  it('does not keep a failed read', async () => {
    const s = source();
    s.fail = true;
    await expect(s.settings()).rejects.toThrow(/unavailable/);
    s.fail = false;
    expect((await s.settings()).mode).toBe(DEFAULT_SETTINGS.mode);
    expect(s.reads).toBe(2);
  });
});
