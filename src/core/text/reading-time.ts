// Word counts and reading time, at each language's reading speed (its folder in src/core/lang says how fast);
// languages written without spaces are counted in characters instead.
import { languageBasics } from '../lang/basics';

/** Words a minute for a language counted in characters when only a word count is at hand. */
const OTHER_WORDS_PER_MINUTE = 238;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,]{1,2}[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(wordCount: number, lang: string | null, charCount = 0): number {
  const { reading } = languageBasics(lang ?? 'en');
  if ('charsPerMinute' in reading && charCount) return Math.max(1, Math.round(charCount / reading.charsPerMinute));
  return Math.max(1, Math.round(wordCount / ('wordsPerMinute' in reading ? reading.wordsPerMinute : OTHER_WORDS_PER_MINUTE)));
}
