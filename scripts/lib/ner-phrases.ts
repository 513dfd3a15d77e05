// Builds the phrase table of multi-word name lists shipped with the model (src/core/ner/phrases.ts) from
// ../shared/data/gazetteers (sources and licences in its README and docs/ner.md): political parties (Party Facts,
// MIT), US-listed companies (NASDAQ/NYSE listings, ODC-PDDL), universities (Hipo university-domains-list, MIT) and
// US newspapers (Wikipedia lists via hearvox/wiki-media-cred, CC0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from '../../src/core/ner/lexicon';
import { MAX_PHRASE_TOKENS, NameList, PREFIX, extendPhraseHash } from '../../src/core/ner/phrases';
import { tokenize } from '../../src/core/text/tokenize';
import { DATA_DIR } from './ner-corpora';

export const NAME_LISTS: Record<string, number> = {
  'parties.txt': NameList.Party,
  'companies.txt': NameList.Company,
  'universities.txt': NameList.University,
  'news-outlets.txt': NameList.Outlet,
};

/** The name's tokens as our tokenizer splits running text, without a leading or trailing ", The" article. */
export function nameTokens(name: string): string[] {
  const bare = name.replace(/,\s*the$/i, '').replace(/^the\s+/i, '');
  return tokenize(bare).map((t) => t.text);
}

/**
 * Key → list bits (and PREFIX for proper prefixes) of every name in `lists` (list bit → names). One-word names that
 * are `ordinary` words (party short names such as "OUR" or "THE") are left out: matched case-insensitively they
 * would fire on every "our".
 */
export function phraseEntries(
  lists: ReadonlyMap<number, readonly string[]>,
  ordinary: (word: string) => boolean,
): Map<number, number> {
  const codes = new Map<number, number>();
  const or = (key: number, bits: number) => codes.set(key, (codes.get(key) ?? 0) | bits);
  for (const [bit, names] of lists) {
    for (const name of names) {
      const words = nameTokens(name);
      if (words.length === 0 || words.length > MAX_PHRASE_TOKENS) continue;
      if (words.length === 1 && ordinary(words[0])) continue;
      let h = 0;
      words.forEach((w, i) => {
        h = extendPhraseHash(h, w, i === 0);
        or(h, i === words.length - 1 ? bit : PREFIX);
      });
    }
  }
  return codes;
}

/**
 * The phrase table of the gazetteers in DATA_DIR (`skip`: list files left out, for an ablation) and of a language's
 * own lists (`extra`, by list bit).
 */
export function buildPhraseTable(
  ordinary: (word: string) => boolean,
  skip: readonly string[] = [],
  extra: ReadonlyMap<number, readonly string[]> = new Map(),
): Lexicon {
  const lists = new Map<number, string[]>();
  for (const [file, bit] of Object.entries(NAME_LISTS)) {
    if (skip.includes(file)) continue;
    const names = readFileSync(join(DATA_DIR, 'gazetteers', file), 'utf8').split(/\r?\n/).filter(Boolean);
    lists.set(bit, names);
  }
  for (const [bit, names] of extra) lists.set(bit, [...(lists.get(bit) ?? []), ...names]);
  return Lexicon.fromKeys([...phraseEntries(lists, ordinary)]);
}
