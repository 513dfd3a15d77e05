// A standalone HTML page showing an Annotation: the article with its entities and quotes marked, and the card.
// Every string from the page is escaped: the preview must be as inert as the extension's own UI.
import type { Annotation, Entity, Span } from '../core/types';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Mark extends Span {
  open: string;
  close: string;
  outer: boolean;
}

export function renderPreview(a: Annotation): string {
  if (!a.article) return page('Not an article', `<p class="reason">${escape(a.reason ?? 'No article found.')}</p>`);
  const { text } = a.article;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const marks: Mark[] = [];
  for (const q of a.quotes) {
    const who = q.speaker ? `Quote — ${q.speaker}` : 'Quote — speaker unknown';
    marks.push({ start: q.start, end: q.end, outer: true, open: `<q class="quote${q.partial ? ' partial' : ''}" title="${escape(who)}">`, close: '</q>' });
  }
  for (const e of a.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, outer: false, open: `<mark class="${e.type}" title="${escape(entityTitle(e))}">`, close: '</mark>' });
  }
  marks.sort((x, y) => x.start - y.start || Number(y.outer) - Number(x.outer));
  const body = text
    .split(/\n{2,}/)
    .reduce<{ html: string[]; offset: number }>(
      (acc, para) => {
        const start = text.indexOf(para, acc.offset);
        acc.html.push(`<p>${markUp(text, { start, end: start + para.length }, marks)}</p>`);
        acc.offset = start + para.length;
        return acc;
      },
      { html: [], offset: 0 },
    ).html.join('\n');
  const people = a.entities.slice(0, 12).map((e) => `<li><span class="tag ${e.type}">${e.type}</span> ${escape(e.name)}${e.role ? ` — <i>${escape(e.role)}</i>` : ''} <small>${e.mentions.length}×</small></li>`);
  const header = `<h1>${escape(a.article.title ?? 'Untitled')}</h1><p class="meta">${escape([a.article.siteName, a.article.published, `${a.article.readingMinutes} min read`].filter(Boolean).join(' · '))}</p>`;
  return page(a.article.title ?? 'Lede preview', `${header}<aside><h2>Key entities</h2><ul>${people.join('')}</ul></aside><article>${body}</article>`);
}

function entityTitle(e: Entity): string {
  return [`${e.name} (${e.type})`, e.role, e.aliases.length ? `also: ${e.aliases.join(', ')}` : '', `${e.mentions.length} mentions`].filter(Boolean).join(' · ');
}

/** Marks inside one paragraph; inner marks that would cross an outer one are clipped to keep the HTML well formed. */
function markUp(text: string, para: Span, marks: Mark[]): string {
  let out = '';
  let pos = para.start;
  let outerEnd = -1;
  for (const m of marks) {
    if (m.end <= para.start || m.start >= para.end || m.start < pos) continue;
    if (m.outer) {
      if (pos < m.start && outerEnd >= 0) {
        out += escape(text.slice(pos, outerEnd)) + '</q>';
        pos = outerEnd;
        outerEnd = -1;
      }
      out += escape(text.slice(pos, m.start)) + m.open;
      pos = m.start;
      outerEnd = Math.min(m.end, para.end);
      continue;
    }
    if (outerEnd >= 0 && m.start >= outerEnd) {
      out += escape(text.slice(pos, outerEnd)) + '</q>';
      pos = outerEnd;
      outerEnd = -1;
    }
    const end = outerEnd >= 0 ? Math.min(m.end, outerEnd) : Math.min(m.end, para.end);
    out += escape(text.slice(pos, m.start)) + m.open + escape(text.slice(m.start, end)) + m.close;
    pos = end;
  }
  if (outerEnd >= 0) {
    out += escape(text.slice(pos, outerEnd)) + '</q>';
    pos = outerEnd;
  }
  return out + escape(text.slice(pos, para.end));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
:root { color-scheme: light dark; --per: #fde68a; --org: #bfdbfe; --loc: #bbf7d0; --misc: #e9d5ff; --q: #6b7280; }
@media (prefers-color-scheme: dark) { :root { --per: #7c5e10; --org: #1e4b7a; --loc: #1d5b3a; --misc: #5b3a7a; --q: #9ca3af; } }
body { font: 17px/1.6 Georgia, serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; display: grid; grid-template-columns: 1fr 300px; gap: 2rem; }
h1, .meta, .reason { grid-column: 1 / -1; } .meta { font: 14px system-ui; opacity: .75; margin-top: -1rem; }
article { grid-row: 3; } aside { grid-row: 3; font: 14px system-ui; } aside li { margin: .4rem 0; list-style: none; }
mark { border-radius: 3px; padding: 0 2px; color: inherit; } mark.PER { background: var(--per); } mark.ORG { background: var(--org); } mark.LOC { background: var(--loc); } mark.MISC { background: var(--misc); }
q { quotes: none; text-decoration: underline dotted var(--q); text-underline-offset: 4px; } q.partial { text-decoration-style: dashed; }
q::before { content: '“'; } q::after { content: '”'; }
.tag { font-size: 11px; border-radius: 3px; padding: 1px 4px; } .tag.PER { background: var(--per); } .tag.ORG { background: var(--org); } .tag.LOC { background: var(--loc); } .tag.MISC { background: var(--misc); }
</style></head><body>${body}</body></html>
`;
}
