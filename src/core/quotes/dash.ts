// Speech introduced by a dash, as Spanish, Portuguese, Italian and French write dialogue and some news quotes:
// "—No vamos a ceder —dijo el ministro—. Es imposible." The dash alone also opens list items, so a paragraph is
// speech only when a verb of saying follows a second dash ("— disse o ministro") or a comma with its speaker right
// after it ("— Nous partons, dit-elle."): then the words before are a quote, and so are the words after the
// narrator's closing dash, if any.
import type { Span } from '../types';
import type { CueWords } from '../lang';

const OPENING_DASH = /^[—―–]\s?(?=\S)/u;
// A dash after a space, then the narrator's words: a verb of saying, perhaps after an auxiliary or a pronoun.
const INNER_DASH = /\s[—―–]\s?(\p{Ll}[\p{L}'’]*)(?:[\s-]+(\p{Ll}[\p{L}'’]*))?/gu;
// ", dit-elle", ", disse ele", ", afirmó Lula": an inverted cue after a comma.
const INNER_COMMA = /,\s+(\p{Ll}[\p{L}'’]*)(?:-t)?[\s-]+(\p{L}[\p{L}'’]*)/gu;
const CLOSING_DASH = /[—―–]\s*[.,;:]?\s*(?=[\p{L}¿¡«“])/u;

const VERBS = new WeakMap<CueWords, Set<string>>();

/** A language's verbs of saying and auxiliaries, as one set (built once per language). */
export function verbsOf(cues: CueWords): Set<string> {
  let set = VERBS.get(cues);
  if (!set) VERBS.set(cues, (set = new Set([...cues.verbs, ...cues.auxiliaries])));
  return set;
}

/** The quotes of a dash-introduced paragraph (at most two: before and after the narrator's words), or none. */
export function dashQuotes(text: string, block: Span, cues: CueWords): Span[] {
  const body = text.slice(block.start, block.end);
  const open = OPENING_DASH.exec(body);
  if (!open) return [];
  const verbs = verbsOf(cues);
  for (const m of body.matchAll(INNER_DASH)) {
    if (m.index <= open[0].length || !(verbs.has(m[1]) || (m[2] !== undefined && verbs.has(m[2])))) continue;
    const out = [trim(text, block.start + open[0].length, block.start + m.index)];
    const rest = body.slice(m.index + m[0].length);
    const close = CLOSING_DASH.exec(rest);
    if (close) out.push(trim(text, block.start + m.index + m[0].length + close.index + close[0].length, block.end));
    return out.filter((s) => s.end > s.start && /\p{L}/u.test(text.slice(s.start, s.end)));
  }
  for (const m of body.matchAll(INNER_COMMA)) {
    const speaker = /^\p{Lu}/u.test(m[2]) || cues.pronouns.includes(m[2]) || cues.determiners.includes(m[2]);
    if (m.index > open[0].length && verbs.has(m[1]) && speaker) return [trim(text, block.start + open[0].length, block.start + m.index)];
  }
  return [];
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,]/u.test(text[start])) start++;
  while (end > start && /[\s,]/u.test(text[end - 1])) end--;
  return { start, end };
}
