import type { Span } from '../types';
import { isAbbreviation } from './abbreviations';

export interface Token extends Span {
  text: string;
}

// One alternative per kind of token, tried in this order. Hyphens always stand alone ("al-Shaabi" → al - Shaabi,
// "Iran-US" → Iran - US) as in the modern NER corpora, so a name inside a compound is still a token of its own.
const TOKEN = new RegExp(
  [
    /(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]/u.source, // URL
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.source, // e-mail address
    /(?:\p{L}\.){2,}/u.source, // dotted acronym: U.S., e.g.
    /\p{Lu}\.(?=\s*\p{Lu})/u.source, // initial before a capital: J. R. R. Tolkien
    /\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?/u.source, // number: 5,200  3.5  10:30  1990s  3rd
    /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)/u.source, // word, with inner apostrophes: O'Brien
    /\.{2,}|-{2,}|[^\s\p{L}\p{N}]/u.source, // ellipsis, dash run, or one punctuation mark
  ].join('|'),
  'gu',
);

// English clitics split off as the treebanks do: Iraq's → Iraq 's, don't → do n't.
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  const re = new RegExp(TOKEN);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = span.start + m.index;
    const word = m[1];
    if (word === undefined) {
      out.push({ text: m[0], start, end: start + m[0].length });
      continue;
    }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic.index > 0) {
      out.push({ text: word.slice(0, clitic.index), start, end: start + clitic.index });
      out.push({ text: clitic[0], start: start + clitic.index, end: start + word.length });
      continue;
    }
    // The period of a known abbreviation belongs to it ("Gen.", "Jan.").
    const end = start + word.length;
    if (end < span.end && text.charCodeAt(end) === 46 && isAbbreviation(word)) {
      out.push({ text: word + '.', start, end: end + 1 });
      re.lastIndex += 1;
      continue;
    }
    out.push({ text: word, start, end });
  }
  return out;
}
