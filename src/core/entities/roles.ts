// The description the article gives a person: an appositive after the name ("Abdelkarim Khalaf, spokesman for
// Prime Minister Adel Abdel Mahdi"), one before it ("His special envoy to the coalition, James Jeffrey"), or the
// title and modifiers in front of it ("US President Donald Trump", "Iranian General Qasem Soleimani"). The
// article's first description wins; an appositive beats a bare title at the same mention. Each mention looks
// only at a short window around it.
import type { Entity, Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { MentionIndex } from './mention-index';
import { MALE_HONORIFICS, FEMALE_HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from './lexicon';

const WINDOW = 160;
const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|this|that)$/iu;
const ROLE_END = /[,;:.!?()\[\]—–"“”]|\s(?:who|whom|which|whose|and|but|said|says|told|has|had|is|was|will|would)\s/u;
const MAX_ROLE_WORDS = 12;
const AFTER_HEAD = /^(?:of|for|to|at|in|on|with|from|and|&|-|['’]s)$/iu;

export function assignRoles(text: string, entities: Entity[], _sentences: Span[]): Entity[] {
  const index = new MentionIndex(entities);
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    for (const m of e.mentions) {
      const role = appositiveAfter(text, m, index) ?? appositiveBefore(text, m, index) ?? preModifier(text, m, index);
      if (role) return { ...e, role };
    }
    return e;
  });
}

/** The role phrase, if `words` form one: modifiers and names leading to a role noun ("senior US defence official"). */
function roleHead(words: Token[], index: MentionIndex): number {
  let i = 0;
  if (words[0] && DETERMINERS.test(words[0].text)) i++;
  for (; i < words.length && i < 7; i++) {
    const w = words[i].text;
    const lower = w.toLowerCase();
    if (ROLE_NOUNS.has(lower) || (TITLES.has(lower) && !isHonorific(lower))) return i;
    const nameLike = index.at(words[i].start) !== undefined || /^\p{Lu}{2,}$/u.test(w) || /['’]s$/u.test(w);
    if (!nameLike && !ROLE_MODIFIERS.has(lower)) return -1;
  }
  return -1;
}

function isHonorific(word: string): boolean {
  return MALE_HONORIFICS.has(word) || FEMALE_HONORIFICS.has(word) || /^(?:dr\.?|prof\.?)$/u.test(word);
}

/** "Name, spokesman for X," → "spokesman for X". */
function appositiveAfter(text: string, m: Span, index: MentionIndex): string | null {
  const after = text.slice(m.end, Math.min(text.length, m.end + WINDOW));
  const comma = /^\s*,\s*/u.exec(after);
  if (!comma) return null;
  const rest = after.slice(comma[0].length);
  const stop = ROLE_END.exec(rest);
  const phrase = rest.slice(0, stop ? stop.index : rest.length);
  return rolePhrase(text, m.end + comma[0].length, phrase, index);
}

/** "His special envoy to the coalition, James Jeffrey," → "special envoy to the coalition". */
function appositiveBefore(text: string, m: Span, index: MentionIndex): string | null {
  const lo = Math.max(0, m.start - WINDOW);
  const before = text.slice(lo, m.start);
  const clause = /(?:^|[.;:!?\n]\s*|,\s+)([^.;:!?\n,]+),\s*$/u.exec(before);
  if (!clause || !/^[,\s]/u.test(text.slice(m.end, m.end + 2) || ' ')) return null;
  const start = lo + clause.index + clause[0].indexOf(clause[1]);
  return rolePhrase(text, start, clause[1], index);
}

function rolePhrase(text: string, start: number, phrase: string, index: MentionIndex): string | null {
  const words = tokenize(text, { start, end: start + phrase.trimEnd().length });
  if (!words.length || words.length > MAX_ROLE_WORDS) return null;
  const head = roleHead(words, index);
  if (head < 0) return null;
  // After the role noun, only its complement may follow ("spokesman for ...", "attorney general of ..."), not a
  // clause ("the group also views ...").
  // "Mosseri, Twitter CEO Jack Dorsey, ...": the title belongs to the next person named, not to this one.
  if (words.slice(head + 1).some((w) => index.at(w.start)?.entity.type === 'PER') && !words.slice(head + 1).some((w) => AFTER_HEAD.test(w.text))) return null;
  const after = words[head + 1];
  if (after && !AFTER_HEAD.test(after.text) && !ROLE_NOUNS.has(after.text.toLowerCase()) && !TITLES.has(after.text.toLowerCase()) && !/^\p{Lu}/u.test(after.text)) return null;
  const first = DETERMINERS.test(words[0].text) ? 1 : 0;
  if (first > head) return null;
  return text.slice(words[first].start, words[words.length - 1].end);
}

/** "US President Donald Trump" → "US President": titles, role nouns and their modifiers just before the name. */
function preModifier(text: string, m: Span, index: MentionIndex): string | null {
  const lo = Math.max(0, m.start - WINDOW);
  const words = tokenize(text, { start: lo, end: nameStart(text, m) });
  let i = words.length;
  while (i > 0 && fitsBeforeName(words[i - 1], words[i], words[i - 2], index)) i--;
  const kept = words.slice(i);
  while (kept.length && (DETERMINERS.test(kept[0].text) || /^(?:of|-)$/u.test(kept[0].text))) kept.shift();
  if (!kept.length) return null;
  const last = kept[kept.length - 1].text.toLowerCase();
  const isRole = (ROLE_NOUNS.has(last) || TITLES.has(last)) && kept.some((w) => isRoleWord(w.text.toLowerCase()));
  if (!isRole || text.slice(kept[kept.length - 1].end, nameStart(text, m)).trim()) return null;
  return text.slice(kept[0].start, kept[kept.length - 1].end);
}

/** Where the name proper starts, after any title the tagger included in the mention ("President Trump"). */
function nameStart(text: string, m: Span): number {
  const words = tokenize(text, m);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i].text.toLowerCase())) i++;
  return words[i]?.start ?? m.start;
}

function isRoleWord(word: string): boolean {
  return (ROLE_NOUNS.has(word) || TITLES.has(word)) && !isHonorific(word);
}

function fitsBeforeName(w: Token, next: Token | undefined, prev: Token | undefined, index: MentionIndex): boolean {
  const lower = w.text.toLowerCase();
  // "vice-presidential": a hyphen inside a compound.
  if (lower === '-') return next !== undefined && next.start === w.end;
  if (TITLES.has(lower) || ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower)) return true;
  // "Secretary of State Mike Pompeo": a title of a title. Not "son of former President Richard ...", where the
  // words before "of" describe someone else.
  if (lower === 'of') return next !== undefined && TITLES.has(next.text.toLowerCase()) && prev !== undefined && TITLES.has(prev.text.toLowerCase());
  return index.at(w.start) !== undefined && next !== undefined;
}
