import type { Span } from '../types';
import type { LanguageProfile } from '../lang';
import { blocksSentenceEnd, endsSentenceOnlyBeforeOpener } from './abbreviations';

// A candidate end: terminal punctuation, closing quotes or brackets, then space. Line breaks always end a sentence:
// in extracted article text they separate headlines, bylines and captions that carry no final stop.
const CANDIDATE = /[.!?…]+["”’')\]]*(?=\s)|\n/gu;

// Words after a dotted acronym or a state ("in the U.S. The ...") that start a new sentence rather than continue a
// name ("the U.S. Army").
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'In',
  'On', 'At', 'For', 'If', 'When', 'While', 'As', 'After', 'Before', 'Since', 'There', 'His', 'Her', 'Their', 'Its',
  'Our', 'Some', 'Many', 'Most', 'Officials', 'However', 'Meanwhile', 'Yet', 'So', 'Still', 'Now', 'Then', 'Also',
]);

// Other languages: their closing marks (“ closes in German, « in »Danish« style), and the full stops of scripts
// written without spaces (。！？ and the danda), which end a sentence whatever follows.
const CANDIDATE_OTHER = /[.!?…]+["”’'»«“‘)\]]*(?=\s)|[。！？]+[」』”’）)]*|[।]|\n/gu;
const ALWAYS_ENDS = /^[。！？।]/u;

/**
 * Sentence spans of `text`, never crossing a block boundary; trimmed, never empty. Without a language (or in
 * English) English rules; another language brings its abbreviations and marks.
 */
export function splitSentences(text: string, blocks: Span[] = [{ start: 0, end: text.length }], lang?: LanguageProfile): Span[] {
  const english = !lang || lang.code === 'en';
  const out: Span[] = [];
  for (const block of blocks) {
    let start = block.start;
    const re = new RegExp(english ? CANDIDATE : CANDIDATE_OTHER);
    re.lastIndex = block.start;
    for (let m = re.exec(text); m && m.index < block.end; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const ends = m[0] === '\n' || (english ? endsSentence(text, m.index, end, block.end) : endsSentenceIn(lang, text, m.index, end, block.end));
      if (!ends) continue;
      pushTrimmed(text, start, Math.min(end, block.end), out);
      start = end;
    }
    pushTrimmed(text, start, block.end, out);
  }
  return out;
}

function endsSentence(text: string, markStart: number, markEnd: number, limit: number): boolean {
  // What follows: skip spaces and opening quotes/brackets; a lower-case word continues the sentence ("Why?" he asked).
  let i = markEnd;
  while (i < limit && /[\s"“‘'(\[]/.test(text[i])) i++;
  if (i >= limit) return true;
  const next = text[i];
  if (!/[\p{Lu}\p{N}]/u.test(next)) return false;
  if (text[markStart] !== '.' || markEnd - markStart > 1 && text[markStart + 1] === '.') return true;
  // The word the period closes.
  let w = markStart;
  while (w > 0 && /[\p{L}\p{N}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, markStart);
  if (blocksSentenceEnd(word)) return false;
  // A lone capital is an initial (J. R. R. Tolkien).
  if (/^\p{Lu}$/u.test(word)) return false;
  if (endsSentenceOnlyBeforeOpener(word)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(i, i + 20))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

function endsSentenceIn(lang: LanguageProfile, text: string, markStart: number, markEnd: number, limit: number): boolean {
  if (ALWAYS_ENDS.test(text[markStart])) return true;
  let i = markEnd;
  while (i < limit && /[\s"“‘'„‚«»(\[¿¡]/u.test(text[i])) i++;
  if (i >= limit) return true;
  if (!/[\p{Lu}\p{N}]/u.test(text[i])) return false;
  if (text[markStart] !== '.' || markEnd - markStart > 1 && text[markStart + 1] === '.') return true;
  let w = markStart;
  while (w > 0 && /[\p{L}\p{N}.°º]/u.test(text[w - 1])) w--;
  const word = text.slice(w, markStart);
  // Initials and one-letter abbreviations ("J. Doe", "z. B."), dotted ones ("z.B.", "S.A."), the language's own.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || lang.abbreviations?.includes(word)) return false;
  return !(lang.ordinalPeriod && /^\d{1,2}$/u.test(word));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
