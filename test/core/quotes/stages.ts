// Runs the stages after NER (clustering, roles, quotes, attribution, salience, summary) over a text whose names are
// given by hand, so these tests do not depend on what the trained tagger gets right.
import { expect } from 'vitest';
import type { Entity, EntityType, Mention, Quote, Span } from '../../../src/core/types';
import { splitSentences } from '../../../src/core/text/sentences';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { assignRoles } from '../../../src/core/entities/roles';
import { rankEntities } from '../../../src/core/entities/salience';
import { findQuotes } from '../../../src/core/quotes/find';
import { attributeQuotes } from '../../../src/core/quotes/attribute';
import { summarize } from '../../../src/core/summary/summarize';
import { EN_SUMMARY_WORDS } from '../../../src/core/lang/en/summary-words';

/** Paragraphs as blocks: one per non-empty line. */
export function blocksOf(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Every whole-word occurrence of each name, longest names first, never overlapping. */
export function tagNames(text: string, names: Record<string, EntityType>): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + name.length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      out.push({ start, end, text: name, type: names[name] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface StagesOut {
  text: string;
  entities: Entity[];
  quotes: Quote[];
  summary: Span[];
}

export function runStages(text: string, names: Record<string, EntityType>, title: string | null = null): StagesOut {
  const blocks = blocksOf(text);
  const sentences = splitSentences(text, blocks);
  const clustered = clusterEntities(text, tagNames(text, names));
  const withRoles = assignRoles(text, clustered, sentences);
  const quotes = attributeQuotes(text, findQuotes(text, blocks), withRoles, sentences);
  const entities = rankEntities(text, withRoles, quotes, title);
  return { text, entities, quotes, summary: summarize(text, sentences, entities, quotes, EN_SUMMARY_WORDS) };
}

/** The quote whose text starts with `opening`, and its speaker. */
export function quoteOpening(out: StagesOut, opening: string): Quote | undefined {
  return out.quotes.find((q) => out.text.slice(q.start, q.end).startsWith(opening));
}

export function quoteTexts(text: string, quotes: Quote[]): string[] {
  return quotes.map((q) => text.slice(q.start, q.end));
}

/** The speaker (and, when given, the description) of the quote opening with `opening`, after every stage. */
export function expectSpeaker(text: string, names: Record<string, EntityType>, opening: string, speaker: string | null, description?: string | null): void {
  const q = quoteOpening(runStages(text, names), opening);
  expect(q, `quote opening "${opening}"`).toBeDefined();
  expect(q!.speaker).toBe(speaker);
  if (description !== undefined) expect(q!.speakerDescription ?? null).toBe(description);
}
