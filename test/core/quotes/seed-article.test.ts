// The seed article through the real pipeline (the committed NER model, then every stage), compared with its
// hand-made gold file: every required quote with an acceptable speaker (each occurrence), and the required
// entities with their gold aliases and roles. Nothing in the pipeline knows this article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/annotate';
import { nodeNerModel } from '../../../src/cli/node-model';
import type { Annotation, ArticleMeta } from '../../../src/core/types';
import { nameKey } from '../../../src/core/entities/names';
import { blocksOf } from './stages';

const SEED = join(import.meta.dirname, '../../fixtures/seed/nato-iraq-article');

interface GoldQuote {
  opens: string;
  speaker: string[];
  occurrences?: number;
  partial: boolean;
  required: boolean;
}

interface GoldEntity {
  canonical: string;
  type: string;
  mentions: string[];
  role?: string;
  required: boolean;
}

const gold = JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')) as { metadata: { title: string }; entities: GoldEntity[]; quotes: GoldQuote[] };
const text = readFileSync(`${SEED}.txt`, 'utf8');

function run(): Annotation {
  const meta: ArticleMeta = {
    title: gold.metadata.title, byline: null, authors: [], siteName: null, published: null, modified: null, lang: 'en',
    canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 0, provenance: {},
  };
  return annotate({ text, meta, blocks: blocksOf(text) }, { ner: nodeNerModel() });
}

/** A speaker is acceptable when it names the gold one: equal, or one contains the other as whole words. */
function acceptable(found: string | null, names: string[]): boolean {
  if (!found) return false;
  const f = ` ${nameKey(found)} `;
  return names.some((n) => {
    const g = ` ${nameKey(n)} `;
    return f.includes(g) || g.includes(f);
  });
}

describe('seed article against its gold annotations', () => {
  const annotation = run();
  const quoted = (opens: string) => annotation.quotes.filter((q) => text.slice(q.start, q.end).startsWith(opens));

  it.each(gold.quotes.filter((q) => q.required).map((q) => [q.opens, q] as const))('quote "%s…" is found with an acceptable speaker', (_opens, q) => {
    const found = quoted(q.opens);
    expect(found).toHaveLength(q.occurrences ?? 1);
    for (const f of found) {
      expect(acceptable(f.speaker, q.speaker), `speaker ${f.speaker} for "${q.opens}"`).toBe(true);
      expect(Boolean(f.partial)).toBe(q.partial);
    }
  });

  it.each(gold.entities.filter((e) => e.required).map((e) => [e.canonical, e] as const))('entity %s shows its gold type, names and role', (_name, g) => {
    const names = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].map(nameKey);
    const entity = annotation.entities.find((e) => g.mentions.some((m) => names(e).includes(nameKey(m))));
    expect(entity, `an entity for ${g.canonical}`).toBeDefined();
    expect(entity!.type, `type of ${g.canonical}`).toBe(g.type);
    for (const m of g.mentions) expect(names(entity!)).toContain(nameKey(m));
    if (g.role) expect(entity!.role?.toLowerCase()).toBe(g.role.toLowerCase());
  });

  it('summarises in 3 to 5 sentences that are not only the lead', () => {
    expect(annotation.summary.length).toBeGreaterThanOrEqual(3);
    expect(annotation.summary.length).toBeLessThanOrEqual(5);
    const lead = annotation.summary.filter((s) => s.start < text.indexOf('Fearing'));
    expect(lead.length).toBeLessThan(annotation.summary.length);
  });
});
