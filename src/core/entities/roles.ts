// The description the article gives an entity: an appositive after the name ("Abdelkarim Khalaf, spokesman for
// Prime Minister Adel Abdel Mahdi"), one before it ("His special envoy to the coalition, James Jeffrey"), or the
// whole phrase in front of it ("NASA planetary scientist Lucas Paganini", "chairman, CEO and president Craig
// Menear", "Pittsburgh quarterback", "DL" in a depth chart). Organisations and places get theirs too ("private
// equity giant The Carlyle Group", "Braunau am Inn, a town on the border with Germany"), from nouns that describe
// their kind. The article's first description wins; an appositive beats a phrase in front at the same mention.
// Each mention looks only at a short window around it.
import type { Entity, EntityType, Span } from '../types';
import type { LanguageProfile } from '../lang';
import { isAbbreviation } from '../text/abbreviations';
import { tokenize, type Token } from '../text/tokenize';
import { MentionIndex } from './mention-index';
import { assignProfileRoles } from './profile-roles';
import {
  LINE_START_POSITIONS,
  ORGANISATION_ROLE_NOUNS,
  PLACE_ROLE_NOUNS,
  POSITION_ABBREVIATIONS,
  QUALIFIED_POSITIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_STOP_WORDS,
  SPORTS_POSITIONS,
  TITLES,
} from './lexicon';

const WINDOW = 160;
const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|this|that)$/iu;
const ROLE_END = /[;:.!?()\[\]—–"“”]|,(?!\s*(?:and\s+)?[\p{L}.]+\s*(?:,|and\b))|\s(?:who|whom|which|whose|but|said|says|told|has|had|is|was|will|would)\s/u;
const MAX_ROLE_WORDS = 14;
const AFTER_HEAD = /^(?:of|for|to|at|in|on|with|from|and|&|-|['’]s|near|outside|inside|between)$/iu;
/** Lower-case words between a role's modifiers that are not content words of the role. */
const MAX_FREE_WORDS = 4;

/** Whether a word heads a description; `prev` is the word before it, which makes "end" in "defensive end" a position. */
type Heads = (word: Token, prev?: Token) => boolean;

/** The words that can head a description of an entity of this type. */
function headsFor(type: EntityType): Heads | null {
  const lower = (w: Token) => w.text.toLowerCase();
  if (type === 'PER') {
    return (w, prev) =>
      isRoleWord(lower(w)) || SPORTS_POSITIONS.has(lower(w)) || POSITION_ABBREVIATIONS.has(w.text) || (prev !== undefined && QUALIFIED_POSITIONS.get(lower(w))?.has(lower(prev)) === true);
  }
  if (type === 'ORG') return (w) => ORGANISATION_ROLE_NOUNS.has(lower(w));
  if (type === 'LOC') return (w) => PLACE_ROLE_NOUNS.has(lower(w));
  return null;
}

/** `lang`: the article's language; one with role words of its own is read by them (profile-roles.ts). */
export function assignRoles(text: string, entities: Entity[], _sentences: Span[], lang?: LanguageProfile): Entity[] {
  if (lang?.names) return assignProfileRoles(text, entities, lang);
  const index = new MentionIndex(entities);
  return entities.map((e) => {
    const heads = headsFor(e.type);
    if (!heads) return e;
    for (const m of e.mentions) {
      const role =
        appositiveAfter(text, m, index, heads) ??
        (e.type === 'PER' ? relativeClauseRole(text, m, index, heads) : null) ??
        appositiveBefore(text, m, index, heads) ??
        preModifier(text, m, index, heads, e.type === 'PER');
      if (role) return { ...e, role };
    }
    return e;
  });
}

// Forms of address, which say how to call someone but not what they do ("chairman" in the gender lists does).
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|sir|dame|lord|lady|dr|prof)\.?$/u;

function isHonorific(word: string): boolean {
  return HONORIFIC.test(word);
}

function isRoleWord(word: string): boolean {
  return (ROLE_NOUNS.has(word) || TITLES.has(word)) && !isHonorific(word);
}

/** A lower-case word that may sit inside a role as a modifier ("planetary", "foreign exchange", "Iran-backed"). */
function freeModifier(w: Token): boolean {
  const lower = w.text.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}\-]*$/u.test(w.text) || ROLE_STOP_WORDS.has(lower)) return false;
  // Past tenses and third persons are mostly verbs ("praised", "warns"); as modifiers they come hyphenated.
  return !/(?:ed|[^s]s)$/u.test(lower);
}

/**
 * Whether a token can be part of the modifiers of a role: names, acronyms, role words, possessives, modifiers. A
 * person's name only in the possessive ("Carlineo's attorney"), and only when `people` allows it.
 */
function modifierToken(w: Token, next: Token | undefined, index: MentionIndex, people: boolean): boolean {
  const lower = w.text.toLowerCase();
  if (ROLE_MODIFIERS.has(lower) || isRoleWord(lower) || SPORTS_POSITIONS.has(lower)) return true;
  if (/^['’]s$/u.test(w.text)) return true;
  const named = index.at(w.start);
  if (named) return named.entity.type !== 'PER' || (people && next !== undefined && (/^['’]s$/u.test(next.text) || index.at(next.start) === named));
  return /^\p{Lu}/u.test(w.text) && !ROLE_STOP_WORDS.has(lower);
}

/** A free modifier with an adjective's ending ("icy", "powerful", "elusive"), as coordinate adjectives have. */
function adjectival(w: Token): boolean {
  return freeModifier(w) && /(?:y|al|ic|ous|ive|ful|less|ant|ent|ary|ish|ible|able|ing)$/u.test(w.text);
}

/** A free modifier stands before another modifier or the role's head, never before a name ("kill U.S. Rep."). */
function freeBefore(next: Token | undefined, heads: Heads): boolean {
  if (!next) return false;
  const lower = next.text.toLowerCase();
  return heads(next) || ROLE_MODIFIERS.has(lower) || /^(?:-|,|['’]s)$/u.test(next.text) || /^\p{Ll}/u.test(next.text);
}

/** Index of the role's head in `words` (modifiers, names and free modifiers leading to it), or -1. */
function roleHead(words: Token[], index: MentionIndex, heads: Heads): number {
  let i = 0;
  if (words[0] && DETERMINERS.test(words[0].text)) i++;
  let free = 0;
  for (; i < words.length && i < 9; i++) {
    const w = words[i];
    if (heads(w, words[i - 1])) {
      // "foreign exchange trader": a title word ("foreign") can modify a later head; the role ends at the last one.
      for (let j = i + 1; j < words.length && (heads(words[j]) || ROLE_MODIFIERS.has(words[j].text.toLowerCase()) || freeModifier(words[j])); j++) {
        if (heads(words[j])) i = j;
      }
      // "senior foreign exchange trader and strategist": a second head joined by "and" belongs to the role.
      while (words[i + 2] && /^(?:and|&)$/u.test(words[i + 1].text) && heads(words[i + 2])) i += 2;
      return i;
    }
    if (/^[-,]$/u.test(w.text)) continue;
    if (modifierToken(w, words[i + 1], index, true)) continue;
    if (freeModifier(w) && freeBefore(words[i + 1], heads) && ++free <= MAX_FREE_WORDS) continue;
    return -1;
  }
  return -1;
}

/** "Name, spokesman for X," → "spokesman for X". */
function appositiveAfter(text: string, m: Span, index: MentionIndex, heads: Heads): string | null {
  const after = text.slice(m.end, Math.min(text.length, m.end + WINDOW));
  const comma = /^\s*,\s*/u.exec(after);
  if (!comma) return null;
  const rest = after.slice(comma[0].length);
  const end = roleEnd(rest);
  // "Sin Ho, Writer: Lee Jun": a phrase that a colon closes labels the next name, not this one.
  if (rest[end] === ':') return null;
  const phrase = rest.slice(0, end);
  return rolePhrase(text, m.end + comma[0].length, phrase, index, heads);
}

/** Where an appositive ends: at punctuation or a clause word, past the periods of "D.C." and "Inc.". */
function roleEnd(rest: string): number {
  const ends = new RegExp(ROLE_END.source, 'gu');
  for (let stop = ends.exec(rest); stop; stop = ends.exec(rest)) {
    if (stop[0] !== '.') return stop.index;
    const before = rest.slice(0, stop.index);
    const word = /(\p{L}+)$/u.exec(before)?.[1] ?? '';
    const after = rest.slice(stop.index + 1);
    if (/(?:^|[^\p{L}])\p{L}$/u.test(before) && /^\p{L}\./u.test(after)) continue;
    // A middle initial ("James T. Kirk").
    if (/(?:^|\s)\p{Lu}$/u.test(before) && /^\s\p{Lu}\p{Ll}/u.test(after)) continue;
    if (!/(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u.test(before) && !isAbbreviation(word)) return stop.index;
    // Inside "D.C" the acronym goes on, and so does the role before a capitalised word ("the U.S. Attorney for");
    // otherwise the period closes both the abbreviation and the role.
    if (/^\s\p{Lu}\p{Ll}/u.test(after) && /(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
    if (!/^\p{L}/u.test(after)) return stop.index + 1;
  }
  return rest.length;
}

/** "His special envoy to the coalition, James Jeffrey," → "special envoy to the coalition". */
function appositiveBefore(text: string, m: Span, index: MentionIndex, heads: Heads): string | null {
  const lo = Math.max(0, m.start - WINDOW);
  const before = text.slice(lo, m.start);
  const clause = /(?:^|[.;:!?\n]\s*|,\s+)([^.;:!?\n,]+),\s*$/u.exec(before);
  if (!clause || !/^(?:[,\s;]|\.(?:\s|$))/u.test(text.slice(m.end, m.end + 2) || ' ')) return null;
  const start = lo + clause.index + clause[0].indexOf(clause[1]);
  // "Braunau, a town on the border, Austria will ...": the clause describes the name before it.
  const previous = index.backFrom(lo + clause.index + 1, lo).next().value;
  // A clause opened by a conjunction is no appositive of that name ("Ann Lee, and was founded by her mother, ...").
  if (previous && !text.slice(previous.end, start).replace(/[\s,]/gu, '') && !/^(?:and|but|or)\s/u.test(clause[1])) return null;
  const role = rolePhrase(text, start, clause[1], index, heads);
  if (role) return role;
  // "boosted the prospects of Taiwan's incumbent president, Tsai Ing-wen", "founded by her mother, Ann Lee": the
  // role is the noun phrase after the clause's last preposition.
  const of = /^.*\s(?:of|by|with|to|for|from|about|against)\s+/su.exec(clause[1]);
  return of ? rolePhrase(text, start + of[0].length, clause[1].slice(of[0].length), index, heads) : null;
}

function rolePhrase(text: string, start: number, phrase: string, index: MentionIndex, heads: Heads): string | null {
  let words = tokenize(text, { start, end: start + phrase.trimEnd().length });
  if (!words.length) return null;
  const head = roleHead(words, index, heads);
  if (head < 0) return null;
  if (words.length > MAX_ROLE_WORDS) words = headWithComplement(words, head);
  if (words.length > MAX_ROLE_WORDS) return null;
  // After the role noun, only its complement may follow ("spokesman for ...", "attorney general of ..."), not a
  // clause ("the group also views ...").
  // "Mosseri, Twitter CEO Jack Dorsey, ...": the title belongs to the next person named, not to this one.
  if (words.slice(head + 1).some((w) => index.at(w.start)?.entity.type === 'PER') && !words.slice(head + 1).some((w) => AFTER_HEAD.test(w.text))) return null;
  const after = words[head + 1];
  if (after && !AFTER_HEAD.test(after.text) && !heads(after) && !/^\p{Lu}/u.test(after.text)) return null;
  const first = DETERMINERS.test(words[0].text) ? 1 : 0;
  if (first > head) return null;
  return text.slice(words[first].start, words[words.length - 1].end).replace(/[\s,]+$/u, '');
}

// Prepositions that open a second, locating phrase after a role's complement ("expert in X at the University of Y").
const LOCATING = /^(?:at|in|on|with|from|near|for)$/iu;

/**
 * A description too long for a card keeps its head and the head's first complement, dropping the phrases that locate
 * it ("an expert in drug policy at the Institute of ... in ..." → "an expert in drug policy").
 */
function headWithComplement(words: Token[], head: number): Token[] {
  const first = words.findIndex((w, k) => k > head && AFTER_HEAD.test(w.text) && w.text !== '-' && !/^['’]s$/u.test(w.text));
  if (first < 0) return words;
  const second = words.findIndex((w, k) => k > first + 1 && LOCATING.test(w.text));
  return second < 0 ? words : words.slice(0, second);
}

// "Ana Ruiz, who chairs the panel": what a relative clause right after the name says someone is or does.
const RELATIVE_IS = /^\s*,\s*who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+/u;
const RELATIVE_VERB = /^\s*,\s*who\s+(?:also\s+|now\s+|currently\s+)?((?:chairs|heads|leads|directs|runs|founded|co-founded|cofounded|owns|coaches|manages|edits|hosts|represents)\s+)/u;
const MAX_OBJECT_WORDS = 8;

/**
 * "Ana Ruiz, who is a senior fellow at X" → "senior fellow at X"; "Ana Ruiz, who chairs the budget panel" → "chairs
 * the budget panel" (the verb of holding a post with its object, as the article words it).
 */
function relativeClauseRole(text: string, m: Span, index: MentionIndex, heads: Heads): string | null {
  const after = text.slice(m.end, Math.min(text.length, m.end + WINDOW));
  const is = RELATIVE_IS.exec(after);
  if (is) {
    const rest = after.slice(is[0].length);
    const phrase = rest.slice(0, roleEnd(rest));
    // Only a noun phrase with an article ("who is a lawyer"), not a predicate ("who was arrested").
    if (!/^(?:a|an|the)\s/iu.test(phrase)) return null;
    return rolePhrase(text, m.end + is[0].length, phrase, index, heads);
  }
  const verb = RELATIVE_VERB.exec(after);
  if (!verb) return null;
  const rest = after.slice(verb[0].length);
  // The object ends where a second verb joins the clause ("runs the bakery and said ...").
  const object = rest.slice(0, roleEnd(rest)).split(/\s(?:and|but|or)\s+(?!\p{Lu})|\s(?:and|but|or)$/u)[0].trim();
  const words = object.split(/\s+/u);
  // The object is a name or a noun phrase with an article or possessive ("the committee", "Ostland's bank").
  if (!object || words.length > MAX_OBJECT_WORDS || !/^(?:the\s|\p{Lu})/u.test(object)) return null;
  if (words.some((w) => ROLE_STOP_WORDS.has(w.toLowerCase()) && !/^(?:the|of|and|for|on|in|at)$/iu.test(w))) return null;
  return `${verb[1]}${object}`;
}

/**
 * "NASA planetary scientist Lucas Paganini" → "NASA planetary scientist": the phrase just before the name that ends
 * in a role word, read leftwards over modifiers, names of organisations and places, possessives, hyphenated
 * compounds and a list of roles ("chairman, CEO and president"), up to a determiner, a stop word or punctuation.
 */
function preModifier(text: string, m: Span, index: MentionIndex, heads: Heads, person: boolean): string | null {
  if (person) {
    const credit = creditRole(text, m);
    if (credit) return credit;
  }
  const lo = Math.max(0, m.start - WINDOW);
  const start = person ? nameStart(text, m) : m.start;
  const words = tokenize(text, { start: lo, end: start });
  // "private equity giant The Carlyle Group": a name's own article stands between it and its description.
  if (!person && words.length > 1 && /^the$/iu.test(words[words.length - 1].text)) words.pop();
  const last = words[words.length - 1];
  if (!last || text.slice(last.end, start).trim().replace(/^the$/iu, '')) return null;
  let i = words.length - 1;
  if (!heads(last, words[i - 1]) && !lineStartPosition(text, last, person)) {
    // "ambassador to Britain Liu Xiaming": a title and its complement of capitalised words just before the name.
    const j = complementStart(words);
    if (j < 0) return null;
    i = j - 1;
  }
  let free = 0;
  while (i > 0) {
    const w = words[i - 1];
    const next = words[i];
    if (w.text === '-') {
      if (w.end !== next.start || words[i - 2]?.end !== w.start) break;
    } else if (/^(?:,|and|&)$/u.test(w.text)) {
      // A list of roles ("chairman, CEO and president") or of adjectives ("icy, ocean-harboring moon").
      const prev = words[i - 2];
      // Not a comma before a modifier that is also a title ("Another diplomat, former envoy Kurt Volker": two
      // phrases); "and" joins a modified second role ("billionaire investor and alleged fraudster").
      const modifier = ROLE_MODIFIERS.has(next.text.toLowerCase());
      const roles = prev && heads(prev) && (w.text === ',' ? heads(next) && !modifier : heads(next) || modifier);
      const adjectives = w.text === ',' && prev && adjectival(prev) && (adjectival(next) || words[i + 1]?.text === '-');
      if (!roles && !adjectives) break;
    } else if (words[i - 2]?.text === '-' && words[i - 2].end === w.start) {
      // The second half of a compound ("Iran-backed", "home-improvement").
    } else if (/^(?:of|to|for)$/iu.test(w.text)) {
      // "Secretary of State Mike Pompeo", "ambassador to Britain Liu Xiaming": a title's complement. Not "son of
      // former President Richard ...", where the words before "of" describe someone else.
      if (!/^\p{Lu}/u.test(next.text) || !words[i - 2] || !TITLES.has(words[i - 2].text.toLowerCase())) break;
    } else if (next.text !== '-' && !modifierToken(w, next, index, false) && !(freeModifier(w) && freeBefore(next, heads) && ++free <= MAX_FREE_WORDS)) break;
    if (text.slice(w.end, next.start).includes('\n')) break;
    i--;
  }
  const kept = words.slice(i);
  // "adding mobile marketing pioneer ...": a participle opening the phrase is the verb before it.
  const participle = (w: Token) => /^\p{Ll}+ing$/u.test(w.text) && !ROLE_MODIFIERS.has(w.text);
  if (kept.length > 1 && participle(kept[0])) kept.shift();
  // "urged Kiev to investigate former Vice President ...": a plain word after "to" is the verb of an infinitive.
  const infinitive = i > 0 && /^to$/iu.test(words[i - 1].text) && kept[0] === words[i];
  if (kept.length > 1 && infinitive && freeModifier(kept[0]) && !ROLE_MODIFIERS.has(kept[0].text.toLowerCase()) && !heads(kept[0])) kept.shift();
  while (kept.length > 1 && (DETERMINERS.test(kept[0].text) || /^(?:of|-|,|and|&|['’]s)$/u.test(kept[0].text))) kept.shift();
  // A lone honorific or title is no description ("Mr.", "President" before "Trump" is kept, "Mr." is not).
  if (kept.length === 1 && isHonorific(kept[0].text.toLowerCase())) return null;
  if (!kept.some((w, k) => heads(w, kept[k - 1]) || lineStartPosition(text, w, person))) return null;
  return text.slice(kept[0].start, kept[kept.length - 1].end);
}

// A credit line: "Lighting Design: Sin Ho", "Photography — Ann Lee", at the start of a line or after a comma.
const CREDIT = /(?:^|\n|,)[ \t]*(\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}?[\p{L}-]*){0,2})[ \t]*(?::[ \t]|[–—][ \t])[ \t]*$/u;
const CREDIT_WORDS = new Set(['design', 'lighting', 'costume', 'music', 'photography', 'editing', 'choreography', 'casting', 'script', 'make-up', 'makeup', 'sound', 'video', 'art', 'stage', 'set', 'props', 'prop']);

/** The role a credit line gives the name after it. */
function creditRole(text: string, m: Span): string | null {
  const credit = CREDIT.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!credit) return null;
  const words = credit[1].toLowerCase().split(/\s+/u);
  return words.some((w) => isRoleWord(w) || CREDIT_WORDS.has(w)) ? credit[1] : null;
}

/** Index of "to" in "... ambassador to (the) Great Britain" ending `words`, when a title precedes it; else -1. */
function complementStart(words: Token[]): number {
  for (let j = words.length - 2; j >= Math.max(1, words.length - 6); j--) {
    // "ambassador to the European Union Gordon Sondland": the complement's "the" is part of it.
    if (!/^\p{Lu}/u.test(words[j + 1].text) && !(words[j + 1].text === 'the' && j + 2 < words.length)) return -1;
    if (/^(?:of|to|for)$/u.test(words[j].text)) return TITLES.has(words[j - 1].text.toLowerCase()) ? j : -1;
  }
  return -1;
}

/** "S Damarious Randall" at the start of a line of a depth chart: a one-letter position. */
function lineStartPosition(text: string, w: Token, person: boolean): boolean {
  return person && LINE_START_POSITIONS.has(w.text) && /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, w.start - 20), w.start));
}

/** Where the name proper starts, after any title the tagger included in the mention ("President Trump"). */
function nameStart(text: string, m: Span): number {
  const words = tokenize(text, m);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i].text.toLowerCase())) i++;
  return words[i]?.start ?? m.start;
}
