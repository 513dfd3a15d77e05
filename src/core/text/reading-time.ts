// Word counts and reading time. Adult silent reading runs near 238 words a minute in English (Brysbaert 2019);
// news, dense with names and figures, reads a little slower, so English uses 230. Languages written without
// spaces are counted in characters instead.

const WORDS_PER_MINUTE: Record<string, number> = { en: 230, fr: 195, de: 179, es: 218, it: 188, pt: 181, nl: 202, ru: 184 };
const CHARS_PER_MINUTE: Record<string, number> = { zh: 260, ja: 357, ko: 250 };

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,]{1,2}[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(wordCount: number, lang: string | null, charCount = 0): number {
  const primary = lang?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  if (CHARS_PER_MINUTE[primary] && charCount) return Math.max(1, Math.round(charCount / CHARS_PER_MINUTE[primary]));
  return Math.max(1, Math.round(wordCount / (WORDS_PER_MINUTE[primary] ?? 238)));
}
