// Draws the entity page: a search over the reading memory, and an entity's dossier (its articles with the role
// and quotes each gave it, its roles over time, its quotes with dates, the names it appears with, and the merges
// the reader can undo). Page-derived strings go in as text, never markup (see popup/dom.ts).
import type { Dossier, DossierArticle } from '../core/memory/dossier';
import type { LinkReason } from '../core/memory/identity';
import type { MemoryMatch } from '../shared/protocol';
import { formatDate, plural, TYPE_LABELS } from '../shared/format';
import { h } from '../popup/dom';

export interface ViewActions {
  exportMarkdown(): void;
  exportJson(): void;
  forget(): void;
  unmerge(index: number): void;
}

export function entityHref(key: string): string {
  return `?key=${encodeURIComponent(key)}`;
}

function searchForm(query: string): HTMLElement {
  return h('header', { class: 'masthead' },
    h('p', { class: 'brand' }, 'Lede · your reading memory, kept on this device'),
    h('form', { class: 'search', attrs: { role: 'search', action: '', method: 'get' } },
      h('input', { attrs: { type: 'search', name: 'q', id: 'search', value: query, 'aria-label': 'Search people, organisations and places you have read about', placeholder: 'Search by name', autocomplete: 'off' } }),
      h('button', { attrs: { type: 'submit' } }, 'Search')));
}

function dateLabel(iso: string | null, seenAt: number): string {
  return (iso && formatDate(iso)) || `read ${formatDate(new Date(seenAt).toISOString()) ?? ''}`;
}

function outLink(url: string, text: string, className?: string): HTMLAnchorElement {
  return h('a', { class: className, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, text);
}

function articleItem(a: DossierArticle, name: string): HTMLLIElement {
  const meta = [a.siteName ?? a.site, dateLabel(a.published, a.seenAt)].filter(Boolean).join(' · ');
  return h('li', {},
    outLink(a.url, a.title ?? a.url, 'article-title'),
    h('p', { class: 'meta' }, meta, a.calledAs !== name ? ` · called “${a.calledAs}”` : ''),
    a.role ? h('p', { class: 'role' }, h('span', { class: 'role-label' }, 'Role: '), a.role) : null,
    ...a.quotes.map((q) => h('blockquote', {}, `“${q}”`)),
    a.namesOnly ? h('p', { class: 'hint' }, 'Read before Lede kept roles and quotes.') : null);
}

const REASONS: Record<LinkReason, string> = {
  alias: 'an article used both names for the same one',
  extension: 'one name is a fuller form of the other',
  surname: 'it is the surname of the full name, and both articles mention the same other names',
};

function section(id: string, title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', { attrs: { 'aria-labelledby': id } }, h('h2', { attrs: { id } }, title), ...body);
}

export function renderDossier(d: Dossier, actions: ViewActions): HTMLElement {
  const sites = new Set(d.articles.map((a) => a.site ?? a.siteName)).size;
  const others = d.names.filter((n) => n !== d.name);
  const button = (label: string, onClick: () => void, extra: Record<string, string> = {}, className?: string) =>
    h('button', { class: className, attrs: { type: 'button', ...extra }, on: { click: onClick } }, label);
  return h('div', { class: 'dossier' },
    searchForm(''),
    h('span', { class: `badge t-${d.type.toLowerCase()}` }, TYPE_LABELS[d.type]),
    h('h1', { attrs: { id: 'entity-name', tabindex: '-1' } }, d.name),
    h('p', { class: 'summary' }, `In ${plural(d.total, 'article')} you read`,
      d.total > d.articles.length ? `; the newest ${d.articles.length}, from ${plural(sites, 'site')}, are below.` : `, from ${plural(sites, 'site')}.`,
      others.length ? ` Also called ${others.map((n) => `“${n}”`).join(', ')}.` : ''),
    h('div', { class: 'actions' },
      button('Export Markdown', actions.exportMarkdown, { id: 'export-md' }),
      button('Export JSON', actions.exportJson, { id: 'export-json' }),
      button(`Forget ${d.name}`, actions.forget, { id: 'forget' }, 'danger')),
    d.roles.length ? section('roles-title', 'Roles over time', h('ol', { class: 'roles' }, ...d.roles.map((r) =>
      h('li', {}, h('span', { class: 'when' }, `${formatDate(r.date) ?? r.date}: `), r.text, h('p', { class: 'source' }, 'in ', outLink(r.url, r.title ?? r.url)))))) : null,
    d.quotes.length ? section('quotes-title', 'Quotes', h('ol', { class: 'quotes' }, ...d.quotes.map((q) =>
      h('li', {}, h('blockquote', {}, `“${q.text}”`), h('p', { class: 'source' }, `${formatDate(q.date) ?? q.date}, `, outLink(q.url, q.title ?? q.url)))))) : null,
    section('articles-title', 'Articles', h('ol', { class: 'articles' }, ...d.articles.map((a) => articleItem(a, d.name)))),
    d.companions.length ? section('companions-title', 'Often appears with', h('ul', { class: 'companions' }, ...d.companions.map((c) =>
      h('li', {}, h('a', { attrs: { href: entityHref(c.key) } }, c.name, ' ', h('span', { class: 'count' }, `${TYPE_LABELS[c.type].toLowerCase()}, ${plural(c.articles, 'article')}`)))))) : null,
    d.merges.length ? section('merges-title', 'Names taken for the same one', h('ul', { class: 'merges' }, ...d.merges.map((m) =>
      h('li', {}, h('span', {}, `“${m.name}”: ${REASONS[m.reason]}.`), button('Not the same: separate', () => actions.unmerge(m.index), { 'aria-label': `“${m.name}” is not ${d.name}: separate them` }))))) : null);
}

export function renderMatches(query: string, matches: MemoryMatch[]): HTMLElement {
  const title = query ? `Names matching “${query}”` : 'Recently read about';
  return h('div', { class: 'search-page' },
    searchForm(query),
    h('h1', { attrs: { id: 'entity-name', tabindex: '-1' } }, title),
    matches.length
      ? h('section', {}, h('ol', { class: 'matches' }, ...matches.map((m) =>
        h('li', {}, h('a', { attrs: { href: entityHref(m.key) } }, m.name), ' ',
          h('span', { class: 'count' }, `${TYPE_LABELS[m.type].toLowerCase()} · ${plural(m.articles, 'article')} · last read ${formatDate(new Date(m.lastSeen).toISOString()) ?? ''}`)))))
      : h('p', { class: 'empty hint' }, query ? 'Nothing you have read has that name.' : 'Lede remembers the people, organisations and places in the articles you read. Nothing yet.'));
}

export function renderMissing(message: string): HTMLElement {
  return h('div', {}, searchForm(''), h('h1', { attrs: { id: 'entity-name', tabindex: '-1' } }, 'Not in your reading memory'), h('p', { class: 'empty hint' }, message));
}
