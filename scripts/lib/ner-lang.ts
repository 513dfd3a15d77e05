// What training and scoring an entity model differs in from one language to the next: its corpora, its dev sets,
// its gazetteers, which English-only resources it may use, and where its model and report go. Adding a language is
// a new ner-lang-<code>.ts beside these and a line in LANGUAGES (`npm run train:ner -- --lang <code>`).
import type { CorpusFile, TrainingCorpus } from './ner-corpora';
import { addGazetteer } from './ner-lexicon';
import { english } from './ner-lang-en';
import { portuguese } from './ner-lang-pt';

export interface NerLanguage {
  /** ISO 639-1 code, as the language detector names pages. */
  code: string;
  /** The model file train:ner writes and the extension ships, relative to the repository root. */
  model: string;
  /** The report eval:ner writes, relative to the repository root. */
  report: string;
  corpora(): TrainingCorpus[];
  devSets: CorpusFile[];
  /** Word-vector clusters from the English GloVe vectors: their vocabulary is English, but it holds many names. */
  vectors: boolean;
  /** The multi-word name lists in ../shared/data/gazetteers (parties, companies, universities, US newspapers). */
  phrases: boolean;
  /** The language's own gazetteer words by lexicon bit (Gazetteer in src/core/ner/lexicon.ts), beside the shared ones. */
  gazetteers(): ReadonlyMap<number, readonly string[]>;
  /** The language's own name lists by list bit (NameList in src/core/ner/phrases.ts), added to the phrase table. */
  phraseLists?(): ReadonlyMap<number, readonly string[]>;
}

export const LANGUAGES: Record<string, NerLanguage> = { en: english, pt: portuguese };

export function nerLanguage(code: string): NerLanguage {
  const language = LANGUAGES[code];
  if (!language) throw new Error(`No entity model for language "${code}"; known: ${Object.keys(LANGUAGES).join(', ')}`);
  return language;
}

/** Adds the language's own gazetteer bits to the lexicon codes. */
export function addLanguageGazetteers(codes: Map<string, number>, language: NerLanguage): void {
  for (const [bit, words] of language.gazetteers()) addGazetteer(codes, words, bit);
}

