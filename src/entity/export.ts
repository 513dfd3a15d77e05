// An entity's dossier as a file the reader keeps: Markdown to read or paste, JSON for other tools. The only way
// anything in the reading memory leaves the device, and only when the reader asks.
import type { Dossier } from '../core/memory/dossier';
import { PIPELINE_VERSION } from '../core/version';
import { escapeMarkdown } from '../shared/export';
import { plural, TYPE_LABELS } from '../shared/format';

function link(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** The day as ISO 8601 (2026-03-02): a file outlives the reader's locale. */
function dated(date: string): string {
  const time = Date.parse(date);
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
}

export function dossierToMarkdown(dossier: Dossier, exportedAt: Date): string {
  const md = escapeMarkdown;
  const lines = [`# ${md(dossier.name)}`, '', `*${TYPE_LABELS[dossier.type]} · in ${plural(dossier.total, 'article')} you read · exported ${exportedAt.toISOString().slice(0, 10)} by Lede ${PIPELINE_VERSION}*`];
  const others = dossier.names.filter((n) => n !== dossier.name);
  if (others.length) lines.push('', `Also called: ${others.map(md).join(', ')}`);
  if (dossier.roles.length) {
    lines.push('', '## Roles', '');
    for (const r of dossier.roles) lines.push(`- ${dated(r.date)}: ${md(r.text)} (${md(r.title ?? r.url)})`);
  }
  if (dossier.quotes.length) {
    lines.push('', '## Quotes', '');
    for (const q of dossier.quotes) lines.push(`> “${md(q.text)}”`, `> — ${dated(q.date)}, ${md(q.title ?? q.url)}`, '');
    lines.pop();
  }
  lines.push('', dossier.total > dossier.articles.length ? `## Articles (the newest ${dossier.articles.length})` : '## Articles', '');
  for (const a of dossier.articles) {
    const facts = [a.siteName ?? a.site, a.published ? dated(a.published) : `read ${dated(new Date(a.seenAt).toISOString())}`, a.role].filter(Boolean).map((f) => md(f!));
    lines.push(`- **${md(a.title ?? a.url)}** (${facts.join(' · ')}) ${link(a.url)}`);
  }
  if (dossier.companions.length) {
    lines.push('', '## Often appears with', '');
    for (const c of dossier.companions) lines.push(`- ${md(c.name)} (${TYPE_LABELS[c.type].toLowerCase()}, ${plural(c.articles, 'article')})`);
  }
  return lines.join('\n') + '\n';
}

export function dossierToJson(dossier: Dossier, exportedAt: Date): string {
  return JSON.stringify({ generator: `Lede ${PIPELINE_VERSION}`, exportedAt: exportedAt.toISOString(), entity: dossier }, null, 2) + '\n';
}

export function dossierFileName(dossier: Dossier, extension: 'md' | 'json'): string {
  const slug = dossier.name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'entity';
  return `lede-${slug}.${extension}`;
}
