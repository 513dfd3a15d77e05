// A person's role in a language with role words of its own (Portuguese, Spanish): the role phrase right before the
// name ("o presidente Luiz Inácio Lula da Silva" → "presidente"), before it and a comma after a determiner ("a
// ministra da Saúde, Ana Costa" → "ministra da Saúde"), or in an appositive after it ("Ana Costa, ministra da
// Saúde, disse"). A role phrase is role words ("ex-presidente", "primeiro-ministro"), at most two adjectives
// ("presidente eleito"), and what the role is of, joined by one of the language's links ("da Saúde").
import type { Entity, Span } from '../types';
import type { LanguageProfile, NameWords } from '../lang';
import { tokenize, type Token } from '../text/tokenize';

const WINDOW = 120;
const MAX_ADJECTIVES = 2;
const MAX_COMPLEMENT_WORDS = 6;
// What ends a phrase: punctuation other than a hyphen.
const STOP = /^[^\p{L}\p{N}-]$/u;
const CLAUSE_START = /(?:^\s*|[.!?;:,(—–"“]\s*|\n\s*)$/u;

interface Words {
  names: NameWords;
  determiners: readonly string[];
  /** Function words, verbs of saying and adverbs: lower-case words that are no adjective of a role. */
  closed: Set<string>;
}

/** Each person's first role the article gives, when the language has role words; other entities as they are. */
export function assignProfileRoles(text: string, entities: Entity[], lang: LanguageProfile): Entity[] {
  if (!lang.names) return entities;
  const cues = lang.cues;
  const closed = new Set([...(lang.stopwords ?? []), ...(cues ? [...cues.verbs, ...cues.adverbs, ...cues.phraseEnds, ...cues.auxiliaries, ...cues.passives, ...cues.pronouns] : [])]);
  const words: Words = { names: lang.names, determiners: cues?.determiners ?? [], closed };
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    for (const m of e.mentions) {
      const role = roleAfter(text, m, words) ?? roleBefore(text, m, words);
      if (role) return { ...e, role };
    }
    return e;
  });
}

/** "Ana Costa, (a) ministra da Saúde, disse": the whole comma phrase is a role phrase. */
function roleAfter(text: string, m: Span, w: Words): string | null {
  const comma = /^\s*,\s*/u.exec(text.slice(m.end, m.end + WINDOW));
  if (!comma) return null;
  const start = m.end + comma[0].length;
  const line = text.slice(start, start + WINDOW).split('\n')[0];
  const tokens = tokenize(text, { start, end: start + line.length });
  const stop = tokens.findIndex((t) => STOP.test(t.text));
  const phrase = tokens.slice(w.determiners.includes(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0, stop < 0 ? tokens.length : stop);
  return phrase.length && rolePhraseLength(phrase, w, true) === phrase.length ? spanText(text, phrase) : null;
}

/** "o presidente Lula", "a ministra da Saúde, Ana Costa": the longest role phrase that ends right before the name. */
function roleBefore(text: string, m: Span, w: Words): string | null {
  const lo = Math.max(0, m.start - WINDOW);
  const before = text.slice(lo, m.start);
  const cut = before.lastIndexOf('\n') + 1;
  let tokens = tokenize(text, { start: lo + cut, end: m.start });
  const comma = tokens[tokens.length - 1]?.text === ',';
  if (comma) tokens = tokens.slice(0, -1);
  for (let i = Math.max(0, tokens.length - 12); i < tokens.length; i++) {
    const phrase = tokens.slice(i);
    if (phrase.some((t) => STOP.test(t.text)) || rolePhraseLength(phrase, w, comma) !== phrase.length) continue;
    // Before a comma, only a phrase that a determiner opens at the start of a clause is about the name ("A ministra
    // da Saúde, Ana Costa, ..."), not the end of one ("Depois de falar com o presidente, Ana Costa saiu").
    const determiner = tokens[i - 1];
    if (comma && !(determiner && w.determiners.includes(determiner.text.toLowerCase()) && CLAUSE_START.test(text.slice(Math.max(0, determiner.start - 3), determiner.start)))) continue;
    if (isRole(tokens[i - 1], w)) continue;
    return spanText(text, phrase);
  }
  return null;
}

/**
 * How many tokens from the start form a role phrase (0 when none): role words, adjectives, a link and what the role
 * is of, capitalised ("da Saúde") or, in a phrase set off by commas, a lower-case noun or two ("do partido").
 */
function rolePhraseLength(tokens: Token[], w: Words, commas: boolean): number {
  let i = 0;
  while (i < tokens.length && (isRole(tokens[i], w) || (tokens[i].text === '-' && isRole(tokens[i + 1], w)))) i++;
  const roles = tokens.slice(0, i).filter((t) => t.text !== '-');
  if (!roles.length || roles.every((t) => w.names.honorifics.includes(t.text.toLowerCase()))) return 0;
  for (let a = 0; a < MAX_ADJECTIVES && i < tokens.length && isAdjective(tokens[i], w); a++) i++;
  if (i === tokens.length || !w.names.roleLinks.includes(tokens[i].text.toLowerCase())) return i;
  let j = i + 1;
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  if (capital(tokens[j])) {
    while (j < tokens.length && j - i <= MAX_COMPLEMENT_WORDS && (capital(tokens[j]) || (w.names.particles.includes(tokens[j].text) && capital(tokens[j + 1])))) j++;
    return j;
  }
  while (commas && j < tokens.length && j - i <= 2 && /^\p{Ll}+$/u.test(tokens[j].text)) j++;
  return j > i + 1 ? j : i;
}

function isRole(t: Token | undefined, w: Words): boolean {
  return t !== undefined && w.names.roleWords.includes(t.text.toLowerCase());
}

/** A lower-case word that is no function word of the language ("eleito", "brasileiro"). */
function isAdjective(t: Token, w: Words): boolean {
  const lower = t.text.toLowerCase();
  return /^\p{Ll}{3,}$/u.test(t.text) && !w.closed.has(lower) && !w.names.particles.includes(lower) && !w.names.roleLinks.includes(lower) && !w.determiners.includes(lower);
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}
