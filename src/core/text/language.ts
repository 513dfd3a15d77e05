// Which language an article is in, from its most frequent function words (listed in each language's folder), so
// each page is read with its own language's rules and models, and an English model never tags a French page.
import { LANGUAGE_BASICS, primarySubtag } from '../lang/basics';

const LISTS = LANGUAGE_BASICS.flatMap((l) => (l.stopwords ? [[l.code, new Set(l.stopwords)] as const] : []));

export interface LanguageGuess {
  lang: string | null;
  /** False for binary or corrupt data: no language at all. */
  readable: boolean;
}

// U+FFFD (what a decoder writes for bytes that are not text) and control characters other than tab and line breaks.
const GARBLED = /[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** Above this share of garbled characters, text is binary or corrupt data rather than language. */
export const GARBLED_LIMIT = 0.1;

/** The share of `text`'s non-space characters that are replacement or control characters (first 20,000 characters). */
export function garbledShare(text: string): number {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const visible = sample.replace(/\s+/g, '').length;
  return visible ? (sample.match(GARBLED)?.length ?? 0) / visible : 0;
}

/** A text clearly in language X: X's function words make at least this share of its words... */
const CLEAR_SHARE = 0.15;
/** ...and outnumber the declared language's by this factor. Placeholder Latin ("lorem ipsum ... et ... est")
 * reaches a few percent in French or Italian and must not overrule a page that says it is English. */
const CLEAR_RATIO = 2;

const COUNTED = new Set(LISTS.map(([lang]) => lang));

/**
 * The page's declared language wins unless the text clearly contradicts it; without a declaration, the text's own
 * function words decide (unknown and unreadable for binary or corrupt data).
 */
export function detectLanguage(text: string, declared: string | null = null): LanguageGuess {
  if (garbledShare(text) > GARBLED_LIMIT) return { lang: null, readable: false };
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const scriptLetters = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]/gu)?.length ?? 0;
  const declaredPrimary = primarySubtag(declared);
  const asDeclared = { lang: declaredPrimary, readable: true };
  if (letters > 0 && scriptLetters / letters > 0.3) {
    // A Latin-script language declared over another script is a template's default ("en" on a Russian page).
    const lang = declaredPrimary && !COUNTED.has(declaredPrimary) ? declaredPrimary : nonLatinScript(sample);
    return { lang, readable: true };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return { lang: declaredPrimary ?? (words.length ? 'en' : null), readable: true };
  const hits = new Map<string, number>();
  for (const [lang, set] of LISTS) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    hits.set(lang, n);
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) if (n > bestHits) [best, bestHits] = [lang, n];
  if (declaredPrimary) {
    const clear = best !== null && best !== declaredPrimary && bestHits / words.length >= CLEAR_SHARE && bestHits >= CLEAR_RATIO * (hits.get(declaredPrimary) ?? 0);
    return clear ? { lang: best, readable: true } : asDeclared;
  }
  if (!best || bestHits / words.length < 0.08) return asDeclared;
  return { lang: best, readable: true };
}

function nonLatinScript(sample: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return 'ja';
  if (/\p{Script=Hangul}/u.test(sample)) return 'ko';
  if (/\p{Script=Han}/u.test(sample)) return 'zh';
  if (/\p{Script=Arabic}/u.test(sample)) return 'ar';
  if (/\p{Script=Hebrew}/u.test(sample)) return 'he';
  if (/\p{Script=Cyrillic}/u.test(sample)) return 'ru';
  if (/\p{Script=Greek}/u.test(sample)) return 'el';
  if (/\p{Script=Thai}/u.test(sample)) return 'th';
  return 'hi';
}
