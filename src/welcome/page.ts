// The welcome page's behaviour: what changed (after an update), how to pin the button in this browser, the mode
// choice (the options page's own flow), and the summary card beside the live demo. Browser APIs come in as
// dependencies, so tests drive it in jsdom.
import { modeRadios, type ModeChoiceDeps } from '../options/mode-choice';
import { buildCard } from '../shared/summary-card';
import { renderCard, type CardActions } from '../popup/card-view';
import { h } from '../popup/dom';
import { annotationToJson, cardToMarkdown, toWebAnnotations } from '../shared/export';
import type { Settings } from '../shared/settings';
import type { DemoHandle } from './demo-handle';
import { whatChanged, type Footprint } from '../shared/footprint';
import { pinSteps, type BrowserFamily } from './pin';

export interface WelcomeParts {
  changed: HTMLElement;
  pin: HTMLElement;
  mode: HTMLElement;
  status: HTMLElement;
}

export interface WelcomeDeps {
  parts: WelcomeParts;
  family: BrowserFamily;
  /** The keyboard shortcut the browser assigned to Lede's toggle, if any. */
  shortcut(): Promise<string | null>;
  /** The footprint before the update that opened this page, if one did; and the current one. */
  changedFrom: Footprint | null;
  now: Footprint;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(cb: (settings: Settings) => void): () => void;
  requestAccess(): Promise<boolean>;
  releaseAccess(): Promise<void>;
  /** The demo frame's handle, once the frame has loaded. */
  demo(): Promise<DemoHandle>;
  /** Where the summary card goes (the summary frame, styled by the popup's own stylesheet). */
  showSummary(el: HTMLElement): void;
  /** The address the demo's card names as its source. */
  demoUrl: string;
  clipboard(text: string): Promise<void>;
  download(filename: string, mime: string, text: string): void;
  openOptions(): void;
}

export class WelcomePage {
  private settings!: Settings;

  constructor(private readonly deps: WelcomeDeps) {}

  async start(): Promise<void> {
    const { parts } = this.deps;
    this.drawChanged();
    const [settings, shortcut] = await Promise.all([this.deps.loadSettings(), this.deps.shortcut().catch(() => null)]);
    this.settings = settings;
    const pin = pinSteps(this.deps.family, shortcut);
    parts.pin.replaceChildren(
      h('h2', { attrs: { id: 'pin-title' } }, pin.title),
      h('ol', { class: 'steps' }, ...pin.steps.map((s) => h('li', {}, s))));
    this.drawMode();
    // Another window (or the options page) may change the mode while this page is open.
    this.deps.onSettingsChanged((next) => {
      this.settings = next;
      this.drawMode();
    });
    await this.showDemoSummary();
  }

  private drawChanged(): void {
    const { changedFrom, now, parts } = this.deps;
    const notes = changedFrom ? whatChanged(changedFrom, now) : [];
    parts.changed.hidden = notes.length === 0;
    if (!notes.length) return;
    parts.changed.replaceChildren(
      h('h2', {}, `What changed in Lede ${now.version}`),
      h('ul', {}, ...notes.map((n) => h('li', {}, n))),
      h('p', { class: 'hint' }, `You had version ${changedFrom!.version}. This note is shown once.`));
  }

  private drawMode(): void {
    const focused = document.activeElement?.id;
    const modeDeps: ModeChoiceDeps = {
      requestAccess: () => this.deps.requestAccess(),
      releaseAccess: () => this.deps.releaseAccess(),
      save: async (patch, what) => {
        try {
          this.settings = await this.deps.saveSettings(patch);
          this.say(`Saved: ${what}.`);
        } catch (err) {
          this.say(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
        }
        this.drawMode();
      },
      refused: (message) => {
        this.say(message);
        this.drawMode();
      },
    };
    this.deps.parts.mode.replaceChildren(
      h('fieldset', {},
        h('legend', {}, h('h2', {}, 'When should Lede read an article?')),
        ...modeRadios(this.settings.mode, modeDeps)),
      h('p', { class: 'hint' }, this.settings.mode === 'automatic'
        ? 'Lede reads every news article you open, on this device. You can change this at any time in the options.'
        : 'Lede reads a page only when you click its button. You can change this at any time in the options.'));
    if (focused) document.getElementById(focused)?.focus();
  }

  private say(message: string): void {
    this.deps.parts.status.textContent = message;
  }

  private async showDemoSummary(): Promise<void> {
    let handle: DemoHandle;
    try {
      handle = await this.deps.demo();
      const annotation = await handle.annotation;
      const card = buildCard(annotation, {
        url: this.deps.demoUrl,
        cached: false,
        history: {},
        visibleTypes: this.settings.visibleTypes,
        showQuotes: this.settings.showQuotes,
      });
      const actions: CardActions = {
        toggleHighlights: () => handle.toggle(),
        copyMarkdown: () => this.deps.clipboard(cardToMarkdown(card)),
        exportJson: () => this.deps.download('lede-sample.json', 'application/json', annotationToJson(annotation, this.deps.demoUrl)),
        exportJsonLd: () => this.deps.download('lede-sample.jsonld', 'application/ld+json', JSON.stringify(toWebAnnotations(annotation, this.deps.demoUrl), null, 2)),
        reveal: (target) => void handle.reveal(target),
        openOptions: () => this.deps.openOptions(),
      };
      this.deps.showSummary(renderCard(card, { colors: this.settings.colors }, actions));
    } catch (err) {
      this.deps.showSummary(h('section', { class: 'state state-error', attrs: { role: 'alert' } },
        h('h1', {}, 'The demo could not run'),
        h('p', {}, err instanceof Error ? err.message : String(err))));
    }
  }
}
