// What training and scoring an entity model differs in from one language to the next: its corpora, its dev sets,
// its gazetteers, which English-only resources it may use, and where its model and report go. Adding a language is
// a new ner-lang-<code>.ts beside these and a line in LANGUAGES (`npm run train:ner -- --lang <code>`).
import type { CorpusFile, TrainingCorpus } from './ner-corpora';
import { Gazetteer } from '../../src/core/ner/lexicon';
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
  /** How often a word must be seen mid-sentence for the lexicon to hold its usual casing (MIN_CASING_COUNT if not set). */
  minCasingCount?: number;
  /** Closed-class words: no gazetteer bits, whatever the shared lists say, and none in the name filter. */
  functionWords?: readonly string[];
  /** Function words that join the parts of a name ("de", "da"): CONNECTOR as their gazetteer cue. */
  connectors?: readonly string[];
}

export const LANGUAGES: Record<string, NerLanguage> = { en: english, pt: portuguese };

export function nerLanguage(code: string): NerLanguage {
  const language = LANGUAGES[code];
  if (!language) throw new Error(`No entity model for language "${code}"; known: ${Object.keys(LANGUAGES).join(', ')}`);
  return language;
}

/** Every gazetteer bit the lexicon stores (FirstName … RoleWord). */
const GAZETTEER_BITS = Gazetteer.FirstName | Gazetteer.Place | Gazetteer.Country | Gazetteer.OrgWord | Gazetteer.RoleWord;

/**
 * The gazetteer cue of a name connector. The lexicon has no bit for it, so it takes a combination that no listed
 * word holds: the features hash the cue whole, so it is a value of its own. Without it "de" looks like any other
 * lower-case word to the tags around it, and "Lula visita Lisboa" was tagged as one name.
 */
export const CONNECTOR = Gazetteer.FirstName | Gazetteer.Country | Gazetteer.OrgWord;

/** Adds the language's own gazetteer bits to the lexicon codes, and gives its function words and connectors theirs. */
export function addLanguageGazetteers(codes: Map<string, number>, language: NerLanguage): void {
  for (const [bit, words] of language.gazetteers()) addGazetteer(codes, words, bit);
  const set = (w: string, bits: number) => codes.set(w, (((codes.get(w) ?? 0) & ~GAZETTEER_BITS) | bits) >>> 0);
  for (const w of language.functionWords ?? []) set(w, 0);
  for (const w of language.connectors ?? []) set(w, CONNECTOR);
}

