// The popup's behaviour: find the tab, ask the background what it knows, start annotation when nothing is known
// yet (on-demand mode, or a page that has not run), wait for the result, and draw each state. Browser APIs come
// in as dependencies so tests drive it in jsdom.
import type { ContentProtocol, Request, Response, TabAccess, TabState } from '../shared/protocol';
import { annotationToJson, cardToMarkdown, toWebAnnotations } from '../shared/export';
import { isSiteDisabled, normaliseSite, validateSettings, type Settings } from '../shared/settings';
import { StageClock } from '../shared/timing';
import { buildCard, type SummaryCard } from '../shared/summary-card';
import { renderView, type PopupView, type ViewActions } from './view';

export interface PopupDeps {
  /** The popup's own query string: `?tab=<id>` names the tab (how tests open it as a page). */
  search: string;
  /** The tab in front, with its URL when the browser tells us (it may not, without host access). */
  activeTab(): Promise<{ id: number; url: string | null } | null>;
  /** The URL of a tab named in the query string, when the browser tells us. */
  tabUrl(tabId: number): Promise<string | null>;
  /**
   * The view the background kept for a finished tab (a `KeptView` under `tabViewKey` in the protocol), as stored,
   * read without asking the background; null when none was kept.
   */
  keptView(tabId: number): Promise<unknown>;
  /** What the background knows about the tab, and the settings, as the popup opens (see `popupOpen` in the protocol). */
  popupOpen(tabId: number, url: string | null): Promise<{ state: TabState; settings: Settings }>;
  tabState(tabId: number): Promise<TabState>;
  /** The tab's state once the page asked to read has an answer (the background waits for it, a few seconds at most). */
  awaitTabState(tabId: number): Promise<TabState>;
  /** Asks the background to put the content script into the tab (opening the popup granted `activeTab`). */
  prepareTab(tabId: number): Promise<TabAccess>;
  toTab<K extends keyof ContentProtocol>(tabId: number, type: K, payload: Request<ContentProtocol, K>): Promise<Response<ContentProtocol, K>>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(cb: (settings: Settings) => void): () => void;
  clipboard(text: string): Promise<void>;
  download(filename: string, mime: string, text: string): void;
  openOptions(): void;
  wait(ms: number): Promise<void>;
  show(el: HTMLElement): void;
}

/** Only while the page reads itself (automatic mode): a run the popup asked for is followed up at once. */
const POLL_MS = 100;
const GIVE_UP_MS = 60_000;
/** After the page said it will not run, how long to wait for its report before saying so ourselves. */
const NO_REPORT_MS = 3000;

const STORES = [/^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/addons\.mozilla\.org\//, /^https:\/\/microsoftedge\.microsoft\.com\/addons/];

/** Why the browser will not let Lede into a page at `url`, or null when it will (or we cannot tell). */
export function accessProblem(url: string | null): string | null {
  if (url === null) return null;
  if (!/^https?:\/\//i.test(url)) return 'Browsers keep extensions out of their own pages, the new tab page, local files and other extensions. Open a news article on the web.';
  if (STORES.some((s) => s.test(url))) return 'Browsers do not let extensions read their add-on stores.';
  return null;
}

export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** A kept view the popup can draw: a card in the shape it draws (anything else waits for the background). */
function isKept(value: unknown): value is { card: SummaryCard; notice?: string; settings: unknown } {
  const v = value as { card?: Partial<Record<keyof SummaryCard, unknown>>; notice?: unknown } | null;
  const c = v?.card;
  return typeof c?.url === 'string' && typeof c.title === 'string' && typeof c.readingMinutes === 'number'
    && [c.entities, c.quotes, c.keySentences, c.notes].every(Array.isArray) && typeof c.sourcing === 'object' && c.sourcing !== null
    && (v!.notice === undefined || typeof v!.notice === 'string');
}

function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
}

export class PopupController {
  private tabId: number | null = null;
  private url: string | null = null;
  private settings!: Settings;
  private state: TabState = { status: 'idle' };
  private view: PopupView = { kind: 'loading' };
  private ranAt: number | null = null;
  private runRefused = false;
  /** In automatic mode a copy already in the page reads it by itself: its report is awaited before asking again. */
  private pageRunsItself = false;
  /** The state shown when the reader asked to run again: until the page reports anew, it is not the answer. */
  private stale: string | null = null;
  /** A tab state already asked for, which the next look takes: the first (asked as the popup opened), or the background's answer once the page was asked to read. */
  private prefetched: Promise<TabState> | null = null;
  private readonly clock = new StageClock('popup');
  /** Views drawn so far: the benchmark times the first drawing of each. */
  private readonly shown = new Set<PopupView['kind']>();
  /** What the popup shows now, as data: the same view again (the kept card, then the background's) is not redrawn. */
  private drawn = '';

  constructor(private readonly deps: PopupDeps) {
    this.clock.mark('script');
  }

  async start(): Promise<void> {
    // A tab named in the address (the background names a read tab there): its kept view is read beside its URL.
    const named = tabFromSearch(this.deps.search);
    this.show({ kind: 'loading', card: named !== null });
    try {
      const kept = named === null ? null : this.keptView(named);
      const tab = named === null ? await this.deps.activeTab() : { id: named, url: await this.deps.tabUrl(named).catch(() => null) };
      if (tab === null) return this.show({ kind: 'no-access', reason: 'There is no tab to read.' });
      this.clock.mark('tab');
      this.tabId = tab.id;
      this.url = tab.url;
      const problem = accessProblem(this.url);
      if (problem) return this.show({ kind: 'no-access', reason: problem });
      // One round trip for the state, the settings and, when nothing is known yet, the page starting to read.
      const opening = this.deps.popupOpen(this.tabId, this.url);
      await this.drawKept(kept ?? this.keptView(this.tabId), opening);
      const opened = await opening;
      this.settings = opened.settings;
      this.prefetched = Promise.resolve(opened.state);
      this.deps.onSettingsChanged((settings) => {
        this.settings = settings;
        this.refresh();
      });
      await this.follow();
    } catch (err) {
      this.show({ kind: 'error', reason: `${err instanceof Error ? err.message : String(err)}. Close and reopen the popup; if it persists, reload the page.` });
    }
  }

  private keptView(tabId: number): Promise<unknown> {
    return this.deps.keptView(tabId).catch(() => null);
  }

  /**
   * A reopened popup: draws the card kept for the tab when it arrives before the background's answer, and only for
   * the page it was made for (a tab that moved on has its view dropped, but the popup may open in between).
   */
  private async drawKept(reading: Promise<unknown>, opening: Promise<unknown>): Promise<void> {
    const kept = await Promise.race([reading, opening.then(() => null, () => null)]);
    if (!isKept(kept) || (this.url !== null && kept.card.url !== this.url)) return;
    this.settings = validateSettings(kept.settings).settings;
    this.clock.mark('kept');
    if (this.siteOff()) return this.refresh();
    this.show({ kind: 'card', card: kept.card, notice: kept.notice });
  }

  /** Polls the background until the tab's state settles, starting annotation once if nothing is known. */
  private async follow(): Promise<void> {
    const started = Date.now();
    for (;;) {
      if (this.siteOff()) return this.refresh();
      this.state = await (this.prefetched ?? this.deps.tabState(this.tabId!));
      this.prefetched = null;
      this.clock.mark(this.ranAt === null ? 'state' : 'polled');
      const outdated = this.stale !== null && JSON.stringify(this.state) === this.stale && Date.now() - this.ranAt! < NO_REPORT_MS;
      const waiting = this.state.status === 'idle' || this.state.status === 'annotating' || outdated;
      if (!waiting) return this.refresh();
      if (this.state.status === 'idle' && this.ranAt === null) {
        if (!(await this.run())) return;
        // The answer the background was waiting for is in (or the page replied): look at it now, not a poll later.
        if (!this.pageRunsItself) continue;
      } else if (this.state.status === 'idle' && this.pageRunsItself && Date.now() - this.ranAt! > NO_REPORT_MS) {
        this.pageRunsItself = false;
        if (!(await this.askPage())) return;
      } else if (this.state.status === 'idle' && this.runRefused && Date.now() - this.ranAt! > NO_REPORT_MS) {
        return this.show({ kind: 'not-article', reason: 'Lede found no article on this page.' });
      } else if (outdated) {
        this.show({ kind: 'annotating' });
      } else {
        this.refresh();
      }
      if (Date.now() - started > GIVE_UP_MS) {
        return this.show({ kind: 'error', reason: 'Reading this article is taking too long. Reload the page and open Lede again.' });
      }
      await this.deps.wait(POLL_MS);
    }
  }

  /**
   * Gets the page annotated, putting the content script there first if it is missing (on demand, or a page opened
   * before Lede was allowed in). A copy already running in automatic mode is left to read the page by itself
   * unless the reader asked (`byReader`), so the article is not read twice. False when the page cannot be reached
   * (and the view already says why).
   */
  private async run(byReader = false): Promise<boolean> {
    this.ranAt = Date.now();
    this.show({ kind: 'annotating' });
    const access = await this.deps.prepareTab(this.tabId!);
    this.clock.mark('prepared');
    if (access.status === 'no-access') {
      this.show({ kind: 'no-access', reason: access.reason, canAllow: true });
      return false;
    }
    this.pageRunsItself = !byReader && !access.injected && this.settings.mode === 'automatic';
    return this.pageRunsItself || this.askPage();
  }

  /** Asks the content script to annotate now. False when it cannot be reached (and the view says why). */
  private async askPage(): Promise<boolean> {
    // The background has the answer before the page has painted it and replied: the card need not wait for the page.
    const answer = this.deps.awaitTabState(this.tabId!);
    answer.catch(() => undefined);
    const reached = this.deps.toTab(this.tabId!, 'run', {}).then((reply) => {
      this.runRefused = !reply.ok;
      this.clock.mark('asked');
      return true;
    }, () => {
      // A page that has answered through the background was reached after all.
      if (this.state.status === 'done') return true;
      this.show(this.url
        ? { kind: 'error', reason: 'Lede is not running in this tab yet, probably because it was installed or updated after the page was opened. Reload the page, then open Lede again.' }
        : { kind: 'no-access', reason: 'Browsers keep extensions out of their own pages, the new tab page and add-on stores. Open a news article on the web.' });
      return false;
    });
    if (!(await Promise.race([reached, answer.then(() => true, () => true)]))) return false;
    this.prefetched = answer;
    return true;
  }

  private siteOff(): boolean {
    return this.url !== null && isSiteDisabled(this.settings, this.url);
  }

  /** Redraws from the current tab state and settings (called when either changes). */
  private refresh(): void {
    if (this.siteOff()) return this.show({ kind: 'disabled', site: normaliseSite(this.url!) ?? this.url! });
    const s = this.state;
    switch (s.status) {
      case 'done':
        if (!s.annotation.article) return this.show({ kind: 'not-article', reason: s.annotation.reason ?? 'Lede found no article on this page.' });
        return this.show({
          kind: 'card',
          card: buildCard(s.annotation, {
            url: this.url ?? s.annotation.article.canonicalUrl ?? '',
            cached: s.cached,
            history: this.settings.historyEnabled ? s.history : {},
            visibleTypes: this.settings.visibleTypes,
            showQuotes: this.settings.showQuotes,
          }),
          notice: s.annotation.notice,
        });
      case 'idle': return this.show(this.ranAt === null ? { kind: 'idle' } : { kind: 'annotating' });
      case 'annotating': return this.show({ kind: 'annotating', progress: s.progress });
      case 'not-article': return this.show({ kind: 'not-article', reason: s.reason });
      case 'no-access': return this.show({ kind: 'no-access', reason: s.reason });
      case 'error': return this.show({ kind: 'error', reason: s.reason });
    }
  }

  private show(view: PopupView): void {
    const style = { colors: this.settings?.colors ?? { PER: '', ORG: '', LOC: '', MISC: '' } };
    const drawn = JSON.stringify([view, style]);
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    const first = !this.shown.has(view.kind);
    this.shown.add(view.kind);
    this.view = view;
    const element = renderView(view, style, this.actions());
    // The view's elements are made; showing them lays them out (the card is fitted to the box).
    if (first) this.clock.mark(`${view.kind}-built`);
    this.deps.show(element);
    if (first) {
      this.clock.mark(view.kind);
      this.clock.publish();
    }
  }

  private actions(): ViewActions {
    const done = () => (this.state.status === 'done' ? this.state : null);
    const sourceUrl = () => this.url ?? done()?.annotation.article?.canonicalUrl ?? '';
    const title = () => slug(done()?.annotation.article?.title ?? 'article');
    return {
      toggleHighlights: async () => (await this.deps.toTab(this.tabId!, 'toggle', {})).on,
      copyMarkdown: async () => {
        if (this.view.kind === 'card') await this.deps.clipboard(cardToMarkdown(this.view.card));
      },
      exportJson: () => {
        const d = done();
        if (d) this.deps.download(`lede-${title()}.json`, 'application/json', annotationToJson(d.annotation, sourceUrl()));
      },
      exportJsonLd: () => {
        const d = done();
        if (d) this.deps.download(`lede-${title()}.jsonld`, 'application/ld+json', JSON.stringify(toWebAnnotations(d.annotation, sourceUrl()), null, 2));
      },
      reveal: (target) => void this.deps.toTab(this.tabId!, 'reveal', target).catch(() => undefined),
      openOptions: () => this.deps.openOptions(),
      run: () => {
        this.stale = JSON.stringify(this.state);
        void this.run(true).then((reached) => (reached ? this.follow() : undefined));
      },
      enableSite: () => {
        const site = normaliseSite(this.url ?? '');
        void this.deps.saveSettings({ disabledSites: this.settings.disabledSites.filter((s) => s !== site) }).then((settings) => {
          this.settings = settings;
          this.ranAt = null;
          return this.follow();
        });
      },
    };
  }
}
