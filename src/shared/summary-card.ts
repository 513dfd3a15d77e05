// The summary card as data: what the popup draws and what "copy as Markdown" writes, chosen once from an
// annotation and the reader's settings. Below both the popup and the exports, so neither depends on the other.
import type { Annotation, EntityType, Quote, SpeakerKind } from '../core/types';
import type { SeenIn } from './protocol';

export interface CardEntity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  mentions: number;
  seenIn: SeenIn[];
}

export interface CardQuote {
  /** Index into `Annotation.quotes`: what the page needs to scroll to it. */
  index: number;
  text: string;
  speaker: string | null;
  /** The description the article used for a speaker resolved to a name ("the Vermont senator"). */
  description: string | null;
  entityId: string | null;
}

/** Who the article quotes, counted over its distinct quotes (titles, nicknames and scare quotes left out). */
export interface Sourcing {
  /** Quotes from named people and organisations, "he said" resolved to one included. */
  named: number;
  /** Quotes from unnamed sources ("a NATO official", "the campaign"). */
  unnamed: number;
  /** Quotes from documents ("the email", "the report"). */
  documents: number;
  unattributed: number;
  /** The speaker quoted most, when someone is quoted more than once. */
  mostQuoted: { name: string; quotes: number } | null;
}

export interface SummaryCard {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  readingMinutes: number;
  wordCount: number;
  lang: string | null;
  cached: boolean;
  entities: CardEntity[];
  /** Entities of the visible types beyond those listed. */
  moreEntities: number;
  quotes: CardQuote[];
  moreQuotes: number;
  sourcing: Sourcing;
  keySentences: string[];
  /** What the reader should know about how sure the card is. */
  notes: string[];
}

export interface CardOptions {
  url: string;
  cached: boolean;
  history: Record<string, SeenIn[]>;
  visibleTypes: readonly EntityType[];
  showQuotes: boolean;
  maxEntities?: number;
  maxQuotes?: number;
  maxSentences?: number;
}

/** Whitespace runs (including newlines from the page) folded to single spaces, so text renders as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The quote's words without the marks around them: the card draws its own. */
export function stripQuoteMarks(text: string): string {
  return text.replace(/^["“”„«»‘’']+\s*/, '').replace(/\s*["“”„«»‘’']+$/, '');
}

/** At most this many of each type, before the rest fill by salience: names of other kinds (nationalities, adjectives
 * like "Western") are frequent but tell a reader less than the people, organisations and places. */
const TYPE_QUOTA: Record<EntityType, number> = { PER: 3, ORG: 2, LOC: 2, MISC: 1 };

/** The mix lifts a type's leaders, not the names salience set far down: one met only in photo captions keeps 0.3 of its
 * score there, and must not come back in by its type. A lifted name has at least this share of the salience of the
 * last name a list by salience alone would show. */
const LIFT_SHARE = 0.5;

/** The most salient entities (`ranked` by salience, highest first) with a mix of types, listed in salience order. */
export function pickEntities<E extends { type: EntityType; salience: number }>(ranked: E[], max: number): E[] {
  const taken = new Set<E>();
  const perType: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  const floor = (ranked[max - 1]?.salience ?? 0) * LIFT_SHARE;
  for (const e of ranked) {
    if (taken.size >= max) break;
    if (perType[e.type] < TYPE_QUOTA[e.type] && e.salience >= floor) {
      taken.add(e);
      perType[e.type] += 1;
    }
  }
  for (const e of ranked) {
    if (taken.size >= max) break;
    taken.add(e);
  }
  return ranked.filter((e) => taken.has(e));
}

interface RankedQuote extends CardQuote {
  partial: boolean;
}

/**
 * The article's quotes as a reader lists them: each wording once (pages repeat a quote as a pull quote), and no
 * title, nickname or scare quote. Indices are into `annotation.quotes`.
 */
export function distinctQuotes(annotation: Annotation): { index: number; quote: Quote; words: string }[] {
  const text = annotation.article?.text ?? '';
  const seen = new Set<string>();
  const out: { index: number; quote: Quote; words: string }[] = [];
  annotation.quotes.forEach((quote, index) => {
    if (quote.notSpeech) return;
    const words = stripQuoteMarks(oneLine(text.slice(quote.start, quote.end)));
    const key = words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ index, quote, words });
  });
  return out;
}

function uniqueQuotes(annotation: Annotation): RankedQuote[] {
  return distinctQuotes(annotation).map(({ index, quote: q, words }) => ({
    index,
    text: words,
    speaker: q.speaker ? oneLine(q.speaker) : null,
    description: q.speakerDescription ? oneLine(q.speakerDescription) : null,
    entityId: q.entityId ?? null,
    partial: !!q.partial,
  }));
}

/** A quote's kind of source; annotations cached before kinds existed fall back on the entity link. */
function kindOf(q: Quote): SpeakerKind | null {
  if (!q.speaker) return null;
  return q.speakerKind ?? (q.entityId ? 'named' : 'unnamed');
}

export function sourcingOf(annotation: Annotation): Sourcing {
  const sourcing: Sourcing = { named: 0, unnamed: 0, documents: 0, unattributed: 0, mostQuoted: null };
  const bySpeaker = new Map<string, { name: string; quotes: number }>();
  for (const { quote } of distinctQuotes(annotation)) {
    const kind = kindOf(quote);
    if (kind === null) sourcing.unattributed++;
    else if (kind === 'document') sourcing.documents++;
    else if (kind === 'unnamed') sourcing.unnamed++;
    else {
      sourcing.named++;
      const key = quote.entityId ?? quote.speaker!.toLowerCase();
      const entry = bySpeaker.get(key) ?? { name: oneLine(quote.speaker!), quotes: 0 };
      entry.quotes++;
      bySpeaker.set(key, entry);
    }
  }
  for (const entry of bySpeaker.values()) {
    if (entry.quotes > 1 && entry.quotes > (sourcing.mostQuoted?.quotes ?? 0)) sourcing.mostQuoted = entry;
  }
  return sourcing;
}

/** Full quotes by named speakers first, one per speaker before any speaker gets a second; shown in text order. */
function pickQuotes(quotes: RankedQuote[], max: number): CardQuote[] {
  const ranked = [...quotes].sort((a, b) => Number(a.partial) - Number(b.partial) || Number(!a.entityId) - Number(!b.entityId) || Number(!a.speaker) - Number(!b.speaker) || a.index - b.index);
  const speakers = new Set<string | null>();
  const picked: RankedQuote[] = [];
  for (const q of ranked) {
    if (picked.length < max && !speakers.has(q.speaker)) {
      picked.push(q);
      speakers.add(q.speaker);
    }
  }
  for (const q of ranked) if (picked.length < max && !picked.includes(q)) picked.push(q);
  return picked.sort((a, b) => a.index - b.index).map(({ partial: _p, ...q }) => q);
}

/** Summary sentences that add to the card: one that only repeats a quote shown above is left out. */
function keySentences(annotation: Annotation, shown: CardQuote[], max: number): string[] {
  const text = annotation.article!.text;
  const quoted = shown.map((q) => annotation.quotes[q.index]);
  const fresh = annotation.summary.filter((s) => !quoted.some((q) => q.start < s.end && s.start < q.end));
  return (fresh.length ? fresh : annotation.summary).slice(0, max).map((s) => oneLine(text.slice(s.start, s.end))).filter(Boolean);
}

function notesFor(annotation: Annotation, quotes: RankedQuote[]): string[] {
  const article = annotation.article!;
  const notes: string[] = [];
  if (!article.published) notes.push('The page gives no publication date.');
  else if (article.provenance.published === 'text') notes.push('The date was read from the article text and may be approximate.');
  // An article whose language has no entity model says so in its notice instead.
  if (annotation.entities.length === 0 && !annotation.notice) notes.push('No names were recognised in this article.');
  if (article.wordCount < 150) notes.push('This is a short text: the summary may be thin.');
  const unattributed = quotes.filter((q) => !q.speaker).length;
  if (unattributed) notes.push(`${unattributed === 1 ? 'One quote has' : `${unattributed} quotes have`} no identified speaker.`);
  return notes;
}

export function buildCard(annotation: Annotation, options: CardOptions): SummaryCard {
  const article = annotation.article;
  if (!article) throw new Error('buildCard needs an annotation with an article');
  const { text } = article;
  // More than usually fits: the popup trims to its box (fit.ts), so short texts still fill the card.
  const maxEntities = options.maxEntities ?? 6;
  const maxQuotes = options.maxQuotes ?? 3;
  const maxSentences = options.maxSentences ?? 3;
  const visible = annotation.entities
    .filter((e) => options.visibleTypes.includes(e.type))
    .sort((a, b) => b.salience - a.salience);
  const entities = pickEntities(visible, maxEntities).map((e) => ({
    id: e.id,
    name: oneLine(e.name),
    type: e.type,
    role: e.role ? oneLine(e.role) : null,
    mentions: e.mentions.length,
    seenIn: options.history[e.id] ?? [],
  }));
  const allQuotes = uniqueQuotes(annotation);
  const shownQuotes = options.showQuotes ? pickQuotes(allQuotes, maxQuotes) : [];
  return {
    url: options.url,
    title: oneLine(article.title ?? '') || 'Untitled article',
    siteName: article.siteName ? oneLine(article.siteName) : null,
    byline: article.byline ? oneLine(article.byline) : null,
    published: article.published,
    readingMinutes: article.readingMinutes,
    wordCount: article.wordCount,
    lang: article.lang,
    cached: options.cached,
    entities,
    moreEntities: Math.max(0, visible.length - entities.length),
    quotes: shownQuotes,
    sourcing: sourcingOf(annotation),
    moreQuotes: options.showQuotes ? Math.max(0, allQuotes.length - shownQuotes.length) : 0,
    keySentences: keySentences(annotation, shownQuotes, maxSentences),
    notes: notesFor(annotation, allQuotes),
  };
}
