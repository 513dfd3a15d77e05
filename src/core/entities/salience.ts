import type { Entity, Quote } from '../types';

/** Ranks entities by importance (frequency and first position for now), highest first. */
export function rankEntities(text: string, entities: Entity[], _quotes: Quote[], _title: string | null): Entity[] {
  const max = Math.max(1, ...entities.map((e) => e.mentions.length));
  return entities
    .map((e) => ({ ...e, salience: (e.mentions.length / max) * 0.8 + (1 - e.mentions[0].start / Math.max(1, text.length)) * 0.2 }))
    .sort((a, b) => b.salience - a.salience);
}
