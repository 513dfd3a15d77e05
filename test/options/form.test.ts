// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import { OptionsPage, type OptionsDeps } from '../../src/options/form';
import type { CacheReport } from '../../src/shared/protocol';
import { DEFAULT_SETTINGS, loadModeNote, loadSettings, onSettingsChanged, saveMode, saveSettings, type Settings } from '../../src/shared/settings';
import browserModule from '../../src/shared/browser';
import type { FakeBrowser } from '../background/fake-browser';

const browser = browserModule as unknown as FakeBrowser;
let root: HTMLElement;
let stats: CacheReport;
let cleared: string[];
let confirmAnswer: boolean;
/** What the browser answers to a permission request, and what the page asked of it, in order. */
let grant: boolean;
let access: string[];

function deps(): OptionsDeps {
  return {
    // The real settings module over the fake storage: what the page saves is what the rest of Lede reads.
    loadSettings,
    saveSettings,
    onSettingsChanged,
    cacheStats: async () => stats,
    clearCache: async () => { cleared.push('cache'); stats = { ...stats, entries: 0, bytes: 0 }; },
    clearHistory: async () => { cleared.push('history'); stats = { ...stats, entries: 0, bytes: 0, articles: 0 }; },
    confirm: () => confirmAnswer,
    show: (el) => root.replaceChildren(el),
    requestAccess: () => {
      access.push('request');
      return Promise.resolve(grant);
    },
    releaseAccess: async () => void access.push('release'),
    modeNote: loadModeNote,
    memory: { memoryStats: async () => ({ articles: 30, entities: 120, bytes: 2048, limitBytes: 50 * 1024 * 1024 }), setMemoryLimit: async (mb) => mb, forgetSite: async () => 0 },
  };
}

async function open(): Promise<void> {
  await new OptionsPage(deps()).start();
}

const $ = <T extends Element = HTMLInputElement>(sel: string) => root.querySelector<T>(sel)!;
const stored = () => loadSettings();
function change(input: HTMLInputElement, value?: string | boolean) {
  if (typeof value === 'boolean') input.checked = value;
  else if (value !== undefined) input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  browser.storage.sync!.data = {};
  browser.storage.local.data = {};
  browser.storage.onChanged.listeners.clear();
  root = document.createElement('main');
  document.body.replaceChildren(root);
  stats = { entries: 12, bytes: 3 * 1024 * 1024, articles: 30, computed: 14, fromCache: 9 };
  cleared = [];
  confirmAnswer = true;
  grant = true;
  access = [];
});

describe('options page', () => {
  it('shows the current settings and cache usage', async () => {
    await open();
    expect($('#mode-on-demand').checked).toBe(true);
    for (const t of ['PER', 'ORG', 'LOC', 'MISC']) expect($(`#type-${t}`).checked).toBe(true);
    expect($('#colour-PER').value).toBe(DEFAULT_SETTINGS.colors.PER);
    expect($('#cache-limit').value).toBe('50');
    expect($('#cache-usage').textContent).toBe('12 articles, 3.0 MB. Computed 14, answered from the cache 9 times.');
    expect($('#history-count').textContent).toBe('30 articles remembered.');
  });

  it('saves each change at once, and says so', async () => {
    await open();
    change($('#type-MISC'), false);
    await vi.waitFor(async () => expect((await stored()).visibleTypes).toEqual(['PER', 'ORG', 'LOC']));
    change($('#colour-ORG'), '#123456');
    await vi.waitFor(async () => expect((await stored()).colors.ORG).toBe('#123456'));
    change($('#show-quotes'), false);
    change($('#history-enabled'), false);
    change($('#cache-limit'), '5');
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ showQuotes: false, historyEnabled: false, cacheLimitMb: 5 }));
    expect($('[role="status"]').textContent).toMatch(/^Saved:/);
  });

  it('clamps an out-of-range cache size instead of storing it', async () => {
    await open();
    change($('#cache-limit'), '100000');
    await vi.waitFor(async () => expect((await stored()).cacheLimitMb).toBe(500));
  });

  it('adds and removes sites, normalising what was typed and refusing what is not a site', async () => {
    await open();
    $('#site-input').value = 'https://www.Example.com/news/today';
    $<HTMLFormElement>('form.add-site').dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(async () => expect((await stored()).disabledSites).toEqual(['example.com']));
    await vi.waitFor(() => expect(root.querySelector('.sites')?.textContent).toContain('example.com'));
    $('#site-input').value = 'not a site';
    $<HTMLFormElement>('form.add-site').dispatchEvent(new Event('submit', { cancelable: true }));
    expect($('[role="alert"]').textContent).toContain('is not a site name');
    $<HTMLButtonElement>('.sites button').click();
    await vi.waitFor(async () => expect((await stored()).disabledSites).toEqual([]));
  });

  it('redraws when settings change elsewhere', async () => {
    await open();
    await saveSettings({ mode: 'automatic', visibleTypes: ['PER'] });
    await vi.waitFor(() => expect($('#mode-automatic').checked).toBe(true));
    expect($('#type-ORG').checked).toBe(false);
  });

  it('clears the cache, and the history only after confirmation', async () => {
    await open();
    $<HTMLButtonElement>('#clear-cache').click();
    await vi.waitFor(() => expect($('#cache-usage').textContent).toMatch(/^0 articles, 0 B/));
    confirmAnswer = false;
    $<HTMLButtonElement>('#clear-history').click();
    expect(cleared).toEqual(['cache']);
    confirmAnswer = true;
    $<HTMLButtonElement>('#clear-history').click();
    await vi.waitFor(() => expect($('#history-count').textContent).toBe('0 articles remembered.'));
    expect(cleared).toEqual(['cache', 'history']);
  });

  it('still works when the background cannot report the cache', async () => {
    const d = deps();
    d.cacheStats = async () => { throw new Error('No answer'); };
    await new OptionsPage(d).start();
    expect($('#cache-usage').textContent).toBe('Cache usage unavailable.');
  });

  it('shows stored garbage as valid defaults', async () => {
    browser.storage.sync!.data.settings = { mode: 'sometimes', visibleTypes: 'all', colors: { PER: 'javascript:alert(1)' } } as unknown as Settings;
    await open();
    expect($('#mode-on-demand').checked).toBe(true);
    expect($('#colour-PER').value).toBe(DEFAULT_SETTINGS.colors.PER);
  });
});

describe('reading mode and its permission', () => {
  it('asks the browser for access in the same click, and turns automatic on only when granted', async () => {
    await open();
    $('#mode-automatic').click();
    // Asked synchronously inside the click: a request made after an await is refused by browsers.
    expect(access).toEqual(['request']);
    await vi.waitFor(async () => expect((await stored()).mode).toBe('automatic'));
    await vi.waitFor(() => expect($('[role="status"]').textContent).toMatch(/^Saved: Lede reads articles automatically/));
    expect($('#mode-automatic').checked).toBe(true);
  });

  it('stays on-demand and says why when the reader refuses the permission', async () => {
    grant = false;
    await open();
    $('#mode-automatic').click();
    await vi.waitFor(() => expect($('[role="status"]').textContent).toMatch(/needs the permission/));
    expect((await stored()).mode).toBe('on-demand');
    expect($('#mode-on-demand').checked).toBe(true);
  });

  it('gives the permission back when the reader returns to on-demand, after saving the mode', async () => {
    await saveSettings({ mode: 'automatic' });
    await open();
    $('#mode-on-demand').click();
    await vi.waitFor(() => expect(access).toEqual(['release']));
    expect((await stored()).mode).toBe('on-demand');
  });

  it('explains a switch to on-demand that the browser caused, until the reader chooses again', async () => {
    await saveMode('on-demand', 'permission-removed');
    await open();
    expect($('#mode-note').textContent).toMatch(/taken back in the browser’s settings/);
    $('#mode-automatic').click();
    await vi.waitFor(() => expect(root.querySelector('#mode-note')).toBeNull());
    expect(await loadModeNote()).toBeNull();
  });

  it('follows a note the background writes while the page is open', async () => {
    await saveSettings({ mode: 'automatic' });
    await open();
    await saveMode('on-demand', 'needs-permission');
    await vi.waitFor(() => expect($('#mode-on-demand').checked).toBe(true));
    await vi.waitFor(() => expect($('#mode-note').textContent).toMatch(/needs your permission/));
  });
});
