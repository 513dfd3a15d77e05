// The content script's life on one page: decide whether to run, extract, ask the background for the
// annotation, paint, keep the paint right while the page changes, follow settings and the on/off switch,
// and vanish without a trace when turned off or when the extension that injected it is gone.
import { extractArticleInSteps, type ExtractResult } from '../article/extract';
import { createLiveMapper, type LiveMapper } from '../article/live-ranges';
import type { Annotation, ArticleText } from '../core/types';
import type { BackgroundProtocol, Request, Response, SeenIn } from '../shared/protocol';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../shared/settings';
import { StageClock } from '../shared/timing';
import { ArticleWatch } from './article-watch';
import { CardLayer } from './card/layer';
import { Painter, highlightApi } from './highlights';
import { Interaction } from './interaction';
import { marksOf, visibleGroups } from './marks';
import { NavigationWatch, pageKey } from './navigation-watch';
import { PaintedArticle } from './painted-article';
import { PageStyles, highlightCss } from './page-styles';
import { looksLikeArticle } from './readiness';
import { nextTask, whenIdle, yieldIfCheap, yieldToPage } from './schedule';
import { pageTheme } from './theme';

/** A failed annotate is tried this many times in all before the tab reports an error. */
const ANNOTATE_ATTEMPTS = 2;
const RETRY_DELAY_MS = 500;

export interface ControllerDeps {
  win: Window & typeof globalThis;
  send<K extends keyof BackgroundProtocol>(type: K, payload: Request<BackgroundProtocol, K>): Promise<Response<BackgroundProtocol, K>>;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(cb: (s: Settings) => void): () => void;
  /** Whether the extension that injected us is gone (reloaded, updated, removed). */
  orphaned(): boolean;
  /**
   * Extraction off the page's thread (the page serialised, read in the extension's own DOM); when absent or when it
   * fails, the page extracts on its own as before.
   */
  extractElsewhere?(doc: Document): Promise<ExtractResult>;
}

interface Current {
  url: string;
  article: ArticleText;
  annotation: Annotation;
  history: Record<string, SeenIn[]>;
}

/** After an SPA navigation the new article may still be loading: look again after these delays. */
const SPA_RETRIES = [400, 1200, 3000];

export class Controller {
  private settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  private on = true;
  private dead = false;
  private generation = 0;
  private current: Current | null = null;
  private painted: PaintedArticle | null = null;
  private readonly painter: Painter | null;
  private readonly styles: PageStyles;
  private readonly interaction: Interaction;
  private readonly articleWatch: ArticleWatch;
  private readonly navigation: NavigationWatch;
  private readonly cleanups: (() => void)[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly clock: StageClock;
  /** The read started on injection, until the reader's first request takes it over (or the page navigates). */
  private early: Promise<boolean> | null = null;
  /** Whether a request to read came in (before the settings were in, it makes the early read unnecessary). */
  private asked = false;
  /** The article being annotated, mapped onto the page while the background reads it (at the latest when painting). */
  private mapping: { article: ArticleText; mapper: () => LiveMapper } | null = null;

  constructor(private readonly deps: ControllerDeps) {
    const { win } = deps;
    this.clock = new StageClock(`page:${win.location.href}`);
    this.clock.mark('script');
    const api = highlightApi(win);
    this.painter = api ? new Painter(api) : null;
    // content.css (injected with this script) holds the default colours for light pages.
    this.styles = new PageStyles(win.document, highlightCss(DEFAULT_SETTINGS.colors, 'light'));
    this.interaction = new Interaction(win, {
      painted: () => this.painted,
      annotation: () => this.current,
      painter: () => this.painter,
      visible: () => visibleGroups(this.settings.visibleTypes, this.settings.showQuotes),
      alive: () => this.checkAlive(),
    });
    this.articleWatch = new ArticleWatch({
      isPainted: (node) => this.painted?.isPainted(node) ?? false,
      stale: () => this.painted?.index.stale() ?? false,
      refresh: () => void this.refresh(),
    });
    this.navigation = new NavigationWatch(win, () => this.navigated(), () => this.tick());
  }

  async start(): Promise<void> {
    this.settings = await this.deps.loadSettings().catch(() => this.settings);
    this.cleanups.push(this.deps.onSettingsChanged((s) => this.applySettings(s)));
    this.navigation.start();
    if (this.settings.mode === 'automatic') {
      await this.run(false);
    } else if (!this.asked && !this.siteDisabled()) {
      // On demand the script is only here because the reader asked (the toolbar button or the shortcut put it
      // in), and the request to read follows the injection: start now instead of a round trip later.
      // Kept after it ends: the request that follows may arrive late, and then takes this read's result
      // instead of reading the page a second time.
      const early = this.run(true);
      this.early = early;
      // A read that failed is not handed on: the request that follows tries again.
      const ok = await early.catch(() => false);
      if (!ok && this.early === early) this.early = null;
    }
  }

  /** The reader's request to read the page: joins the read the injection already started, else starts one. */
  ask(): Promise<boolean> {
    this.asked = true;
    const early = this.early;
    this.early = null;
    return early ?? this.run(true);
  }

  private get layer(): CardLayer {
    return this.interaction.layer;
  }

  get enabled(): boolean {
    return this.on;
  }

  private siteDisabled(): boolean {
    return isSiteDisabled(this.settings, this.deps.win.location.href);
  }

  /** Annotates the page. `explicit`: the user asked (toolbar button), so skip the quick "is it an article" test. */
  async run(explicit: boolean): Promise<boolean> {
    if (this.dead || (!explicit && this.siteDisabled())) return false;
    const generation = ++this.generation;
    const { win } = this.deps;
    const url = win.location.href;
    this.clock.mark('run');
    if (!explicit) {
      // Extraction is one long piece of work: let the page finish its own start-up first.
      await whenIdle();
      if (generation !== this.generation || this.dead) return false;
      const ready = looksLikeArticle(win.document);
      if (!ready.ok) {
        this.report(url, ready.reason);
        return false;
      }
      // A worker that has just started loads the model while we extract (the popup's click does the same).
      this.deps.send('expectArticle', {}).catch(() => undefined);
    }
    this.clock.mark('extract');
    const extracted = await this.extract();
    this.clock.mark('extracted');
    if (this.dead) return false;
    if (!extracted.article) {
      this.report(url, extracted.reason);
      return false;
    }
    this.prepareMapping(extracted.article);
    let reply;
    for (let attempt = 1; ; attempt++) {
      try {
        reply = await this.deps.send('annotate', { url, article: extracted.article });
        break;
      } catch (err) {
        // An orphan cleans up and stays silent. Otherwise the worker may have been stopped mid-work (MV3 kills idle
        // workers; a message wakes a fresh one): try once more, then say so, so the tab never stays "annotating".
        if (!this.checkAlive() || generation !== this.generation) return false;
        if (attempt >= ANNOTATE_ATTEMPTS) {
          const why = err instanceof Error ? err.message : String(err);
          this.deps.send('report', { url, state: { status: 'error', reason: `Annotation failed: ${why}` } }).catch(() => this.checkAlive());
          return false;
        }
        await new Promise((ok) => setTimeout(ok, RETRY_DELAY_MS));
      }
    }
    this.clock.mark('answered');
    if (generation !== this.generation || this.dead) return false;
    if (!reply?.annotation?.article) return false;
    this.current = { url, article: extracted.article, annotation: reply.annotation, history: reply.history ?? {} };
    if (this.on) await this.paint(generation);
    return true;
  }

  /** The article in the page as it is now: read off the page where the extension can, else here. */
  private async extract(): Promise<ExtractResult> {
    const { win } = this.deps;
    if (this.deps.extractElsewhere) {
      try {
        return await this.deps.extractElsewhere(win.document);
      } catch {
        // A background that cannot (no DOM of its own, an old worker, a page too large): read here instead.
        this.clock.mark('extract-here');
      }
    }
    // In steps, each its own task: the whole extraction in one would hold the page for 50-150 ms.
    return extractArticleInSteps(win.document, win.location.href, yieldToPage, (stage) => this.clock.mark(stage), yieldIfCheap);
  }

  /**
   * Mapping needs only the article, not the annotation: it runs in its own task while the background reads the
   * article, instead of after the answer on the way to the first highlight.
   */
  private prepareMapping(article: ArticleText): void {
    let mapper: LiveMapper | null = null;
    const held = { article, mapper: () => (mapper ??= createLiveMapper(this.deps.win.document, article)) };
    this.mapping = held;
    void nextTask().then(() => {
      if (this.mapping === held && !this.dead) held.mapper();
    });
  }

  private report(url: string, reason: string): void {
    this.clock.mark('reported');
    this.clock.publish();
    this.deps.send('report', { url, state: { status: 'not-article', reason } }).catch(() => this.checkAlive());
  }

  private async paint(generation: number): Promise<void> {
    const current = this.current;
    if (!current || !this.painter) return;
    this.unpaint();
    const { win } = this.deps;
    const prepared = this.mapping?.article === current.article ? this.mapping.mapper() : null;
    this.mapping = null;
    const painted = new PaintedArticle(win.document, current.article, marksOf(current.annotation), this.painter, prepared);
    this.clock.mark('mapped');
    if (!painted.root) return;
    // Mapping the article onto the page was one task; painting starts in the next.
    await nextTask();
    if (generation !== this.generation) return;
    this.painted = painted;
    // Every style read before the first write: a read after one makes the browser recompute styles on the spot.
    const rtl = win.getComputedStyle(painted.root).direction === 'rtl';
    const theme = pageTheme(painted.root, (el) => win.getComputedStyle(el));
    const visible = painted.visibleBlocks();
    this.styles.apply(highlightCss(this.settings.colors, theme));
    this.layer.setTheme(theme, rtl);
    this.layer.setColors(this.settings.colors);
    this.painter.setVisible(visibleGroups(this.settings.visibleTypes, this.settings.showQuotes));
    const live = () => generation === this.generation && this.painted === painted;
    // What the reader sees is painted before this returns (so the popup that asked can show the card at once);
    // the rest follows in idle time.
    const rest = painted.paint(live, () => {
      this.clock.mark('highlight');
      this.clock.publish();
      if (!live() || !painted.root) return;
      this.interaction.attach();
      this.articleWatch.observe(painted.root);
    }, visible);
    void rest.then(() => {
      this.clock.mark('painted');
      this.clock.publish();
      // Late slices may add marks: the navigator's count follows.
      if (live()) this.interaction.attach();
    }, () => this.checkAlive());
  }

  /** Removes everything painted or added; the page is as it was. */
  private unpaint(): void {
    this.articleWatch.disconnect();
    this.interaction.detach();
    this.painter?.clear();
    this.styles.remove();
    this.painted = null;
  }

  /** The article root changed under us: re-map the same text, or re-annotate when the text itself changed. */
  private async refresh(): Promise<void> {
    if (!this.on || this.dead || !this.current) return;
    const { win } = this.deps;
    const generation = this.generation;
    const extracted = await this.extract();
    if (!extracted.article || generation !== this.generation || !this.current) return;
    if (extracted.article.text === this.current.article.text) {
      this.current = { ...this.current, article: extracted.article };
      await this.paint(++this.generation);
    } else {
      await this.run(true);
    }
  }

  private navigated(): void {
    ++this.generation;
    this.early = null;
    this.mapping = null;
    this.unpaint();
    this.current = null;
    clearTimeout(this.retryTimer);
    if (!this.on || this.settings.mode !== 'automatic') return;
    const attempt = (n: number) => {
      this.retryTimer = setTimeout(() => {
        void this.run(false).then((ok) => {
          if (!ok && n + 1 < SPA_RETRIES.length && !this.current) attempt(n + 1);
        });
      }, SPA_RETRIES[n]);
    };
    attempt(0);
  }

  /** Once a second: the extension still there, our highlights still registered, the article root still in the page. */
  private tick(): void {
    if (!this.checkAlive() || !this.painted) return;
    this.painter?.ensure();
    if (this.painted.root && !this.painted.root.isConnected) void this.refresh();
  }

  async toggle(on?: boolean): Promise<boolean> {
    const next = on ?? !this.on;
    if (next === this.on) return this.on;
    this.on = next;
    if (!next) {
      ++this.generation;
      this.unpaint();
    } else if (this.current && pageKey(this.current.url) === pageKey(this.deps.win.location.href)) {
      await this.paint(++this.generation);
    } else {
      await this.run(true);
    }
    return this.on;
  }

  reveal(target: { quote?: number; entityId?: string; mention?: number }): boolean {
    return this.on && this.interaction.reveal(target);
  }

  private applySettings(next: Settings): void {
    if (this.dead) return;
    const before = this.settings;
    this.settings = next;
    if (this.siteDisabled()) {
      ++this.generation;
      this.unpaint();
      return;
    }
    this.painter?.setVisible(visibleGroups(next.visibleTypes, next.showQuotes));
    this.interaction.visibilityChanged();
    if (this.painted?.root) {
      const theme = pageTheme(this.painted.root, (el) => this.deps.win.getComputedStyle(el));
      this.styles.apply(highlightCss(next.colors, theme));
      this.layer.setColors(next.colors);
    }
    const wasSilent = isSiteDisabled(before, this.deps.win.location.href) || before.mode !== 'automatic';
    if (this.on && !this.painted && next.mode === 'automatic' && wasSilent) {
      if (this.current) void this.paint(++this.generation);
      else void this.run(false);
    }
  }

  /** Returns false (after cleaning up, once) when the extension is gone. */
  checkAlive(): boolean {
    if (this.dead) return false;
    let orphaned: boolean;
    try {
      orphaned = this.deps.orphaned();
    } catch {
      orphaned = true;
    }
    if (orphaned) this.destroy();
    return !orphaned;
  }

  destroy(): void {
    if (this.dead) return;
    this.dead = true;
    ++this.generation;
    clearTimeout(this.retryTimer);
    this.unpaint();
    this.interaction.madeLayer?.unmount();
    this.navigation.stop();
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // The extension context is already gone; its listeners went with it.
      }
    }
  }

  onDestroy(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  get alive(): boolean {
    return !this.dead;
  }
}
