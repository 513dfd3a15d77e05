// Where the content script runs, and with what right. On demand, the toolbar button or the shortcut grants
// `activeTab` for one tab and the background injects the script there. Automatically, the reader has granted the
// optional http/https host permission and the background registers the script for every page. The mode on this
// device always follows the permission, which the reader can also grant or take back in the browser's own UI.
import { ARTICLE_ORIGINS, type TabAccess, type TabState } from '../shared/protocol';
import type { Mode, ModeNote } from '../shared/settings';
import { StageClock } from '../shared/timing';

export const CONTENT_SCRIPT_ID = 'lede-articles';
const CONTENT_JS = 'content.js';
const CONTENT_CSS = 'content.css';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The parts of `browser.scripting` this module uses. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; files?: string[]; func?: () => unknown }): Promise<{ result?: unknown }[]>;
  insertCSS(injection: { target: { tabId: number }; files: string[] }): Promise<void>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
}

/**
 * What made the background look again: its own start, the permission being granted or taken back, or the reader's
 * choice of mode being saved (which also catches a permission event the browser did not deliver).
 */
export type AccessTrigger = 'start' | 'added' | 'removed' | 'mode';

export interface AccessDeps {
  scripting: ScriptingApi;
  /** Whether every origin in `origins` is granted (`browser.permissions.contains`). */
  granted(origins: string[]): Promise<boolean>;
  mode(): Promise<Mode>;
  setMode(mode: Mode, note: ModeNote | null): Promise<void>;
}

/** The registration automatic mode needs; compared field by field with what the browser has. */
export const ARTICLE_SCRIPT: Readonly<RegisteredScript> = Object.freeze({
  id: CONTENT_SCRIPT_ID,
  matches: [...ARTICLE_ORIGINS],
  js: [CONTENT_JS],
  css: [CONTENT_CSS],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
});

const sameList = (a: string[] | undefined, b: string[] | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function matchesWanted(found: RegisteredScript): boolean {
  return sameList(found.matches, ARTICLE_SCRIPT.matches) && sameList(found.js, ARTICLE_SCRIPT.js)
    && sameList(found.css, ARTICLE_SCRIPT.css) && (found.runAt ?? 'document_idle') === ARTICLE_SCRIPT.runAt;
}

/**
 * Runs in the page's extension world: whether a live copy of our content script is already there (it marks
 * itself under this symbol in content/main.ts). Self-contained: the browser serialises it.
 */
function contentScriptPresent(): boolean {
  const instance = (globalThis as Record<symbol, { alive?: boolean } | undefined>)[Symbol.for('lede.content')];
  return instance?.alive === true;
}

const RESTRICTED = /cannot (?:access|be scripted)|chrome:\/\/|about:|extensions gallery|web store|not allowed|restricted/i;

export class ContentAccess {
  /** Reconciliations run one at a time: start-up, install and permission events can arrive together. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: AccessDeps) {}

  /**
   * Makes the registration and the mode agree with the permission. Without it: on-demand, nothing registered,
   * and a note when automatic had been chosen (an earlier version's setting, or a permission taken back). With it:
   * the script registered when automatic is chosen, or as soon as the permission is `added` (the reader granted it,
   * here or in the browser's own settings). A permission left over while on-demand is chosen registers nothing.
   * Browsers differ in whether registrations outlive a restart, so this runs at every start of the background too.
   */
  reconcile(trigger: AccessTrigger): Promise<Mode> {
    const next = this.queue.then(() => this.reconcileNow(trigger));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async reconcileNow(trigger: AccessTrigger): Promise<Mode> {
    const [granted, mode] = await Promise.all([this.deps.granted([...ARTICLE_ORIGINS]), this.deps.mode()]);
    const [found] = await this.deps.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (granted && (mode === 'automatic' || trigger === 'added')) {
      if (found && !matchesWanted(found)) await this.deps.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      if (!found || !matchesWanted(found)) await this.deps.scripting.registerContentScripts([{ ...ARTICLE_SCRIPT }]);
      if (mode !== 'automatic') await this.deps.setMode('automatic', null);
      return 'automatic';
    }
    if (found) await this.deps.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (mode === 'automatic') await this.deps.setMode('on-demand', trigger === 'removed' ? 'permission-removed' : 'needs-permission');
    return 'on-demand';
  }

  /**
   * Puts the content script into a tab unless a live copy is there. Works with `activeTab` (the toolbar button or
   * the shortcut was used on this tab) or the host permission; otherwise says what the reader can do.
   * `likelyAbsent`: the caller knows of no copy there, so the look first (a round trip to a page that may be busy)
   * is skipped; a copy that was there after all sees the new one off itself (content/main.ts).
   */
  async ensureInTab(tabId: number, likelyAbsent = false): Promise<TabAccess> {
    const target = { tabId };
    const clock = new StageClock(`background:inject:${tabId}`);
    clock.mark('probe');
    let present = false;
    if (!likelyAbsent) {
      try {
        const [probe] = await this.deps.scripting.executeScript({ target, func: contentScriptPresent });
        present = probe?.result === true;
      } catch (err) {
        return { status: 'no-access', reason: noAccessReason(err) };
      }
    }
    clock.mark('probed');
    if (present) return { status: 'ready', injected: false };
    try {
      // Side by side: the styles are needed only once the first highlight is painted, long after the script runs.
      // The script is asked for first: Firefox handles the two in order, and the script is what the reader waits for.
      await Promise.all([
        this.deps.scripting.executeScript({ target, files: [CONTENT_JS] }).then(() => clock.mark('injected')),
        this.deps.scripting.insertCSS({ target, files: [CONTENT_CSS] }).then(() => clock.mark('styled')),
      ]);
      clock.publish();
    } catch (err) {
      return { status: 'no-access', reason: noAccessReason(err) };
    }
    return { status: 'ready', injected: true };
  }
}

/**
 * What the toggle-highlights shortcut asks of a tab it reached: a page already painted toggles; a page just
 * injected, or one never read, is read (toggling an idle page would only turn it off).
 */
export function shortcutRequest(access: TabAccess, tabStatus: TabState['status']): 'run' | 'toggle' | null {
  if (access.status !== 'ready') return null;
  return !access.injected && tabStatus === 'done' ? 'toggle' : 'run';
}

function noAccessReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (RESTRICTED.test(message) && !/permission/i.test(message)) {
    return 'Browsers keep extensions out of their own pages, the new tab page, local files and add-on stores. Open a news article on the web.';
  }
  return 'Lede has not been allowed into this page. Click the Lede button in the toolbar while the article is in front, or turn on automatic reading in Lede’s options.';
}
