// Draws the summary card: header facts, key entities with roles and history, quotes with speakers, key
// sentences, notes on confidence, and the actions bar.
import type { EntityType } from '../core/types';
import type { CardEntity, CardQuote, SummaryCard } from '../shared/summary-card';
import { h } from './dom';
import { formatDate, languageName, plural, seenInLabel, sourcingLine, speakerLabel, TYPE_LABELS } from '../shared/format';
import { entityKey } from '../core/memory/names';
import { entityPagePath, openEntityPage } from '../shared/entity-page';

export interface CardActions {
  toggleHighlights(): Promise<boolean>;
  copyMarkdown(): Promise<void>;
  exportJson(): void;
  exportJsonLd(): void;
  reveal(target: { quote?: number; entityId?: string; mention?: number }): void;
  openOptions(): void;
}

export interface CardStyle {
  colors: Record<EntityType, string>;
}

function seenTitle(e: CardEntity): string {
  return e.seenIn.slice(0, 5).map((s) => [s.title ?? s.url, s.siteName].filter(Boolean).join(' — ')).join('\n');
}

function entityRow(e: CardEntity, style: CardStyle, actions: CardActions): HTMLLIElement {
  let next = 0;
  return h('li', { class: 'entity-item' },
    h('button', {
      class: 'entity',
      attrs: { type: 'button', 'data-type': e.type, style: `--type-colour: ${style.colors[e.type]}`, title: `${plural(e.mentions, 'mention')}: click to show them in the page` },
      on: {
        click: () => {
          actions.reveal({ entityId: e.id, mention: next });
          next = (next + 1) % Math.max(1, e.mentions);
        },
      },
    },
    h('span', { class: 'entity-line' },
      h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'entity-name' }, e.name),
      h('span', { class: 'entity-type' }, TYPE_LABELS[e.type])),
    e.role ? h('span', { class: 'entity-role' }, h('span', { class: 'role' }, e.role)) : null),
    e.seenIn.length ? memoryLink(e) : null);
}

/** "Seen in 2 earlier articles", a link to the entity's page in the reading memory. */
function memoryLink(e: CardEntity): HTMLAnchorElement {
  const key = entityKey(e.name, e.type);
  return h('a', {
    class: 'seen',
    on: {
      click: (event) => {
        // The background opens the tab: a link would replace the popup, which closes when a tab opens anyway.
        event.preventDefault();
        openEntityPage(key);
      },
    },
    attrs: {
      href: `../${entityPagePath(key)}`,
      target: '_blank',
      title: `What you have read about ${e.name}:\n${seenTitle(e)}`,
      'aria-label': `What you have read about ${e.name}: ${seenInLabel(e.seenIn.length)}`,
    },
  }, seenInLabel(e.seenIn.length));
}

function quoteRow(q: CardQuote, actions: CardActions): HTMLLIElement {
  return h('li', {},
    h('button', { class: 'quote', attrs: { type: 'button', title: 'Show this quote in the page' }, on: { click: () => actions.reveal({ quote: q.index }) } },
      h('span', { class: 'quote-text' }, `“${q.text}”`),
      h('span', { class: 'speaker' }, q.speaker ? `— ${speakerLabel(q.speaker, q.description)}` : '— speaker not identified')));
}

function section(title: string, list: HTMLElement, more: number, lead: HTMLElement | null = null): HTMLElement {
  return h('section', { class: 'card-section' },
    h('h2', {}, title, h('span', { class: 'more', attrs: { 'data-more': String(more) } }, more > 0 ? ` +${more} more` : '')),
    lead,
    list);
}

/** A button that says what it did for a moment, then goes back to its label. */
function actionButton(label: string, title: string, work: () => Promise<string | void> | string | void): HTMLButtonElement {
  const button = h('button', { class: 'action', attrs: { type: 'button', title } }, label);
  button.addEventListener('click', async () => {
    try {
      const done = await work();
      if (done) {
        button.textContent = done;
        setTimeout(() => { button.textContent = label; }, 1500);
      }
    } catch (err) {
      button.textContent = 'Failed';
      button.title = err instanceof Error ? err.message : String(err);
    }
  });
  return button;
}

export function renderCard(card: SummaryCard, style: CardStyle, actions: CardActions, notice?: string): HTMLElement {
  const date = formatDate(card.published);
  const language = languageName(card.lang);
  const header = h('header', { class: 'card-head' },
    h('p', { class: 'site-line' },
      h('span', { class: 'site' }, card.siteName ?? new URL(card.url).hostname),
      date ? h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, ' · ') : null,
      date ? h('time', { attrs: { datetime: card.published ?? undefined } }, date) : null),
    h('h1', { class: 'title', attrs: { title: card.title } }, card.title),
    h('p', { class: 'facts' },
      card.byline ? h('span', { class: 'byline' }, card.byline) : null,
      h('span', { class: 'reading' }, `${card.readingMinutes} min read`),
      language ? h('span', { class: 'lang' }, language) : null,
      card.cached ? h('span', { class: 'cached', attrs: { title: 'Shown from the cache: this article was not analysed again.' } }, 'from cache') : null),
    notice ? h('p', { class: 'notice', attrs: { role: 'note' } }, notice) : null);

  const body = h('div', { class: 'card-body' });
  if (card.entities.length) {
    body.append(section('Key people, organisations and places', h('ol', { class: 'entities' }, ...card.entities.map((e) => entityRow(e, style, actions))), card.moreEntities));
  }
  if (card.quotes.length) {
    const sourcing = sourcingLine(card.sourcing);
    const lead = sourcing ? h('p', { class: 'sourcing', attrs: { title: 'Who this article quotes, over all its quotes' } }, sourcing) : null;
    body.append(section('Quotes', h('ul', { class: 'quotes' }, ...card.quotes.map((q) => quoteRow(q, actions))), card.moreQuotes, lead));
  }
  if (card.keySentences.length) {
    body.append(section('Key sentences', h('ul', { class: 'key-sentences' }, ...card.keySentences.map((s) => h('li', {}, s))), 0));
  }
  if (card.notes.length) body.append(h('p', { class: 'notes', attrs: { role: 'note' } }, card.notes.join(' ')));

  let highlightsOn = true;
  const toggle = actionButton('Highlights', 'Turn the highlights in the page on or off (Alt+Shift+L)', async () => {
    highlightsOn = await actions.toggleHighlights();
    toggle.setAttribute('aria-pressed', String(highlightsOn));
  });
  toggle.setAttribute('aria-pressed', 'true');
  const footer = h('footer', { class: 'actions' },
    toggle,
    actionButton('Copy', 'Copy this card as Markdown', async () => { await actions.copyMarkdown(); return 'Copied'; }),
    actionButton('JSON', 'Save the full annotation as JSON', () => { actions.exportJson(); return 'Saved'; }),
    actionButton('JSON-LD', 'Save W3C Web Annotations (JSON-LD)', () => { actions.exportJsonLd(); return 'Saved'; }),
    h('button', { class: 'action icon', attrs: { type: 'button', title: 'Options', 'aria-label': 'Options' }, on: { click: () => actions.openOptions() } }, '⚙'));
  return h('article', { class: 'card' }, header, body, footer);
}
