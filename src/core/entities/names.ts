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

// Generational suffixes follow the surname without being it ("James P. Kennedy Jr." is still a Kennedy).
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/u;

/**
 * The words of a name, lower-cased, without leading titles or a closing generational suffix ("President Donald
 * Trump" → donald, trump; "Patrick Carlineo Jr." → patrick, carlineo).
 */
export function nameTokens(name: string): string[] {
  const tokens = nameKey(name).replace(/,/gu, ' ').split(/[\s]+/u).filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && TITLES.has(tokens[i])) i++;
  let end = tokens.length;
  if (end - i > 1 && NAME_SUFFIX.test(tokens[end - 1])) end--;
  return tokens.slice(i, end);
}

/**
 * The name a social handle spells ("@MattBevin" → "Matt Bevin", "@PFF_Browns" → "PFF Browns"), or null when the
 * text is no handle.
 */
export function handleName(text: string): string | null {
  const handle = /^@([\p{L}\p{N}_]{2,})$/u.exec(text.trim());
  if (!handle) return null;
  return handle[1]
    .replace(/_/gu, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .trim();
}

// Everyday short forms of English first names ("Pat Carlineo" is Patrick Carlineo), both ways.
const DIMINUTIVES: [string, string[]][] = [
  ['patrick', ['pat', 'paddy']], ['patricia', ['pat', 'patty', 'trish']], ['robert', ['rob', 'bob', 'bobby', 'robbie']],
  ['william', ['will', 'bill', 'billy', 'liam']], ['michael', ['mike', 'mick', 'mickey']], ['james', ['jim', 'jimmy', 'jamie']],
  ['thomas', ['tom', 'tommy']], ['david', ['dave', 'davey']], ['daniel', ['dan', 'danny']], ['joseph', ['joe', 'joey']],
  ['christopher', ['chris']], ['matthew', ['matt']], ['nicholas', ['nick', 'nicky']], ['anthony', ['tony']],
  ['stephen', ['steve']], ['steven', ['steve']], ['benjamin', ['ben', 'benny']], ['samuel', ['sam', 'sammy']],
  ['alexander', ['alex']], ['andrew', ['andy', 'drew']], ['edward', ['ed', 'eddie', 'ted', 'ned']],
  ['richard', ['rick', 'rich', 'dick']], ['charles', ['charlie', 'chuck']], ['elizabeth', ['liz', 'beth', 'betsy', 'libby']],
  ['katherine', ['kate', 'kathy', 'katie']], ['catherine', ['cathy', 'kate']], ['jennifer', ['jen', 'jenny']],
  ['margaret', ['maggie', 'peggy', 'meg']], ['rebecca', ['becky']], ['susan', ['sue', 'susie']], ['deborah', ['deb', 'debbie']],
  ['jonathan', ['jon']], ['timothy', ['tim']], ['gregory', ['greg']], ['jeffrey', ['jeff']], ['kenneth', ['ken', 'kenny']],
  ['lawrence', ['larry']], ['gerald', ['gerry', 'jerry']], ['frederick', ['fred', 'freddie']], ['peter', ['pete']],
  ['raymond', ['ray']], ['ronald', ['ron', 'ronnie']], ['donald', ['don', 'donnie']], ['douglas', ['doug']],
  ['philip', ['phil']], ['phillip', ['phil']], ['nathaniel', ['nate', 'nat']], ['zachary', ['zach', 'zack']],
];
const DIMINUTIVE_OF = new Map<string, Set<string>>();
for (const [full, shorts] of DIMINUTIVES) {
  for (const s of shorts) {
    DIMINUTIVE_OF.set(s, (DIMINUTIVE_OF.get(s) ?? new Set()).add(full));
    DIMINUTIVE_OF.set(full, (DIMINUTIVE_OF.get(full) ?? new Set()).add(s));
  }
}

function tokenCompatible(short: string, long: string): boolean {
  if (short === long) return true;
  if (DIMINUTIVE_OF.get(short)?.has(long)) return true;
  // An initial ("j" from "J.") stands for any word with that first letter.
  return (short.length === 1 && long.startsWith(short)) || (long.length === 1 && short.startsWith(long));
}

/**
 * Whether the person name `short` can refer to `long`: its words are an ordered subset of the longer name's
 * that keeps the surname (last word), each word equal or an initial of the other; or it is the first name alone.
 */
export function personNameFits(short: string[], long: string[]): boolean {
  if (!short.length) return false;
  if (short.length > long.length) return initialsFit(short, long);
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

/**
 * "B. U. Nzeribe" for "Benjamin Nzeribe": the same surname, the same first initial, and the extra words of the
 * longer form are only initials (middle names the other form leaves out). Two spelled-out first names never fit.
 */
function initialsFit(withInitials: string[], spelled: string[]): boolean {
  if (spelled.length < 2 || withInitials[withInitials.length - 1] !== spelled[spelled.length - 1]) return false;
  if (!tokenCompatible(withInitials[0], spelled[0])) return false;
  return withInitials.slice(1, -1).every((w) => w.length === 1);
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
