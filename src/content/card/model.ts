// What a card says, derived from the annotation alone (no DOM), so the wording is testable in isolation.
import type { Annotation, Entity, EntityType } from '../../core/types';
import type { SeenIn } from '../../shared/protocol';
import type { Mark } from '../marks';
import { entityKey } from '../../core/memory/names';

export const TYPE_LABELS: Record<EntityType, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other name' };

export interface QuoteSummary {
  index: number;
  text: string;
}

export interface EntityCard {
  kind: 'entity';
  entityId: string;
  type: EntityType;
  typeLabel: string;
  name: string;
  role: string | null;
  aliases: string[];
  /** 1-based position of the shown mention among the entity's mentions. */
  position: number;
  mentionCount: number;
  quotes: QuoteSummary[];
  moreQuotes: number;
  /** The first few earlier articles, and how many there are in all. */
  seenIn: SeenIn[];
  seenCount: number;
  /** The key the reading memory knows the entity by: its page there. */
  memoryKey: string;
}

export interface QuoteCard {
  kind: 'quote';
  index: number;
  text: string;
  speaker: string | null;
  speakerEntityId: string | null;
  speakerType: EntityType | null;
  partial: boolean;
}

export type CardModel = EntityCard | QuoteCard;

// Page-derived strings can be anything, including megabytes: a card shows a readable slice.
const MAX_NAME = 120;
const MAX_ROLE = 200;
const MAX_QUOTE = 280;
const MAX_ALIASES = 5;
const MAX_QUOTES = 3;
const MAX_SEEN = 3;

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Quote text without its outer quote marks: the card draws its own. */
export function quoteText(text: string): string {
  return text.replace(/^[\s"'“”‘’«»„‚]+|[\s"'“”‘’«»„‚]+$/g, '');
}

export function cardFor(mark: Mark, annotation: Annotation, history: Record<string, SeenIn[]>): CardModel | null {
  const text = annotation.article?.text ?? '';
  if (mark.kind === 'quote') {
    const quote = annotation.quotes[mark.quote];
    if (!quote) return null;
    const speakerEntity = quote.entityId ? annotation.entities.find((e) => e.id === quote.entityId) ?? null : null;
    const speaker = speakerEntity?.name ?? quote.speaker;
    return {
      kind: 'quote',
      index: mark.quote,
      text: clip(quoteText(text.slice(quote.start, quote.end)), MAX_QUOTE),
      speaker: speaker ? clip(speaker, MAX_NAME) : null,
      speakerEntityId: speakerEntity?.id ?? null,
      speakerType: speakerEntity?.type ?? null,
      partial: quote.partial === true,
    };
  }
  const entity = annotation.entities.find((e) => e.id === mark.entityId);
  return entity ? entityCard(entity, mark.mention, annotation, history) : null;
}

export function entityCard(entity: Entity, mention: number, annotation: Annotation, history: Record<string, SeenIn[]>): EntityCard {
  const text = annotation.article?.text ?? '';
  const name = clip(entity.name, MAX_NAME);
  const aliases = [...new Set(entity.aliases.map((a) => clip(a, MAX_NAME)))].filter((a) => a && a !== name);
  // A pull quote repeats a quote from the body: the card lists each wording once.
  const seenWording = new Set<string>();
  const quotes = annotation.quotes
    .map((q, index) => ({ q, index, wording: quoteText(text.slice(q.start, q.end)).replace(/\s+/g, ' ').toLowerCase() }))
    .filter(({ q, wording }) => {
      if (q.entityId !== entity.id || q.partial || seenWording.has(wording)) return false;
      seenWording.add(wording);
      return true;
    });
  const seen = Array.isArray(history[entity.id]) ? history[entity.id] : [];
  return {
    kind: 'entity',
    entityId: entity.id,
    type: entity.type,
    typeLabel: TYPE_LABELS[entity.type] ?? 'Name',
    name,
    role: entity.role ? clip(entity.role, MAX_ROLE) : null,
    aliases: aliases.slice(0, MAX_ALIASES),
    position: Math.min(mention, entity.mentions.length - 1) + 1,
    mentionCount: entity.mentions.length,
    quotes: quotes.slice(0, MAX_QUOTES).map(({ q, index }) => ({ index, text: clip(quoteText(text.slice(q.start, q.end)), 160) })),
    moreQuotes: Math.max(0, quotes.length - MAX_QUOTES),
    seenCount: seen.length,
    memoryKey: entityKey(entity.name, entity.type),
    seenIn: seen.slice(0, MAX_SEEN).map((s) => ({ ...s, title: s.title ? clip(s.title, 90) : null, siteName: s.siteName ? clip(s.siteName, 40) : null })),
  };
}

/** "Seen in 1 earlier article" / "Seen in 4 earlier articles", counting all, not just the ones listed. */
export function seenInLabel(count: number): string {
  return `Seen in ${count} earlier article${count === 1 ? '' : 's'}`;
}

/** What a screen reader hears when keyboard navigation lands on a mark: short, no decoration. */
export function announcement(card: CardModel, index: number, total: number): string {
  const where = `${index + 1} of ${total}`;
  if (card.kind === 'quote') return `Quote${card.speaker ? ` by ${card.speaker}` : ''}. ${where}.`;
  return `${card.name}, ${card.typeLabel.toLowerCase()}${card.role ? `, ${card.role}` : ''}. ${where}.`;
}
