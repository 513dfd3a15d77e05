// The things painted in the page: each entity mention and each quote, with the article span it covers.
// Everything the pointer, the keyboard and the cards work on is one of these.
import type { Annotation, EntityType, Span } from '../core/types';

export type MarkGroup = EntityType | 'QUOTE';

export type Mark =
  | { kind: 'entity'; group: EntityType; entityId: string; /** index into the entity's sorted mentions */ mention: number; span: Span }
  | { kind: 'quote'; group: 'QUOTE'; quote: number; span: Span };

export const MARK_GROUPS: readonly MarkGroup[] = ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'];

function validSpan(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start < span.end;
}

/** An entity's mentions in reading order: prev/next navigation walks this list. */
export function sortedMentions(mentions: readonly Span[]): Span[] {
  return [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * All marks in reading order. Spans outside the text are dropped rather than trusted: the annotation crossed a
 * message boundary and may come from a cache written by another version.
 */
export function marksOf(annotation: Annotation): Mark[] {
  const length = annotation.article?.text.length ?? 0;
  const marks: Mark[] = [];
  for (const entity of annotation.entities) {
    sortedMentions(entity.mentions).forEach((span, mention) => {
      if (validSpan(span, length)) marks.push({ kind: 'entity', group: entity.type, entityId: entity.id, mention, span: { start: span.start, end: span.end } });
    });
  }
  annotation.quotes.forEach((quote, index) => {
    if (validSpan(quote, length)) marks.push({ kind: 'quote', group: 'QUOTE', quote: index, span: { start: quote.start, end: quote.end } });
  });
  // Quotes before the entities they contain, so keyboard order reads "the quote, then the names inside it".
  return marks.sort((a, b) => a.span.start - b.span.start || (a.kind === b.kind ? a.span.end - b.span.end : a.kind === 'quote' ? -1 : 1));
}

/** The marks a user has chosen to see. */
export function visibleGroups(visibleTypes: readonly EntityType[], showQuotes: boolean): Set<MarkGroup> {
  const groups = new Set<MarkGroup>(visibleTypes);
  if (showQuotes) groups.add('QUOTE');
  return groups;
}
