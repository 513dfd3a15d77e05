import type { EntityType } from '../types';

// BIO tags over the four CoNLL types. Tag 0 is O; type k (1-based) has B = 2k-1 and I = 2k.
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const TAG_NAMES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NUM_TAGS = TAG_NAMES.length;
export const O = 0;

export function tagIndex(name: string): number {
  const i = (TAG_NAMES as readonly string[]).indexOf(name);
  if (i < 0) throw new Error(`Unknown NER tag: ${name}`);
  return i;
}

/** Entity type of a tag, or null for O. */
export function tagType(tag: number): EntityType | null {
  return tag === O ? null : ENTITY_TYPES[(tag - 1) >> 1];
}

export function isInside(tag: number): boolean {
  return tag !== O && (tag & 1) === 0;
}

/** BIO well-formedness: I-X only continues B-X or I-X. */
export function allowedAfter(prev: number, tag: number): boolean {
  return !isInside(tag) || (prev !== O && tagType(prev) === tagType(tag));
}

export interface TokenChunk {
  type: EntityType;
  /** First token index. */
  start: number;
  /** Token index past the last. */
  end: number;
}

/** Entity chunks of a tag sequence, conlleval-style: a stray I-X opens a chunk of its own. */
export function chunks(tags: ArrayLike<number>): TokenChunk[] {
  const out: TokenChunk[] = [];
  let open: TokenChunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = tagType(tag);
    if (open && (type !== open.type || !isInside(tag))) {
      out.push(open);
      open = null;
    }
    if (type && !open) open = { type, start: i, end: i + 1 };
    else if (open) open.end = i + 1;
  }
  if (open) out.push(open);
  return out;
}
