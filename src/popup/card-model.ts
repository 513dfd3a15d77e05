// The summary card as data: what the popup draws and what "copy as Markdown" writes, chosen once from an
// annotation and the reader's settings.
import type { Annotation, EntityType } from '../core/types';
import type { SeenIn } from '../shared/protocol';

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
  entityId: string | null;
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

function notesFor(annotation: Annotation, quotes: CardQuote[]): string[] {
  const article = annotation.article!;
  const notes: string[] = [];
  if (!article.published) notes.push('The page gives no publication date.');
  else if (article.provenance.published === 'text') notes.push('The date was read from the article text and may be approximate.');
  if (annotation.entities.length === 0) notes.push('No names were recognised in this article.');
  if (article.wordCount < 150) notes.push('This is a short text: the summary may be thin.');
  const unattributed = quotes.filter((q) => !q.speaker).length;
  if (unattributed) notes.push(`${unattributed === 1 ? 'One quote has' : `${unattributed} quotes have`} no identified speaker.`);
  return notes;
}

export function buildCard(annotation: Annotation, options: CardOptions): SummaryCard {
  const article = annotation.article;
  if (!article) throw new Error('buildCard needs an annotation with an article');
  const { text } = article;
  const maxEntities = options.maxEntities ?? 5;
  const maxQuotes = options.maxQuotes ?? 2;
  const maxSentences = options.maxSentences ?? 2;
  const visible = annotation.entities
    .filter((e) => options.visibleTypes.includes(e.type))
    .sort((a, b) => b.salience - a.salience);
  const entities = visible.slice(0, maxEntities).map((e) => ({
    id: e.id,
    name: oneLine(e.name),
    type: e.type,
    role: e.role ? oneLine(e.role) : null,
    mentions: e.mentions.length,
    seenIn: options.history[e.id] ?? [],
  }));
  // Full quotes with a named speaker first: they are what a reader scans the card for.
  const allQuotes = annotation.quotes
    .map((q, index) => ({ index, text: stripQuoteMarks(oneLine(text.slice(q.start, q.end))), speaker: q.speaker ? oneLine(q.speaker) : null, entityId: q.entityId ?? null, partial: !!q.partial }))
    .filter((q) => q.text.length > 0);
  const ranked = [...allQuotes].sort((a, b) => Number(a.partial) - Number(b.partial) || Number(!a.speaker) - Number(!b.speaker) || a.index - b.index);
  const shownQuotes = options.showQuotes ? ranked.slice(0, maxQuotes).sort((a, b) => a.index - b.index).map(({ partial: _p, ...q }) => q) : [];
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
    moreQuotes: options.showQuotes ? Math.max(0, allQuotes.length - shownQuotes.length) : 0,
    keySentences: annotation.summary.slice(0, maxSentences).map((s) => oneLine(text.slice(s.start, s.end))).filter(Boolean),
    notes: notesFor(annotation, allQuotes),
  };
}
