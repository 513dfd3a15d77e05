// A shorter name inside a longer one names the same thing when the article has introduced the longer one first and
// the shorter is what is left without a company designator ("Carlyle" after "The Carlyle Group", "Tempus" after
// "Tempus Inc.") or the longer name's head word ("Chronicle" after "San Francisco Chronicle", "Steelers" after
// "Pittsburgh Steelers", "Disney" after "Walt Disney Co."), or a team's city read as an organisation ("Cleveland"
// after "Cleveland Browns"). A product keeps apart from its maker ("Apple TV+" is
// not "Apple"), a place from an organisation named after it ("Hong Kong" / "Hong Kong Polytechnic University"),
// and a person's name is left to the person rules.
import type { EntityType } from '../types';

export interface ContainedForm<F> {
  form: F;
  key: string;
  tokens: string[];
  type: EntityType;
  first: number;
  /** Not yet merged with anything: only such short forms are linked here. */
  free: boolean;
}

const DESIGNATORS = new Set([
  'inc', 'corp', 'corporation', 'co', 'cos', 'company', 'companies', 'ltd', 'limited', 'plc', 'llc', 'lp', 'llp',
  'group', 'holdings', 'holding', 'ag', 'sa', 'nv', 'gmbh', 'bv', 'spa', 'incorporated', 'se', 'ab', 'asa',
]);

/** The name without the designators that close it ("carlyle group" → carlyle; "walt disney co" → walt disney). */
export function withoutDesignators(tokens: string[]): string[] {
  let end = tokens.length;
  while (end > 1 && DESIGNATORS.has(tokens[end - 1].replace(/[.,]/gu, ''))) end--;
  return tokens.slice(0, end);
}

export function linkContainedNames<F>(forms: ContainedForm<F>[], link: (short: ContainedForm<F>, long: ContainedForm<F>) => void): void {
  const longs = forms.filter((f) => f.tokens.length >= 2 && f.type !== 'PER');
  const alone = new Set(forms.filter((f) => f.tokens.length === 1).map((f) => f.tokens[0]));
  for (const short of forms) {
    if (!short.free) continue;
    const fits =
      short.tokens.length === 1
        ? longs.filter((long) => (long.first < short.first && (contains(long, short.tokens[0], short.type) || teamByCity(long, short, alone))) || namedByKind(long, short) || designatedOnly(long, short))
        : longs.filter((long) => (long.first < short.first && endsWith(long, short)) || namedByKind(long, short) || designatedOnly(long, short));
    // "11 Pro Max" fits "iPhone 11 Pro Max" and "Apple iPhone 11 Pro Max", one name inside the other: the longest.
    const outer = fits.filter((f) => !fits.some((g) => g !== f && g.tokens.length > f.tokens.length && g.tokens.slice(g.tokens.length - f.tokens.length).every((w, i) => w === f.tokens[i])));
    if (outer.length === 1) link(short, outer[0]);
  }
}

const bare = (w: string): string => w.replace(/['’]s?$/u, '');

/**
 * "Home Depot" and "THE HOME DEPOT INC" in a stock table below: a name and the same name with a company designator
 * are one company whichever comes first (a person's or a place's name is left alone).
 */
function designatedOnly<F>(long: ContainedForm<F>, short: ContainedForm<F>): boolean {
  if (short.type === 'PER' || short.type === 'LOC') return false;
  const core = withoutDesignators(long.tokens);
  return core.length < long.tokens.length && core.length === short.tokens.length && core.every((w, i) => bare(w) === bare(short.tokens[i]));
}

/**
 * "Cleveland" after "the Cleveland Browns" in an article that also says "the Browns": the city stands for the team
 * the article is about, even where the tagger read it as the place.
 */
function teamByCity<F>(long: ContainedForm<F>, short: ContainedForm<F>, alone: Set<string>): boolean {
  const core = withoutDesignators(long.tokens);
  const nickname = core[core.length - 1];
  return long.type === 'ORG' && short.type === 'LOC' && core.length === 2 && core[0] === short.tokens[0] && /s$/u.test(nickname) && alone.has(nickname);
}

/** "Echo Buds" after "Amazon Echo Buds", "Note 10 Plus" after "Samsung Galaxy Note 10 Plus": the longer name's end. */
function endsWith<F>(long: ContainedForm<F>, short: ContainedForm<F>): boolean {
  if (long.type === 'LOC' || short.type === 'LOC' || short.type === 'PER' || short.tokens.length >= long.tokens.length) return false;
  const tail = long.tokens.slice(long.tokens.length - short.tokens.length);
  return tail.every((w, i) => w === short.tokens[i]);
}

// Nouns that close a name by saying what kind of thing it is, not which one.
const KIND_NOUNS = new Set([
  'telescope', 'observatory', 'airport', 'university', 'college', 'station', 'stadium', 'arena', 'hospital', 'center',
  'centre', 'institute', 'museum', 'dam', 'prison', 'rover', 'spacecraft', 'index', 'composite', 'average',
]);

/**
 * "Nasdaq" and "the Nasdaq Composite", "Dow Jones" and "Dow Jones Industrial Average": the distinctive words of a
 * name followed only by (at most one modifier and) the noun of its kind name the same thing whichever comes first,
 * when the tagger gives both one type that is no person's or place's ("Washington" is not "Washington University").
 */
function namedByKind<F>(long: ContainedForm<F>, short: ContainedForm<F>): boolean {
  if (short.type !== long.type || short.type === 'PER' || short.type === 'LOC') return false;
  const core = withoutDesignators(long.tokens);
  const rest = core.slice(short.tokens.length);
  if (!rest.length || rest.length > 2 || !short.tokens.every((w, i) => core[i] === w)) return false;
  return KIND_NOUNS.has(rest[rest.length - 1]) && rest.slice(0, -1).every((w) => !KIND_NOUNS.has(w));
}

// Lower-case words that join a place's name to what locates it ("Braunau am Inn", "Stratford-upon-Avon").
const PLACE_JOINERS = new Set(['am', 'an', 'im', 'upon', 'on', 'sur', 'de', 'del', 'la']);

function contains<F>(long: ContainedForm<F>, word: string, shortType: EntityType): boolean {
  const core = withoutDesignators(long.tokens);
  // The whole name but its designator: any type, the tagger often reads a bare company name as a person or place.
  if (core.length === 1 && core.length < long.tokens.length) return core[0] === word;
  if (core.length < 2) return false;
  if (long.type === 'LOC') return shortType === 'LOC' && core[0] === word && PLACE_JOINERS.has(core[1]);
  // "Hubble" after "Hubble Space Telescope": the distinctive word before the nouns saying what kind of thing it is.
  if (shortType !== 'PER' && core[0] === word && KIND_NOUNS.has(core[core.length - 1]) && core.slice(1, -1).every((w) => !KIND_NOUNS.has(w))) return true;
  // "Cleveland" read as an organisation after "the Cleveland Browns": a team by its city.
  if (long.type === 'ORG' && shortType === 'ORG' && core.length === 2 && core[0] === word && /s$/u.test(core[1])) return true;
  // The head word of an organisation or a work, never a place's ("New Delhi" is not "Delhi").
  return core[core.length - 1] === word && shortType !== 'LOC';
}
