// A person's or a place's name holds lower-case words only as particles ("Charles de Gaulle", "Vincent van Gogh",
// "Rio de Janeiro", "Alexander the Great"). In the training corpora of edited text almost no other lower-case word sits
// inside a person's name (CoNLL-2003 train: 4 of 4,528 inside tokens, GUM 2 of 553, Bosque 9 of 2,100), yet the
// tagger, scoring a window at a time, can carry a name across a verb ("Lula visita Lisboa" read as one person, or
// "visita Lisboa" as one place). Decoding therefore keeps such words out of persons' and places' names. On the
// cross-validation it changed nothing measurable (docs/ner.md); it is there for the reader-visible mistake.
// Organisations and other names keep their common nouns ("Ministry of the interior", "Radio Free Europe").
import { CASING_MASK, Casing } from './lexicon';
import { Form, type WordTable } from './words';
import { tagIndex } from './tags';

/** Particles of names across the languages news names people and places from, lower-case. */
const PARTICLES = new Set([
  'al', 'av', 'af', 'bin', 'bint', 'da', 'das', 'de', 'degli', 'dei', 'del', 'della', 'delle', 'den', 'der', 'des',
  'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'of', 'st', 'ten', 'ter', 'the', 'van', 'von', 'y', 'zu',
]);

/** Tags a stray word may not take. */
const STRAY = ['B-PER', 'I-PER', 'B-LOC', 'I-LOC'].reduce((bits, t) => bits | (1 << tagIndex(t)), 0);
const ALL_TAGS = 0x1ff;

/**
 * Whether a word stays out of persons' and places' names: written in lower case, usually written so in running text
 * (a name typed in lower case, as in posts, is left alone), and no particle (an elided one, "d'", "de'", included).
 */
function outsideNames(table: WordTable, id: number): boolean {
  if ((table.form[id] & (Form.Cased | Form.Lower)) !== (Form.Cased | Form.Lower)) return false;
  if ((table.lexiconCode[id] & CASING_MASK) !== Casing.Lower) return false;
  const lower = table.lowerForm[id];
  return !PARTICLES.has(lower) && !/['’]$/.test(lower);
}

/**
 * Decodes, then decodes again with such words kept out of persons' and places' names as long as a decoding puts one
 * in (rare: one look per person or place tag is the common cost).
 */
export function decodeWithoutStrayWords(
  decode: (allowed?: Uint16Array) => Uint8Array,
  words: readonly string[],
  table: WordTable,
): Uint8Array {
  let tags = decode();
  let allowed: Uint16Array | undefined;
  for (;;) {
    let found = false;
    for (let i = 0; i < tags.length; i++) {
      if (!((1 << tags[i]) & STRAY) || !outsideNames(table, table.id(words[i]))) continue;
      allowed ??= new Uint16Array(tags.length).fill(ALL_TAGS);
      allowed[i] &= ~STRAY;
      found = true;
    }
    if (!found) return tags;
    tags = decode(allowed);
  }
}
