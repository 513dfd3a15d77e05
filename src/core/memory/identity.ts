// Identity across articles without a knowledge base. Two names are one entity when they have the same type and
// their folded names agree, or one clearly extends the other: "Hillary Clinton" / "Hillary Rodham Clinton",
// "Abdel Mahdi" / "Adel Abdel Mahdi", "Ministry of Defence" / "Iraqi Ministry of Defence". A bare surname
// ("Khalaf") joins a full name only when memory knows one person by that surname and the two articles share
// other names; a first name alone, or a surname shared by two full names ("Bill Clinton", "Hillary Clinton"),
// never links anything. Every merge is recorded so the reader can undo it.
import { parseKey } from './names';

/** Why two names were taken for one entity. `alias`: one article used both names for it. */
export type LinkReason = 'alias' | 'extension' | 'surname';

/** How two names relate: the same once folded, one a clear extension of the other, or a bare surname of it. */
export type NameRelation = 'same' | 'extension' | 'surname';

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

function endsWith(long: string[], short: string[]): boolean {
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/** How two keys relate by name alone, or null when their names do not make them one entity. */
export function relation(a: string, b: string): NameRelation | null {
  const x = parseKey(a);
  const y = parseKey(b);
  if (x.type !== y.type || !x.words.length || !y.words.length) return null;
  const [short, long] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
  if (short.length === long.length) return short.every((w, i) => w === long[i]) ? 'same' : null;
  if (x.type === 'PER') {
    if (short.length === 1) return short[0] === long[long.length - 1] ? 'surname' : null;
    // Middle names ("Hillary Rodham Clinton") or a given name before a compound surname ("Adel Abdel Mahdi").
    const middle = short[0] === long[0] && short[short.length - 1] === long[long.length - 1] && isSubsequence(short, long);
    return middle || endsWith(long, short) ? 'extension' : null;
  }
  // One qualifying word in front ("Iraqi Ministry of Defence"); a word added after names something else
  // ("United Nations Security Council" is not the United Nations).
  return short.length >= 2 && long.length === short.length + 1 && endsWith(long, short) ? 'extension' : null;
}

/** An entity memory already knows, as identity resolution sees it. */
export interface Candidate {
  id: string;
  keys: string[];
  /** Keys the reader split from this entity: never linked to it again. */
  apart: string[];
  /** Whether the articles behind it share other names with the article being remembered (see `corroborates`). */
  corroborated?: boolean;
}

export interface Decision {
  /** The entities the new one is, the one to keep first; more than one means they are merged. */
  ids: string[];
  reason: LinkReason | 'same';
}

function strongest(keys: string[], candidate: Candidate): NameRelation | null {
  let best: NameRelation | null = null;
  for (const k of keys) {
    for (const c of candidate.keys) {
      const r = relation(k, c);
      if (r === 'same') return r;
      if (r === 'extension' || (r === 'surname' && best === null)) best = r;
    }
  }
  return best;
}

/** Candidates that only a bare surname links to: the ones whose articles must corroborate the link. */
export function surnameOnly(keys: string[], candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => strongest(keys, c) === 'surname');
}

const isFullPerson = (key: string) => key.startsWith('PER:') && parseKey(key).words.length >= 2;

/**
 * Which known entities an entity with these keys is. `candidates` are all entities sharing a last word with one of
 * the keys (memory finds them by `tailOf`). Null: a new entity.
 */
export function decide(keys: string[], candidates: Candidate[]): Decision | null {
  const open = candidates.filter((c) => !c.apart.some((k) => keys.includes(k)));
  const related = open.map((c) => ({ c, r: strongest(keys, c) }));
  const same = related.filter((x) => x.r === 'same').map((x) => x.c);
  // Two entities this article called by each other's names are one: each had been known by one of them.
  if (same.length) return { ids: same.map((c) => c.id), reason: same.length > 1 ? 'alias' : 'same' };
  const extended = related.filter((x) => x.r === 'extension');
  if (extended.length) return extended.length === 1 ? { ids: [extended[0].c.id], reason: 'extension' } : null;
  const bySurname = related.filter((x) => x.r === 'surname').map((x) => x.c);
  if (bySurname.length !== 1 || !bySurname[0].corroborated) return null;
  // The surname must name one person only: among known full names and this one, one person carries it.
  const fullNames = new Set<string>();
  if (keys.some(isFullPerson)) fullNames.add('new');
  for (const c of candidates) if (c.keys.some(isFullPerson)) fullNames.add(c.id);
  return fullNames.size === 1 ? { ids: [bySurname[0].id], reason: 'surname' } : null;
}

/** How many other names two articles must share before a bare surname in one is the full name in the other. */
export const CORROBORATING_NAMES = 2;

/**
 * Whether `earlier` articles share enough other names with an article whose names are `current`: the evidence a
 * surname-only link needs. `own` are the keys of the two entities being compared, which do not count.
 */
export function corroborates(current: Iterable<string>, earlier: { entities: string[] }[], own: Set<string>): boolean {
  const theirs = new Set(earlier.flatMap((a) => a.entities));
  let shared = 0;
  for (const k of new Set(current)) {
    if (!own.has(k) && theirs.has(k) && ++shared >= CORROBORATING_NAMES) return true;
  }
  return false;
}
