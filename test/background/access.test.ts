import { beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCRIPT, CONTENT_SCRIPT_ID, ContentAccess, shortcutRequest, type RegisteredScript, type ScriptingApi } from '../../src/background/access';
import { ARTICLE_ORIGINS } from '../../src/shared/protocol';
import type { Mode, ModeNote } from '../../src/shared/settings';

/** What a tab lets the extension do, as the browser decides it. */
type TabKind = 'page' | 'page-with-lede' | 'no-permission' | 'browser-page' | 'gone';

/**
 * `browser.scripting` over in-memory tabs and registrations. Error messages are the ones Chromium and Firefox
 * give, since the reason shown to the reader depends on them.
 */
class FakeScripting implements ScriptingApi {
  registered = new Map<string, RegisteredScript>();
  tabs = new Map<number, TabKind>();
  calls: string[] = [];

  private reach(tabId: number): TabKind {
    const kind = this.tabs.get(tabId) ?? 'gone';
    if (kind === 'gone') throw new Error(`No tab with id: ${tabId}.`);
    if (kind === 'no-permission') throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    if (kind === 'browser-page') throw new Error('Cannot access a chrome:// URL');
    return kind;
  }

  async executeScript({ target, files, func }: { target: { tabId: number }; files?: string[]; func?: () => unknown }) {
    const kind = this.reach(target.tabId);
    if (func) {
      this.calls.push(`probe ${target.tabId}`);
      return [{ result: kind === 'page-with-lede' }];
    }
    this.calls.push(`js ${target.tabId} ${files?.join(',')}`);
    this.tabs.set(target.tabId, 'page-with-lede');
    return [{}];
  }

  async insertCSS({ target, files }: { target: { tabId: number }; files: string[] }) {
    this.reach(target.tabId);
    this.calls.push(`css ${target.tabId} ${files.join(',')}`);
  }

  async registerContentScripts(scripts: RegisteredScript[]) {
    for (const s of scripts) {
      // Both browsers refuse a second registration under the same id.
      if (this.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      this.registered.set(s.id, structuredClone(s));
    }
    this.calls.push('register');
  }

  async unregisterContentScripts({ ids }: { ids: string[] }) {
    for (const id of ids) {
      if (!this.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
    this.calls.push('unregister');
  }

  async getRegisteredContentScripts({ ids }: { ids: string[] }) {
    return ids.flatMap((id) => (this.registered.has(id) ? [structuredClone(this.registered.get(id)!)] : []));
  }
}

let scripting: FakeScripting;
let granted: Set<string>;
let device: { mode: Mode; note: ModeNote | null };
let access: ContentAccess;

beforeEach(() => {
  scripting = new FakeScripting();
  granted = new Set();
  device = { mode: 'on-demand', note: null };
  access = new ContentAccess({
    scripting,
    granted: async (origins) => origins.every((o) => granted.has(o)),
    mode: async () => device.mode,
    setMode: async (mode, note) => {
      device = { mode, note };
    },
  });
});

const grantAll = () => ARTICLE_ORIGINS.forEach((o) => granted.add(o));

describe('registration follows the permission', () => {
  it('registers the content script for http and https pages once the permission is granted, and says automatic', async () => {
    grantAll();
    expect(await access.reconcile('added')).toBe('automatic');
    expect(scripting.registered.get(CONTENT_SCRIPT_ID)).toEqual(ARTICLE_SCRIPT);
    expect(device).toEqual({ mode: 'automatic', note: null });
  });

  it('registers nothing twice: start-up, install and the permission event arriving together', async () => {
    grantAll();
    await Promise.all([access.reconcile('start'), access.reconcile('added'), access.reconcile('start')]);
    expect(scripting.calls.filter((c) => c === 'register')).toEqual(['register']);
  });

  it('registers again at start-up when the browser did not keep the registration', async () => {
    grantAll();
    await access.reconcile('added');
    scripting.registered.clear();
    await access.reconcile('start');
    expect(scripting.registered.has(CONTENT_SCRIPT_ID)).toBe(true);
  });

  it('registers when the reader\'s choice of automatic is saved, even if the permission event never came', async () => {
    grantAll();
    device = { mode: 'automatic', note: null };
    expect(await access.reconcile('mode')).toBe('automatic');
    expect(scripting.registered.get(CONTENT_SCRIPT_ID)).toEqual(ARTICLE_SCRIPT);
  });

  it('unregisters when the reader\'s choice of on-demand is saved while the permission is still there', async () => {
    grantAll();
    await access.reconcile('added');
    device = { mode: 'on-demand', note: null };
    expect(await access.reconcile('mode')).toBe('on-demand');
    expect(scripting.registered.size).toBe(0);
    expect(device).toEqual({ mode: 'on-demand', note: null });
  });

  it('replaces a registration left by an earlier version that no longer matches', async () => {
    grantAll();
    device = { mode: 'automatic', note: null };
    scripting.registered.set(CONTENT_SCRIPT_ID, { id: CONTENT_SCRIPT_ID, matches: ['https://*/*'], js: ['old.js'] });
    await access.reconcile('start');
    expect(scripting.registered.get(CONTENT_SCRIPT_ID)).toEqual(ARTICLE_SCRIPT);
  });

  it('unregisters when the permission is taken back, and notes that the browser took it', async () => {
    grantAll();
    await access.reconcile('added');
    granted.clear();
    expect(await access.reconcile('removed')).toBe('on-demand');
    expect(scripting.registered.size).toBe(0);
    expect(device).toEqual({ mode: 'on-demand', note: 'permission-removed' });
  });

  it('leaves no note when the reader chose on-demand before giving the permission back', async () => {
    grantAll();
    await access.reconcile('added');
    device = { mode: 'on-demand', note: null };
    granted.clear();
    await access.reconcile('removed');
    expect(device).toEqual({ mode: 'on-demand', note: null });
    expect(scripting.registered.size).toBe(0);
  });

  it('moves an earlier version\'s automatic mode without the permission to on-demand, with a note', async () => {
    device = { mode: 'automatic', note: null };
    expect(await access.reconcile('start')).toBe('on-demand');
    expect(device).toEqual({ mode: 'on-demand', note: 'needs-permission' });
    expect(scripting.calls).not.toContain('register');
  });

  it('registers nothing for a permission left over while the reader has chosen on-demand', async () => {
    // The options page saves on-demand, then gives the permission back: a start in between must not undo the choice.
    grantAll();
    await access.reconcile('added');
    device = { mode: 'on-demand', note: null };
    expect(await access.reconcile('start')).toBe('on-demand');
    expect(device).toEqual({ mode: 'on-demand', note: null });
    expect(scripting.registered.size).toBe(0);
  });

  it('does not count a permission for only some sites as automatic', async () => {
    granted.add('https://*/*');
    expect(await access.reconcile('start')).toBe('on-demand');
    expect(scripting.registered.size).toBe(0);
  });

  it('fails loudly (for the caller to log) when the browser refuses to register, and recovers on the next event', async () => {
    grantAll();
    const register = scripting.registerContentScripts.bind(scripting);
    scripting.registerContentScripts = async () => { throw new Error('Scripting is disabled'); };
    await expect(access.reconcile('added')).rejects.toThrow(/disabled/);
    scripting.registerContentScripts = register;
    expect(await access.reconcile('added')).toBe('automatic');
    expect(scripting.registered.has(CONTENT_SCRIPT_ID)).toBe(true);
  });
});

describe('putting the content script into one tab', () => {
  it('injects the script, then the stylesheet, into a tab the click opened to us', async () => {
    scripting.tabs.set(4, 'page');
    expect(await access.ensureInTab(4)).toEqual({ status: 'ready', injected: true });
    expect(scripting.calls).toEqual(['probe 4', 'js 4 content.js', 'css 4 content.css']);
  });

  it('injects nothing where a live copy already runs (registered, or injected by an earlier click)', async () => {
    scripting.tabs.set(4, 'page');
    await access.ensureInTab(4);
    scripting.calls = [];
    expect(await access.ensureInTab(4)).toEqual({ status: 'ready', injected: false });
    expect(scripting.calls).toEqual(['probe 4']);
  });

  it('skips the look when the caller knows of no copy, and says so just the same when the tab is closed to it', async () => {
    scripting.tabs.set(4, 'page');
    expect(await access.ensureInTab(4, true)).toEqual({ status: 'ready', injected: true });
    expect(scripting.calls).toEqual(['js 4 content.js', 'css 4 content.css']);
    scripting.tabs.set(5, 'no-permission');
    expect((await access.ensureInTab(5, true)).status).toBe('no-access');
  });

  it('tells the reader how to let Lede in when the tab is not open to it', async () => {
    scripting.tabs.set(5, 'no-permission');
    const result = await access.ensureInTab(5);
    expect(result.status).toBe('no-access');
    expect(result.status === 'no-access' && result.reason).toMatch(/Click the Lede button in the toolbar.*automatic reading in Lede’s options/);
  });

  it('says that browser pages are off limits, rather than asking for a click that cannot help', async () => {
    scripting.tabs.set(6, 'browser-page');
    const result = await access.ensureInTab(6);
    expect(result.status === 'no-access' && result.reason).toMatch(/keep extensions out of their own pages/);
  });

  it('answers for a tab that no longer exists', async () => {
    expect((await access.ensureInTab(99)).status).toBe('no-access');
  });
});

describe('the toggle-highlights shortcut', () => {
  it('reads a tab it just let Lede into, or one never read, and toggles a painted one', () => {
    expect(shortcutRequest({ status: 'ready', injected: true }, 'idle')).toBe('run');
    // Injected just now: whatever the tab's stored state says belongs to an earlier document.
    expect(shortcutRequest({ status: 'ready', injected: true }, 'done')).toBe('run');
    expect(shortcutRequest({ status: 'ready', injected: false }, 'idle')).toBe('run');
    expect(shortcutRequest({ status: 'ready', injected: false }, 'not-article')).toBe('run');
    expect(shortcutRequest({ status: 'ready', injected: false }, 'done')).toBe('toggle');
  });

  it('does nothing where Lede was not let in', () => {
    expect(shortcutRequest({ status: 'no-access', reason: 'browser page' }, 'idle')).toBeNull();
  });
});
