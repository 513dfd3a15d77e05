// How names compare: a comparison key that ignores case, accents, dots of initials, a leading "the" and a
// possessive, and the rule for when a shorter name can stand for a longer one ("Khalaf" for "Abdelkarim
// Khalaf", "J. Jeffrey" for "James Jeffrey", "Donald Trump" for "Donald J. Trump").
import { TITLES } from './lexicon';

const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** The name without a possessive ending ("Iraq's" → "Iraq", "the officials’" → "the officials"). */
export function stripPossessive(name: string): string {
  return POSSESSIVE.test(name) ? name.replace(/['’]s?$/u, '') : name;
}

export function nameKey(name: string): string {
  return stripPossessive(name.trim().replace(/[’‘`]/gu, "'"))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\./gu, '')
    .replace(/[\s\u00a0]+/gu, ' ');
}

/** The words of a name, lower-cased and without leading titles ("President Donald Trump" → donald, trump). */
export function nameTokens(name: string): string[] {
  const tokens = nameKey(name).split(/[\s]+/u).filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && TITLES.has(tokens[i])) i++;
  return tokens.slice(i);
}

function tokenCompatible(short: string, long: string): boolean {
  if (short === long) return true;
  // An initial ("j" from "J.") stands for any word with that first letter.
  return (short.length === 1 && long.startsWith(short)) || (long.length === 1 && short.startsWith(long));
}

/**
 * Whether the person name `short` can refer to `long`: its words are an ordered subset of the longer name's
 * that keeps the surname (last word), each word equal or an initial of the other; or it is the first name alone.
 */
export function personNameFits(short: string[], long: string[]): boolean {
  if (!short.length || short.length > long.length) return false;
  if (short.length === 1 && long.length > 1 && short[0] === long[0] && short[0].length > 1) return true;
  if (!tokenCompatible(short[short.length - 1], long[long.length - 1])) return false;
  // Multi-word surnames ("Abdel Mahdi") keep their words adjacent; first names may drop middle names.
  let j = long.length - 2;
  for (let i = short.length - 2; i >= 0; i--) {
    while (j >= 0 && !tokenCompatible(short[i], long[j])) j--;
    if (j < 0) return false;
    j--;
  }
  return short.length === 1 ? short[0].length > 1 : tokenCompatible(short[0], long[long.length - short.length]) || tokenCompatible(short[0], long[0]);
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'group']);

/** Whether `acronym` ("NATO", "IS", "U.S.") is made of the initials of `name`'s words. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[.\s]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const words = name.split(/[\s\-]+/u).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.map((w) => w[0].toUpperCase()).join('') === letters.toUpperCase();
}
