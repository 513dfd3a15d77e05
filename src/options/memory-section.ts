// The options page's reading memory controls: what it holds, its size limit, a way in (the entity page) and
// "forget a site". Forgetting everything is the history section's "Clear history".
import { h } from '../popup/dom';
import { formatBytes, plural } from '../shared/format';
import { MEMORY_LIMIT_MB, type MemoryStats } from '../shared/protocol';
import { normaliseSite } from '../shared/settings';

export interface MemoryOptionsDeps {
  memoryStats(): Promise<MemoryStats>;
  setMemoryLimit(mb: number): Promise<number>;
  forgetSite(site: string): Promise<number>;
}

export class MemorySection {
  private stats: MemoryStats | null = null;
  private siteError = '';

  constructor(
    private readonly deps: MemoryOptionsDeps,
    private readonly redraw: () => void,
    private readonly say: (status: string) => void,
  ) {}

  async refresh(): Promise<void> {
    this.stats = await this.deps.memoryStats().catch(() => null);
    this.redraw();
  }

  render(): HTMLElement {
    const st = this.stats;
    const usage = st
      ? `${plural(st.articles, 'article')} and ${plural(st.entities, 'name')} remembered, ${formatBytes(st.bytes)} of ${formatBytes(st.limitBytes)}.`
      : 'Reading memory unavailable.';
    const limitMb = st ? Math.round(st.limitBytes / 1024 / 1024) : '';
    const site = h('input', { attrs: { type: 'text', id: 'forget-site-input', placeholder: 'example.com', 'aria-label': 'Site to forget', autocomplete: 'off', spellcheck: 'false' } });
    const forget = (e: Event) => {
      e.preventDefault();
      const host = normaliseSite(site.value);
      if (!host) {
        this.siteError = `“${site.value}” is not a site name. Type something like example.com.`;
        this.redraw();
        return;
      }
      this.siteError = '';
      void this.deps.forgetSite(host).then((n) => {
        this.say(`Forgot ${plural(n, 'article')} from ${host}.`);
        return this.refresh();
      }, (err: unknown) => this.say(`Not forgotten: ${err instanceof Error ? err.message : String(err)}`));
    };
    return h('section', {}, h('h2', {}, 'Reading memory'),
      h('p', { class: 'hint' }, 'Lede remembers the people, organisations and places in what you read, with their roles and quotes, so you can follow them across articles. Only on this device; exports are the only way out. ',
        h('a', { attrs: { href: '../entity/entity.html', id: 'memory-browse', target: '_blank' } }, 'Browse what you have read.')),
      h('p', { class: 'hint', attrs: { id: 'memory-usage' } }, usage),
      h('div', { class: 'row' },
        h('label', { attrs: { for: 'memory-limit' } }, 'Keep up to'),
        h('input', {
          attrs: { type: 'number', id: 'memory-limit', min: String(MEMORY_LIMIT_MB.min), max: String(MEMORY_LIMIT_MB.max), step: '1', value: String(limitMb) },
          on: {
            change: (e) => {
              const n = Number((e.target as HTMLInputElement).value);
              if (!Number.isFinite(n)) return;
              void this.deps.setMemoryLimit(n).then((mb) => {
                this.say(`Saved: reading memory keeps up to ${mb} MB; the oldest articles go first.`);
                return this.refresh();
              });
            },
          },
        }),
        h('span', {}, 'MB, the oldest articles forgotten first')),
      h('form', { class: 'add-site', on: { submit: forget } }, site, h('button', { attrs: { type: 'submit', id: 'forget-site' } }, 'Forget this site')),
      this.siteError ? h('p', { class: 'error', attrs: { role: 'alert' } }, this.siteError) : null);
  }
}
