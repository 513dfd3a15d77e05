// Which language an article is in, from its most frequent function words, so a French or Chinese page gets a
// clear "not supported" instead of English-trained highlights scattered over it.

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said', 'by', 'at', 'from', 'his', 'have'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'sont', 'été'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem', 'auch', 'es', 'von', 'wird', 'wurde'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'fue'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'sono', 'della', 'del', 'una', 'nel', 'si', 'gli', 'alla', 'le', 'con', 'è', 'anche'],
  pt: ['o', 'a', 'os', 'as', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'dos', 'das', 'se', 'ao', 'foi'],
  nl: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'er', 'ook', 'door', 'werd', 'naar'],
};
const LISTS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);

export interface LanguageGuess {
  lang: string | null;
  supported: boolean;
}

const SUPPORTED = new Set(['en']);

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

/**
 * The page's declared language wins unless the text clearly contradicts it; without a declaration, the text's own
 * function words decide (unknown and unsupported for binary or corrupt data).
 */
export function detectLanguage(text: string, declared: string | null = null): LanguageGuess {
  if (garbledShare(text) > GARBLED_LIMIT) return { lang: null, supported: false };
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const scriptLetters = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}]/gu)?.length ?? 0;
  const declaredPrimary = declared ? declared.toLowerCase().split(/[-_]/)[0] || null : null;
  const asDeclared = { lang: declaredPrimary, supported: declaredPrimary === null || SUPPORTED.has(declaredPrimary) };
  if (letters > 0 && scriptLetters / letters > 0.3) {
    const lang = declaredPrimary && !SUPPORTED.has(declaredPrimary) ? declaredPrimary : nonLatinScript(sample);
    return { lang, supported: false };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) {
    const lang = declaredPrimary ?? (words.length ? 'en' : null);
    return { lang, supported: lang === null || SUPPORTED.has(lang) };
  }
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
    return clear ? { lang: best, supported: SUPPORTED.has(best!) } : asDeclared;
  }
  if (!best || bestHits / words.length < 0.08) return asDeclared;
  return { lang: best, supported: SUPPORTED.has(best) };
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
