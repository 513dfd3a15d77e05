// The speaker phrase around a verb of saying, read from tokens: forward after the verb ("said Abdelkarim Khalaf,
// spokesman for ..." → "Abdelkarim Khalaf") or backward before it ("..., two senior US defence officials said"
// → "two senior US defence officials"; "Trump, who spoke in Ohio, said" → "Trump").
import type { Token } from '../text/tokenize';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../entities/lexicon';
import { BETWEEN_SPEAKER_AND_VERB, CLAUSE_BOUNDARY, SPEAKER_PHRASE_END, isSpeechVerb } from './cues';

const MAX_PHRASE = 12;
const PUNCT = /^[^\p{L}\p{N}]+$/u;
const RELATIVE = /^(?:who|which|whose|whom)$/iu;
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/u;
const ASIDE_START = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'speaking', 'asked', 'according', 'for', 'with', 'like', 'however', 'though', 'too', 'meanwhile', 'instead']);
// Words of a description and the preposition that continues it ("close to", "involved in", "known as").
const COMPLEMENTS = new Map([['close', 'to'], ['closer', 'to'], ['adviser', 'to'], ['advisor', 'to'], ['aide', 'to'], ['counselor', 'to'], ['loyal', 'to'], ['involved', 'in'], ['known', 'as']]);
// A relative clause may be long ("who runs Clinton's get-out-the-vote effort for military veterans' families").
const MAX_CLAUSE = 40;

export function isPunct(t: Token): boolean {
  return PUNCT.test(t.text);
}

/** The phrase after a verb ("said X"), up to punctuation or a word that starts something else. */
export function phraseAfter(tokens: Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < MAX_PHRASE; i++) {
    const t = tokens[i];
    if (isPunct(t) && !/^[’'.&-]$/u.test(t.text)) break;
    if (out.length && (SPEAKER_PHRASE_END.has(t.text.toLowerCase()) || isSpeechVerb(t.text)) && !takesComplement(out, t) && !joinsTitles(out, tokens[i + 1])) break;
    out.push(t);
  }
  return out;
}

/** "said former Gov. and party Chairman Ed Rendell": an "and" between a title and the next title of one name. */
function joinsTitles(out: Token[], next: Token | undefined): boolean {
  const last = out[out.length - 1].text;
  const word = next?.text ?? '';
  return (/^\p{Lu}\p{L}{1,3}\.$/u.test(last) || ROLE_NOUNS.has(last.toLowerCase())) && (/^\p{Lu}/u.test(word) || ROLE_MODIFIERS.has(word) || ROLE_NOUNS.has(word));
}

/**
 * "said a person close to the talks", "said an adviser to Lee", "said the aide known as Bob": an unnamed source's
 * description goes on past its preposition. After a name ("said Lee to reporters") the phrase ends there.
 */
function takesComplement(out: Token[], next: Token): boolean {
  const last = out[out.length - 1].text.toLowerCase();
  const expected = COMPLEMENTS.get(last) ?? (ROLE_NOUNS.has(last) ? 'to' : undefined);
  return expected === next.text.toLowerCase() && /^\p{Ll}/u.test(out[0].text);
}

/**
 * The subject before the verb at `verb`: back over "has", "also", "later", then to the start of the clause.
 * A relative clause or an appositive right before the verb hands over to the name before it.
 */
export function phraseBefore(tokens: Token[], verb: number, isPersonName: (t: Token) => boolean, lowerBound = 0, isPlace: (t: Token) => boolean = () => false): Token[] {
  let i = verb - 1;
  while (i >= lowerBound && (BETWEEN_SPEAKER_AND_VERB.has(tokens[i].text.toLowerCase()) || /^\p{Ll}+ly$/u.test(tokens[i].text))) i--;
  // "James Jeffrey, hinted": the comma closing an appositive or a relative clause.
  // A description is closed by a comma or by a relative clause ("Lee, a native who writes fiction").
  const closed = (i > lowerBound && tokens[i].text === ',') || tokens.slice(Math.max(i, lowerBound), verb).some((t) => RELATIVE.test(t.text));
  if (i > lowerBound && tokens[i].text === ',') i--;
  let chunk = chunkEndingAt(tokens, i, lowerBound, isPersonName);
  // "Trump, who spoke in Ohio, said" / "Khalaf, spokesman for the premier, said": the name before the comma.
  for (let hops = 0; hops < 3 && chunk.length; hops++) {
    const comma = tokens.indexOf(chunk[0]) - 1;
    if (comma <= lowerBound || tokens[comma].text !== ',') break;
    const word = chunk[0].text.toLowerCase();
    // "who ran the campaign", "at a later press gaggle": a clause or an aside between the name and the verb.
    const aside = RELATIVE.test(word) || ASIDE_START.has(word);
    // "Lee, a top aide said, …": without its closing comma a description is the subject of a parenthetical cue.
    // "Lee, one of the bill's authors, said", "Lee, co-founder of the institute, said": any lower-case description.
    const appositive = closed && (DETERMINER.test(word) || ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word) || /^\p{Ll}/u.test(chunk[0].text)) && isPersonName(tokens[comma - 1]);
    // "Stacy Baker of Columbia, South Carolina, says": a place after a comma belongs to the phrase before it.
    const placeTail = chunk.every((t) => isPlace(t)) && /^\p{Lu}/u.test(tokens[comma - 1].text);
    // "Suu Kyi, 70, said": an age between commas.
    const age = chunk.length === 1 && /^\d{1,3}$/u.test(chunk[0].text);
    if (!aside && !appositive && !placeTail && !age) break;
    const earlier = chunkEndingAt(tokens, comma - 1, lowerBound, isPersonName);
    // "In an interview with host Mika Lee, the candidate stated": an opening adverbial is no appositive's owner.
    if (!earlier.length || ASIDE_START.has(earlier[0].text.toLowerCase())) break;
    // "… would involve Attorney General Ann Lee, who told Congress:": the name a relative clause hangs on, not the
    // clause that ends with it.
    chunk = word === 'who' && chunk.length === 1 && isPersonName(earlier[earlier.length - 1]) ? capitalisedTail(earlier) : earlier;
  }
  // "Cory James, 22, of Flint, Mich., said", "Zimmerman, who identifies as Hispanic, told": a place or a word that
  // names no person before the verb's comma ends the name's description.
  if (closed && chunk.length && (/^\p{Ll}/u.test(chunk[0].text) || !chunk.some(isPersonName))) chunk = openingName(tokens, lowerBound, i, isPersonName, isPlace) ?? chunk;
  // "Sens. Ann Lee, Tom Reed and Carl Weber said": coordinated names are the subject as a whole.
  let first = tokens.indexOf(chunk[0]);
  while (chunk.some(isPersonName) && first - 2 >= lowerBound && /^(?:,|and)$/u.test(tokens[first - 1].text)) {
    const before = chunkEndingAt(tokens, first - 2, lowerBound, isPersonName);
    // Only a name: "Trump attacked Clinton and Sanders said" coordinates clauses, not names.
    if (!before.length || !before.some(isPersonName) || !before.every((t) => /^[\p{Lu}.’'-]/u.test(t.text))) break;
    first = tokens.indexOf(before[0]);
    chunk = tokens.slice(first, tokens.indexOf(chunk[chunk.length - 1]) + 1);
  }
  return chunk.length > MAX_PHRASE * 2 ? chunk.slice(-MAX_PHRASE) : chunk;
}

/**
 * "Ann Lee, a professor who once worked for Tom Reed, one of the bill's authors, said": a name opening the clause
 * and only lower-case descriptions between its comma and the verb's.
 */
function openingName(tokens: Token[], from: number, lastComma: number, isPersonName: (t: Token) => boolean, isPlace: (t: Token) => boolean): Token[] | undefined {
  for (let start = lastComma - 1; start >= Math.max(from, 0); start--) {
    const opens = start === Math.max(from, 0) || /^[.;:—–(]$/u.test(tokens[start - 1].text);
    if (!opens) continue;
    // "Rep. Ann Lee": the name after the titles it opens with.
    let at = start;
    while (at < lastComma && !isPersonName(tokens[at]) && /^\p{Lu}/u.test(tokens[at].text)) at++;
    if (!isPersonName(tokens[at])) continue;
    const name = nameWithAppositives(tokens, at, lastComma, isPlace);
    if (name) return name;
  }
  return undefined;
}

/** The name at `start` when only descriptions, ages and places follow it, each after a comma, up to `lastComma`. */
function nameWithAppositives(tokens: Token[], start: number, lastComma: number, isPlace: (t: Token) => boolean): Token[] | undefined {
  let k = start;
  while (k < lastComma && /^[\p{Lu}.’'-]/u.test(tokens[k].text)) k++;
  const nameEnd = k;
  // "Rep. Ann Lee of Ohio, an ally of the leaders, said": where the person is from belongs to the name's phrase.
  if (tokens[k]?.text === 'of' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
    k++;
    while (k < lastComma && /^[\p{Lu}.’'-]/u.test(tokens[k].text)) k++;
  }
  if (tokens[k]?.text !== ',' || k >= lastComma) return undefined;
  for (let j = k; j < lastComma; j++) {
    const next = tokens[j + 1];
    if (tokens[j].text === ',' && !(next && (/^\p{Ll}/u.test(next.text) || /^\d{1,3}$/u.test(next.text) || isPlace(next)))) return undefined;
    if (isSpeechVerb(tokens[j].text)) return undefined;
  }
  return tokens.slice(start, nameEnd);
}

/** The capitalised words that end a chunk: a name and the titles written before it. */
function capitalisedTail(chunk: Token[]): Token[] {
  let k = chunk.length - 1;
  while (k > 0 && /^[\p{Lu}.’'-]/u.test(chunk[k - 1].text)) k--;
  return chunk.slice(k);
}

function chunkEndingAt(tokens: Token[], end: number, lowerBound: number, isPersonName: (t: Token) => boolean): Token[] {
  let start = end;
  while (start >= lowerBound && end - start < MAX_CLAUSE) {
    const t = tokens[start];
    // "House Ways and Means Committee": an "and" between capitalised words is inside a name.
    const next = tokens[start + 1];
    const inName = t.text === 'and' && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '') && /^\p{Lu}/u.test(next?.text ?? '') && !isPersonName(next);
    if ((isPunct(t) && !/^[’'.&-]$/u.test(t.text)) || (CLAUSE_BOUNDARY.has(t.text.toLowerCase()) && !inName) || isSpeechVerb(t.text)) break;
    start--;
  }
  return tokens.slice(start + 1, end + 1);
}
