// The options page: every control saves on change (no Save button), and the page redraws when settings change
// elsewhere (another window, sync from another computer, the popup's "turn on for this site").
import type { EntityType } from '../core/types';
import { h } from '../popup/dom';
import { formatBytes, plural, TYPE_LABELS } from '../shared/format';
import type { CacheReport } from '../shared/protocol';
import { ENTITY_TYPES } from '../shared/protocol';
import { CACHE_LIMIT_MB, normaliseSite, type ModeNote, type Settings } from '../shared/settings';
import { modeRadios, type ModeChoiceDeps } from './mode-choice';
import { MemorySection, type MemoryOptionsDeps } from './memory-section';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(cb: (settings: Settings) => void): () => void;
  cacheStats(): Promise<CacheReport>;
  clearCache(): Promise<void>;
  clearHistory(): Promise<void>;
  confirm(question: string): boolean;
  show(el: HTMLElement): void;
  /**
   * Asks the browser for the host permission automatic mode needs. Must be called straight from the reader's
   * click (browsers refuse a request made later); true when granted.
   */
  requestAccess(): Promise<boolean>;
  /** Gives the permission back when the reader returns to on-demand. */
  releaseAccess(): Promise<void>;
  /** Why this browser switched to on-demand by itself, if it did. */
  modeNote(): Promise<ModeNote | null>;
  memory: MemoryOptionsDeps;
}

const NOTES: Record<ModeNote, string> = {
  'needs-permission': 'Lede now reads an article when you click its button. To read every article automatically it needs your permission in this browser: choose “Automatically” to give it.',
  'permission-removed': 'The permission to read pages automatically was taken back in the browser’s settings, so Lede now reads an article only when you click its button. Choose “Automatically” to allow it again.',
};

const TYPE_HINTS: Record<EntityType, string> = {
  PER: 'people',
  ORG: 'companies, agencies, parties, teams',
  LOC: 'countries, cities, regions',
  MISC: 'nationalities, events, laws, products',
};

export class OptionsPage {
  private settings!: Settings;
  private stats: CacheReport | null = null;
  private status = '';
  private siteError = '';
  private note: ModeNote | null = null;
  private readonly memory: MemorySection;

  constructor(private readonly deps: OptionsDeps) {
    this.memory = new MemorySection(deps.memory, () => this.draw(), (status) => {
      this.status = status;
      this.draw();
    });
  }

  async start(): Promise<void> {
    [this.settings, this.note] = await Promise.all([this.deps.loadSettings(), this.deps.modeNote().catch(() => null)]);
    // The background changes the mode when the permission is granted or taken back elsewhere.
    this.deps.onSettingsChanged((settings) => {
      this.settings = settings;
      void this.deps.modeNote().catch(() => null).then((note) => {
        this.note = note;
        this.draw();
      });
    });
    this.draw();
    await this.refreshStats();
  }

  private async refreshStats(): Promise<void> {
    this.stats = await this.deps.cacheStats().catch(() => null);
    this.draw();
    await this.memory.refresh();
  }

  private async save(patch: Partial<Settings>, what: string): Promise<void> {
    try {
      this.settings = await this.deps.saveSettings(patch);
      this.status = `Saved: ${what}.`;
    } catch (err) {
      this.status = `Not saved: ${err instanceof Error ? err.message : String(err)}`;
    }
    this.draw();
  }

  private draw(): void {
    const s = this.settings;
    const focused = document.activeElement?.id;
    this.deps.show(h('div', { class: 'options' },
      h('header', {}, h('h1', {}, 'Lede options'), h('p', { class: 'lead' }, 'Everything Lede does happens on this device. These settings follow you to other computers where your browser syncs. ',
        h('a', { attrs: { href: '../welcome/welcome.html', id: 'welcome-link' } }, 'See what Lede does on a sample article.'))),
      this.modeSection(s),
      this.typesSection(s),
      this.sitesSection(s),
      this.historySection(s),
      this.memory.render(),
      this.cacheSection(s),
      h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }, this.status)));
    if (focused) document.getElementById(focused)?.focus();
  }

  private modeSection(s: Settings): HTMLElement {
    return h('section', {}, h('h2', {}, 'When to read articles'),
      ...modeRadios(s.mode, this.modeDeps),
      h('p', { class: 'hint' }, 'This choice stays with this browser and is not synced: the permission it needs is given per browser.'),
      this.note ? h('p', { class: 'notice', attrs: { id: 'mode-note', role: 'note' } }, NOTES[this.note]) : null);
  }

  private readonly modeDeps: ModeChoiceDeps = {
    requestAccess: () => this.deps.requestAccess(),
    releaseAccess: () => this.deps.releaseAccess(),
    save: (patch, what) => {
      // The reader chose: why the browser chose for them before no longer applies.
      this.note = null;
      return this.save(patch, what);
    },
    refused: (message) => {
      this.status = message;
      this.draw();
    },
  };

  private typesSection(s: Settings): HTMLElement {
    const row = (type: EntityType) => {
      const checked = s.visibleTypes.includes(type);
      return h('div', { class: 'type-row' },
        h('label', { class: 'choice' },
          h('input', {
            attrs: { type: 'checkbox', id: `type-${type}`, ...(checked ? { checked: '' } : {}) },
            on: {
              change: (e) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = on ? [...s.visibleTypes, type] : s.visibleTypes.filter((t) => t !== type);
                void this.save({ visibleTypes: ENTITY_TYPES.filter((t) => next.includes(t)) }, `${TYPE_LABELS[type].toLowerCase()} ${on ? 'shown' : 'hidden'}`);
              },
            },
          }),
          h('span', {}, h('strong', {}, TYPE_LABELS[type]), h('span', { class: 'hint' }, TYPE_HINTS[type]))),
        h('input', {
          class: 'colour',
          attrs: { type: 'color', id: `colour-${type}`, value: s.colors[type], 'aria-label': `Highlight colour for ${TYPE_LABELS[type].toLowerCase()}` },
          on: { change: (e) => void this.save({ colors: { ...s.colors, [type]: (e.target as HTMLInputElement).value } }, `colour for ${TYPE_LABELS[type].toLowerCase()}`) },
        }));
    };
    return h('section', {}, h('h2', {}, 'What to highlight'),
      ...ENTITY_TYPES.map(row),
      h('label', { class: 'choice' },
        h('input', {
          attrs: { type: 'checkbox', id: 'show-quotes', ...(s.showQuotes ? { checked: '' } : {}) },
          on: { change: (e) => void this.save({ showQuotes: (e.target as HTMLInputElement).checked }, 'quotes') },
        }),
        h('span', {}, h('strong', {}, 'Quotes'), h('span', { class: 'hint' }, 'what people said, with who said it'))));
  }

  private sitesSection(s: Settings): HTMLElement {
    const input = h('input', { attrs: { type: 'text', id: 'site-input', placeholder: 'example.com', 'aria-label': 'Site to switch off', autocomplete: 'off', spellcheck: 'false' } });
    const add = (e: Event) => {
      e.preventDefault();
      const site = normaliseSite(input.value);
      if (!site) {
        this.siteError = `“${input.value}” is not a site name. Type something like example.com.`;
        this.draw();
        return;
      }
      this.siteError = '';
      void this.save({ disabledSites: [...s.disabledSites, site] }, `Lede is off on ${site}`);
    };
    return h('section', {}, h('h2', {}, 'Sites where Lede stays off'),
      s.disabledSites.length
        ? h('ul', { class: 'sites' }, ...s.disabledSites.map((site) => h('li', {}, h('span', {}, site),
          h('button', { class: 'link', attrs: { type: 'button', 'aria-label': `Turn Lede back on for ${site}` }, on: { click: () => void this.save({ disabledSites: s.disabledSites.filter((x) => x !== site) }, `Lede is on again on ${site}`) } }, 'Remove'))))
        : h('p', { class: 'hint' }, 'None. Lede works on every news site.'),
      h('form', { class: 'add-site', on: { submit: add } }, input, h('button', { attrs: { type: 'submit' } }, 'Switch off')),
      this.siteError ? h('p', { class: 'error', attrs: { role: 'alert' } }, this.siteError) : null);
  }

  private historySection(s: Settings): HTMLElement {
    const articles = this.stats?.articles;
    return h('section', {}, h('h2', {}, 'Reading history'),
      h('label', { class: 'choice' },
        h('input', {
          attrs: { type: 'checkbox', id: 'history-enabled', ...(s.historyEnabled ? { checked: '' } : {}) },
          on: { change: (e) => void this.save({ historyEnabled: (e.target as HTMLInputElement).checked }, 'reading history') },
        }),
        h('span', {}, h('strong', {}, 'Remember which articles mentioned each name'),
          h('span', { class: 'hint' }, 'so cards can say “seen in 4 earlier articles”. Kept only on this device.'))),
      h('div', { class: 'row' },
        h('span', { class: 'hint', attrs: { id: 'history-count' } }, articles === undefined ? '' : `${plural(articles, 'article')} remembered.`),
        h('button', {
          attrs: { type: 'button', id: 'clear-history' },
          on: {
            click: () => {
              if (!this.deps.confirm('Forget every article Lede has seen, and its cache?')) return;
              void this.deps.clearHistory().then(() => { this.status = 'Reading history and cache cleared.'; return this.refreshStats(); });
            },
          },
        }, 'Clear history')));
  }

  private cacheSection(s: Settings): HTMLElement {
    const st = this.stats;
    const usage = st
      ? `${plural(st.entries, 'article')}, ${formatBytes(st.bytes)}. Computed ${st.computed}, answered from the cache ${st.fromCache} ${st.fromCache === 1 ? 'time' : 'times'}.`
      : 'Cache usage unavailable.';
    return h('section', {}, h('h2', {}, 'Cache'),
      h('p', { class: 'hint' }, 'Articles you revisit open instantly because Lede keeps what it found.'),
      h('div', { class: 'row' },
        h('label', { attrs: { for: 'cache-limit' } }, 'Keep up to'),
        h('input', {
          attrs: { type: 'number', id: 'cache-limit', min: String(CACHE_LIMIT_MB.min), max: String(CACHE_LIMIT_MB.max), step: '1', value: String(s.cacheLimitMb) },
          on: {
            change: (e) => {
              const n = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(n)) void this.save({ cacheLimitMb: n }, 'cache size').then(() => this.refreshStats());
            },
          },
        }),
        h('span', {}, 'MB')),
      h('div', { class: 'row' },
        h('span', { class: 'hint', attrs: { id: 'cache-usage' } }, usage),
        h('button', { attrs: { type: 'button', id: 'clear-cache' }, on: { click: () => void this.deps.clearCache().then(() => { this.status = 'Cache cleared.'; return this.refreshStats(); }) } }, 'Clear cache')));
  }
}
