// Builds realistic annotations for content-script tests: entities and quotes are located in the text by their
// surface forms, the way the pipeline would report them, so offsets are always consistent with the text.
import { joinBlocks } from '../../src/article/render-text';
import type { Annotation, ArticleMeta, ArticleText, Entity, EntityType, Quote, Span } from '../../src/core/types';

export const META: ArticleMeta = {
  title: 'Flooding closes Rhine shipping', byline: 'Anna Weber', authors: ['Anna Weber'], siteName: 'Rivers Daily',
  published: '2024-02-03T09:00:00Z', modified: null, lang: 'en', canonicalUrl: null, image: null, wordCount: 120,
  readingMinutes: 1, provenance: {},
};

export const PARAGRAPHS = [
  'Shipping on the Rhine was halted on Tuesday after heavy rain pushed water levels past the safety mark in Cologne, the federal waterways agency WSV said.',
  '"We cannot let barges pass under the bridges at this level," said Markus Brandt, a spokesman for the WSV. Brandt added that traffic could resume by the weekend.',
  'Barge operator Rhenus warned of delays for customers including BASF, whose Ludwigshafen plant depends on river deliveries.',
  'Cologne mayor Henriette Reker said the city was "well prepared" and that flood walls had been raised along the old town.',
];

export function articleOf(paragraphs: string[] = PARAGRAPHS): ArticleText {
  return { ...joinBlocks(paragraphs), meta: META };
}

function allSpans(text: string, surface: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + surface.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ start: i, end: i + surface.length });
  }
  return out;
}

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  surfaces: string[];
  role?: string;
}

export interface QuoteSpec {
  text: string;
  speaker: string | null;
  entityId?: string;
  partial?: boolean;
}

export function annotationOf(article: ArticleText, entities: EntitySpec[], quotes: QuoteSpec[]): Annotation {
  // Longer surface forms claim their text first: "Brandt" inside "Markus Brandt" is not a second mention.
  const taken: Span[] = [];
  const built: Entity[] = entities.map((e, rank) => {
    const surfaces = [...e.surfaces].sort((a, b) => b.length - a.length);
    const mentions = surfaces.flatMap((s) => allSpans(article.text, s)).filter((m) => {
      if (taken.some((t) => t.start < m.end && m.start < t.end)) return false;
      taken.push(m);
      return true;
    });
    return {
      id: e.id, name: e.name, type: e.type, mentions, role: e.role, salience: 1 - rank / entities.length,
      aliases: e.surfaces.filter((s) => s !== e.name),
    };
  });
  const builtQuotes: Quote[] = quotes.map((q) => {
    const start = article.text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture lacks quote ${q.text}`);
    return { start, end: start + q.text.length, speaker: q.speaker, entityId: q.entityId, partial: q.partial };
  });
  return { version: 'test', article: { ...article.meta, text: article.text }, entities: built, quotes: builtQuotes, summary: [], timings: {} };
}

export const ENTITIES: EntitySpec[] = [
  { id: 'e-brandt', name: 'Markus Brandt', type: 'PER', surfaces: ['Markus Brandt', 'Brandt'], role: 'a spokesman for the WSV' },
  { id: 'e-wsv', name: 'WSV', type: 'ORG', surfaces: ['WSV'] },
  { id: 'e-rhine', name: 'Rhine', type: 'LOC', surfaces: ['Rhine'] },
  { id: 'e-cologne', name: 'Cologne', type: 'LOC', surfaces: ['Cologne'] },
  { id: 'e-reker', name: 'Henriette Reker', type: 'PER', surfaces: ['Henriette Reker'], role: 'Cologne mayor' },
  { id: 'e-basf', name: 'BASF', type: 'ORG', surfaces: ['BASF'] },
];

export const QUOTES: QuoteSpec[] = [
  { text: '"We cannot let barges pass under the bridges at this level,"', speaker: 'Markus Brandt', entityId: 'e-brandt' },
  { text: '"well prepared"', speaker: 'Henriette Reker', entityId: 'e-reker', partial: true },
];

export function sampleAnnotation(): { article: ArticleText; annotation: Annotation } {
  const article = articleOf();
  return { article, annotation: annotationOf(article, ENTITIES, QUOTES) };
}
