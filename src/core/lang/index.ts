// The languages Lede knows, asked by code. Each folder holds one language's data; listing it here and its basics in
// basics.ts (a test keeps the two lists alike) is the only code change a new language needs.
import type { CueWords, LanguageProfile, SummaryWords } from './types';
import { OTHER_BASICS, primarySubtag } from './basics';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { nl } from './nl';
import { ru } from './ru';
import { ja } from './ja';
import { zh } from './zh';
import { ko } from './ko';

export type { CueWords, LanguageBasics, LanguageProfile, NameWords, QuoteStyle, SummaryWords } from './types';
export { primarySubtag } from './basics';

/** The order of LANGUAGE_BASICS in basics.ts. */
export const LANGUAGES: readonly LanguageProfile[] = [en, fr, de, es, it, pt, nl, ru, ja, zh, ko];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** A language without a profile of its own: every common quotation mark, no cue words. */
export const OTHER_LANGUAGE: LanguageProfile = {
  ...OTHER_BASICS,
  quotes: { pairs: [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’'], ['「', '」']], dash: false },
};

/** For a language without cue words: quotes are found, and get no speaker. */
export const NO_CUES: CueWords = {
  verbs: [], pronouns: [], auxiliaries: [], passives: [], sources: [], sourcesAfterQuote: [], determiners: [], nameParticles: [], adverbs: [], phraseEnds: [],
};

/** For a language without summary words: every word counts, no opening leans back. */
export const NO_SUMMARY_WORDS: SummaryWords = { stopwords: [], leansBack: [] };

/** The profile of a language code (any BCP 47 tag), or OTHER_LANGUAGE when Lede has none for it. */
export function languageProfile(code: string | null | undefined): LanguageProfile {
  return BY_CODE.get(primarySubtag(code) ?? '') ?? OTHER_LANGUAGE;
}

/** The entity model file for a language (in model/), or null when names are not highlighted in it. */
export function entityModelFile(code: string | null | undefined): string | null {
  return languageProfile(code).entityModel ?? null;
}

/** Languages whose articles get names highlighted, by English name ("English and Portuguese"). */
export function entityLanguageNames(): string {
  const names = LANGUAGES.filter((l) => l.entityModel).map((l) => l.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0] ?? '';
}
