// The entities memory knows, one record per entity across articles: the keys it is known by, the merges that made
// it (so each can be undone), and the keys the reader split from it (so they are never merged back). Pure record
// operations; the background stores the records (src/background/memory-store.ts).
import type { EntityType } from '../types';
import type { LinkReason } from './identity';
import { displayName, parseKey, tailOf } from './names';

export interface MergeRecord {
  keys: string[];
  name: string;
  reason: LinkReason;
  at: number;
}

export interface MemoryIdentity {
  /** One of its keys, the one it was first known by while that stays with it. */
  id: string;
  type: EntityType;
  /** The fullest of its names. */
  name: string;
  keys: string[];
  /** The name as an article first wrote it, for the keys that were an entity's own name (not an alias). */
  names: Record<string, string>;
  /** Last word of each key (`tailOf`): where related names are looked for. */
  tails: string[];
  /** Every word of every name: where a search by name looks. */
  words: string[];
  merged: MergeRecord[];
  apart: string[];
  lastSeen: number;
}

function indexed(identity: Omit<MemoryIdentity, 'tails' | 'words' | 'name'>): MemoryIdentity {
  // Names read from a page win over names rebuilt from a key (an alias, or an article kept by the first release).
  const names = Object.fromEntries(identity.keys.filter((k) => identity.names[k]).map((k) => [k, identity.names[k]]));
  const written = Object.values(names);
  return {
    ...identity,
    names,
    name: written.length ? written.reduce(fullerName) : displayName(identity.keys[0]),
    tails: [...new Set(identity.keys.map(tailOf))],
    words: [...new Set(identity.keys.flatMap((k) => parseKey(k).words))],
  };
}

/** The fuller of two names: more words, then more letters ("Abdelkarim Khalaf" over "Khalaf"). */
export function fullerName(a: string, b: string): string {
  const words = (s: string) => s.split(/\s+/).length;
  return words(b) > words(a) || (words(b) === words(a) && b.length > a.length) ? b : a;
}

export function newIdentity(keys: string[], name: string, type: EntityType, seenAt: number): MemoryIdentity {
  return indexed({ id: keys[0], type, keys: [...keys], names: namesFor(keys, name), merged: [], apart: [], lastSeen: seenAt });
}

/** The name an article wrote goes with the key folded from it; its other keys (aliases) read as folded. */
function namesFor(keys: string[], name: string): Record<string, string> {
  return { [keys[0]]: name };
}

/** `identity` known by more keys: the new ones are recorded as a merge when `reason` says it was one. */
export function withKeys(identity: MemoryIdentity, keys: string[], name: string, reason: LinkReason | 'same', at: number): MemoryIdentity {
  const fresh = keys.filter((k) => !identity.keys.includes(k));
  const merged = fresh.length && reason !== 'same' ? [...identity.merged, { keys: fresh, name, reason, at }] : identity.merged;
  return indexed({ ...identity, keys: [...identity.keys, ...fresh], names: { ...namesFor(keys, name), ...identity.names }, merged, lastSeen: Math.max(identity.lastSeen, at) });
}

/** `keep` with `other` merged into it; the merge can be undone with `split`. */
export function absorb(keep: MemoryIdentity, other: MemoryIdentity, reason: LinkReason, at: number): MemoryIdentity {
  const next = withKeys(keep, other.keys, other.name, reason, at);
  return indexed({ ...next, names: { ...other.names, ...next.names }, apart: [...new Set([...keep.apart, ...other.apart])], lastSeen: Math.max(next.lastSeen, other.lastSeen) });
}

/**
 * Undoes merge `index` of `identity`: the keys it brought become an entity of their own again, and each side
 * remembers the other's keys as apart. Null when there is no such merge.
 */
export function split(identity: MemoryIdentity, index: number): { rest: MemoryIdentity; parted: MemoryIdentity } | null {
  const merge = identity.merged[index];
  if (!merge) return null;
  const keys = identity.keys.filter((k) => !merge.keys.includes(k));
  if (!keys.length) return null;
  // The entity keeps its id unless that id was among the keys leaving.
  const restId = keys.includes(identity.id) ? identity.id : keys[0];
  const rest = indexed({
    ...identity,
    id: restId,
    keys,
    merged: identity.merged.filter((_, i) => i !== index),
    apart: [...new Set([...identity.apart, ...merge.keys])],
  });
  const parted = indexed({ id: merge.keys[0], type: identity.type, keys: merge.keys, names: identity.names, merged: [], apart: keys, lastSeen: identity.lastSeen });
  return { rest, parted };
}

/** `identity` without keys no article uses any more; null when none is left. */
export function withoutKeys(identity: MemoryIdentity, gone: Set<string>): MemoryIdentity | null {
  const keys = identity.keys.filter((k) => !gone.has(k));
  if (!keys.length) return null;
  if (keys.length === identity.keys.length) return identity;
  const merged = identity.merged.map((m) => ({ ...m, keys: m.keys.filter((k) => !gone.has(k)) })).filter((m) => m.keys.length);
  return indexed({ ...identity, id: keys.includes(identity.id) ? identity.id : keys[0], keys, merged });
}
