// The summary card as plain text, for a person reading a terminal.
import type { Annotation, EntityType } from '../core/types';

const GROUPS: [EntityType, string][] = [['PER', 'People'], ['ORG', 'Organisations'], ['LOC', 'Places']];
const WIDTH = 96;

export function renderCard(file: string, a: Annotation): string {
  const out: string[] = [];
  if (!a.article) return `${file}\n  Not annotated: ${a.reason ?? 'no article found'}\n`;
  const { article } = a;
  out.push(article.title ?? '(untitled article)');
  const facts = [article.siteName, article.byline && `by ${article.byline}`, article.published && formatDate(article.published), `${article.readingMinutes} min read`, `${article.wordCount} words`];
  out.push(facts.filter(Boolean).join(' · '), '');
  for (const [type, label] of GROUPS) {
    const top = a.entities.filter((e) => e.type === type).slice(0, 5);
    if (!top.length) continue;
    out.push(`${label}:`);
    for (const e of top) out.push(clip(`  • ${e.name}${e.role ? ` — ${e.role}` : ''} (${e.mentions.length}×)`));
  }
  const quotes = a.quotes.filter((q) => !q.partial);
  if (quotes.length) {
    out.push('', 'Quotes:');
    for (const q of quotes) out.push(clip(`  “${article.text.slice(q.start, q.end).replace(/[,;:]\s*$/, '')}” — ${q.speaker ?? 'unattributed'}`));
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
