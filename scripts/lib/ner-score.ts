// Entity-level exact-match scoring, as conlleval counts it: a chunk is right only with the same type and the same
// first and last token.
import { chunks, ENTITY_TYPES } from '../../src/core/ner/tags';
import type { EntityType } from '../../src/core/types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type TypeCounts = Record<EntityType, Counts>;

export function emptyCounts(): TypeCounts {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as TypeCounts;
}

export function countSentence(gold: ArrayLike<number>, pred: ArrayLike<number>, into: TypeCounts): void {
  const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`;
  const goldChunks = chunks(gold);
  const goldKeys = new Set(goldChunks.map(key));
  const predChunks = chunks(pred);
  const predKeys = new Set(predChunks.map(key));
  for (const c of predChunks) into[c.type][goldKeys.has(key(c)) ? 'tp' : 'fp']++;
  for (const c of goldChunks) if (!predKeys.has(key(c))) into[c.type].fn++;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

/** Micro-averaged scores over `types`. */
export function micro(counts: TypeCounts, types: readonly EntityType[]): Prf {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    sum.tp += counts[t].tp;
    sum.fp += counts[t].fp;
    sum.fn += counts[t].fn;
  }
  return prf(sum);
}

export const CORE_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];
