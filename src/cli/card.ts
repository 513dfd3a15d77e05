// The summary card as plain text, for a person reading a terminal.
import type { Annotation, EntityType } from '../core/types';
import { sourcingLine, speakerLabel } from '../shared/format';
import { distinctQuotes, sourcingOf } from '../shared/summary-card';

const GROUPS: [EntityType, string][] = [['PER', 'People'], ['ORG', 'Organisations'], ['LOC', 'Places']];
const WIDTH = 96;

export function renderCard(file: string, a: Annotation): string {
  const out: string[] = [];
  if (!a.article) return `${file}\n  Not annotated: ${a.reason ?? 'no article found'}\n`;
  const { article } = a;
  out.push(article.title ?? '(untitled article)');
  const facts = [article.siteName, article.byline && `by ${article.byline}`, article.published && formatDate(article.published), `${article.readingMinutes} min read`, `${article.wordCount} words`];
  out.push(facts.filter(Boolean).join(' · '));
  if (a.notice) out.push(a.notice);
  out.push('');
  for (const [type, label] of GROUPS) {
    const top = a.entities.filter((e) => e.type === type).slice(0, 5);
    if (!top.length) continue;
    out.push(`${label}:`);
    for (const e of top) out.push(clip(`  • ${e.name}${e.role ? ` — ${e.role}` : ''} (${e.mentions.length}×)`));
  }
  // Each wording once: a page may repeat a quote as a pull quote.
  const quotes = distinctQuotes(a).filter(({ quote }) => !quote.partial);
  if (quotes.length) {
    out.push('', 'Quotes:');
    const sourcing = sourcingLine(sourcingOf(a));
    if (sourcing) out.push(clip(`  ${sourcing}`));
    for (const { quote: q, words } of quotes) {
      out.push(clip(`  “${words.replace(/[,;:]\s*$/, '')}” — ${q.speaker ? speakerLabel(q.speaker, q.speakerDescription ?? null) : 'unattributed'}`));
    }
  }
  if (a.summary.length) {
    out.push('', 'Key sentences:');
    for (const s of a.summary) out.push(clip(`  • ${article.text.slice(s.start, s.end)}`, WIDTH * 3));
  }
  return [`── ${file} `.padEnd(WIDTH, '─'), ...out, ''].join('\n');
}

function clip(line: string, max = WIDTH * 2): string {
  const flat = line.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
