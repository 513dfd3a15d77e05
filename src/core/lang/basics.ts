// The languages by their basics alone: recognition words and reading speed. The page's injected script detects the
// language and times the reading before anything else, and importing the full profiles (cue verbs, name lists,
// summary words of every language) would make every page parse all of them. index.ts lists the same languages in
// the same order with their full profiles.
import type { LanguageBasics } from './types';
import { EN_BASICS } from './en/basics';
import { FR_BASICS } from './fr/basics';
import { DE_BASICS } from './de/basics';
import { ES_BASICS } from './es/basics';
import { IT_BASICS } from './it/basics';
import { PT_BASICS } from './pt/basics';
import { NL_BASICS } from './nl/basics';
import { RU_BASICS } from './ru/basics';
import { JA_BASICS } from './ja/basics';
import { ZH_BASICS } from './zh/basics';
import { KO_BASICS } from './ko/basics';

/** In this order, English first, the languages break ties when a text's function words are counted. */
export const LANGUAGE_BASICS: readonly LanguageBasics[] = [
  EN_BASICS, FR_BASICS, DE_BASICS, ES_BASICS, IT_BASICS, PT_BASICS, NL_BASICS, RU_BASICS, JA_BASICS, ZH_BASICS, KO_BASICS,
];

/** A language Lede has no profile for: the reading speed of adult silent reading (238 words a minute, Brysbaert 2019). */
export const OTHER_BASICS: LanguageBasics = { code: 'und', name: 'Other', reading: { wordsPerMinute: 238 } };

const BY_CODE = new Map(LANGUAGE_BASICS.map((l) => [l.code, l]));

/** "pt-BR" → "pt"; null for no code. */
export function primarySubtag(code: string | null | undefined): string | null {
  return code ? code.toLowerCase().split(/[-_]/u)[0] || null : null;
}

/** The basics of a language code (any BCP 47 tag), or OTHER_BASICS when Lede has no profile for it. */
export function languageBasics(code: string | null | undefined): LanguageBasics {
  return BY_CODE.get(primarySubtag(code) ?? '') ?? OTHER_BASICS;
}
