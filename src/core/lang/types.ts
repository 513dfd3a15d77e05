// What Lede knows about one language, in one place: everything the core asks by language code. Adding a language
// is writing one of these (a folder under src/core/lang/) and listing it in index.ts.

export interface QuoteStyle {
  /** Opening and closing marks as CLDR lists them for the language (primary, then alternate), e.g. ['„', '“']. */
  pairs: [open: string, close: string][];
  /** A paragraph that opens with a dash is a speaker's words ("— Não vamos desistir — disse o ministro."). */
  dash: boolean;
}

/** The words that tie a quote to its speaker, every form written out: match tokens, no lemmatiser. */
export interface CueWords {
  /** Verbs of saying in the forms news prose uses them (third person, past and present, participles). */
  verbs: string[];
  /** Subject pronouns that follow an inverted verb ("dit-elle", "sagte er", "disse ele"). */
  pronouns: string[];
  /** Auxiliaries of compound tenses ("a déclaré", "hat gesagt", "ha detto"). */
  auxiliaries: string[];
  /** Auxiliaries of the passive: a verb of saying after one has no speaker as its subject ("è stato annunciato"). */
  passives: string[];
  /** Words that introduce a source: "selon X", "según X", "laut X"; several words are one entry ("de acuerdo con"). */
  sources: string[];
  /** Words that name the speaker only right after a quote: "…“, so der Minister", "…”, aldus Rutte". */
  sourcesAfterQuote: string[];
  /** Words that open a description rather than a name ("le ministre", "der Sprecher"). */
  determiners: string[];
  /** Lower-case words inside names ("da Silva", "von der Leyen", "van Gogh"). */
  nameParticles: string[];
  /** Adverbs and time words that may stand between the verb and its speaker ("sagte dazu der Minister"). */
  adverbs: string[];
  /** Words that end a speaker phrase: prepositions and relatives that start something else ("… à l'AFP"). */
  phraseEnds: string[];
  /** Every noun is capitalised (German), so one capitalised word after a determiner is no name. */
  nounsCapitalised?: boolean;
}

/** How people and their roles are written, for entity clustering and roles; English keeps its own rules. */
export interface NameWords {
  /** Lower-case role and title words that stand before or beside a person's name ("presidente", "ministra"). */
  roleWords: readonly string[];
  /** Lower-case words inside names ("Lula da Silva", "Banco do Brasil"), kept in a tagged name. */
  particles: readonly string[];
  /** Forms of address among the role words, which say how to call someone but not what they do ("sr", "dona"). */
  honorifics: readonly string[];
  /** Prepositions that join a role to what it is of ("ministra da Saúde", "presidente del Gobierno"). */
  roleLinks: readonly string[];
  /**
   * A person goes by any word of the full name, not only the last ("Lula" for "Luiz Inácio Lula da Silva"):
   * compound surnames and nicknames that are part of the name.
   */
  anyWordShortForm: boolean;
}

/** The words key-sentence selection reads an article's prose with. */
export interface SummaryWords {
  /** Function words and verbs of saying: they tell nothing of what an article is about, so never count as topic. */
  stopwords: readonly string[];
  /**
   * Openings of a sentence that leans on the one before ("But he …", "Ces mesures …"), which reads badly alone;
   * lower case, several words are one entry ("en revanche").
   */
  leansBack: readonly string[];
}

/** What recognising a language and timing its reading need (each folder's basics.ts; see ../basics.ts). */
export interface LanguageBasics {
  /** BCP 47 primary language subtag. */
  code: string;
  /** The language's name in English, for notices. */
  name: string;
  /** Its most frequent function words, to recognise a text written in it. */
  stopwords?: string[];
  /** Silent reading speed of news: words a minute, or characters a minute for scripts written without spaces. */
  reading: { wordsPerMinute: number } | { charsPerMinute: number };
}

export interface LanguageProfile extends LanguageBasics {
  quotes: QuoteStyle;
  /** Cue words for speaker attribution; English has its own attributor and leaves this out. */
  cues?: CueWords;
  /** Words that take a period without ending a sentence ("Dr", "bzw", "Sra"); lone letters always do. */
  abbreviations?: string[];
  /** A number followed by a period is an ordinal, not a sentence end ("am 3. Oktober"). */
  ordinalPeriod?: boolean;
  /** Role and name words for entities; without them, English's. */
  names?: NameWords;
  /** Words for choosing key sentences; without them, every word counts and no opening leans back. */
  summary?: SummaryWords;
  /** File name of the entity model in model/, when the language has one. */
  entityModel?: string;
}
