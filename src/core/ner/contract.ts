import type { Mention, Span } from '../types';

/** A loaded named-entity tagger: what the rest of Lede may rely on. */
export interface NerModel {
  /** Mentions found in `text`, tagging each sentence span; sorted by start, non-overlapping. */
  tag(text: string, sentences: Span[]): Mention[];
}
