// The data every layer shares. Offsets are UTF-16 code units into `ArticleText.text`
// (what JavaScript string indices are), end exclusive.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of a name in the article text, as the tagger found it. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
}

/** A person, organisation, place or other name: all its mentions grouped under one canonical name. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Span[];
  /** Other surface forms the article uses for it ("Khalaf", "IS"). */
  aliases: string[];
  /** The description the article gives it ("spokesman for Prime Minister Adel Abdel Mahdi"). */
  role?: string;
  /** Importance in this article, 0..1, highest first in `Annotation.entities`. */
  salience: number;
}

export interface Quote extends Span {
  /** The speaker as the article names them ("Abdelkarim Khalaf", "a NATO official"), or null when unknown. */
  speaker: string | null;
  /** The entity that speaker resolves to, when it is a named entity. */
  entityId?: string;
  /** Where the speaker was found in the text (the name, or the pronoun that resolved to it). */
  speakerSpan?: Span;
  /** A fragment quoted inside reported speech or a scare quote, not a full direct quote. */
  partial?: boolean;
  /**
   * What kind of source the speaker is: a named person or organisation, an unnamed source ("a NATO official"), a
   * document ("the email"), or a named person reached through a pronoun ("he said").
   */
  speakerKind?: SpeakerKind;
  /** The description an unnamed speaker was given, when it was resolved to a named person ("the actor"). */
  speakerDescription?: string;
  /** Quote marks around a title ("on “Meet the Press”") or a term, nickname or scare quote: nobody's speech. */
  notSpeech?: 'title' | 'term';
}

export type SpeakerKind = 'named' | 'unnamed' | 'document' | 'pronoun';

export interface ArticleMeta {
  title: string | null;
  /** Authors as written on the page, joined for display. */
  byline: string | null;
  authors: string[];
  siteName: string | null;
  /** ISO 8601, or null when the page gives no trustworthy date. */
  published: string | null;
  modified: string | null;
  /** BCP 47 primary language ("en"), or null when unknown. */
  lang: string | null;
  canonicalUrl: string | null;
  image: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The page shows subscribers the full article and everyone else only its opening (a paywalled teaser). */
  paywalled?: boolean;
  /** The next page of a multi-page article: this text is only the part on this page. */
  nextPage?: string;
  /** Where each field came from ("json-ld", "opengraph", "meta", "time", "text"): lets the card say how sure it is. */
  provenance: Partial<Record<keyof ArticleMeta, string>>;
}

/** What article extraction hands to the language core. */
export interface ArticleText {
  text: string;
  meta: ArticleMeta;
  /** Paragraph-like blocks of `text` (headings, paragraphs, list items), in order. */
  blocks: Span[];
}

export interface Annotation {
  /** Pipeline and model version: a cached annotation from another version is stale. */
  version: string;
  article: (ArticleMeta & { text: string }) | null;
  /** Why there is no article (not an article, unreadable text, ...), when `article` is null. */
  reason?: string;
  /** What this article goes without, in one line: names when its language has no entity model. */
  notice?: string;
  entities: Entity[];
  quotes: Quote[];
  /** Key sentences, in text order. */
  summary: Span[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}
