// Speakers of quotes in languages other than English, from the language's cue words (src/core/lang/<code>/):
// a cue after the quote ("…», a déclaré le ministre" · "…“, sagte er" · "…”, aldus Rutte"), a cue before it
// ("Lula disse: “…”" · "Selon X, « … »"), then continuation (a quote with no cue continues the previous quote of
// its paragraph, or of the paragraph before when it opens its own) and lead-in (a quote followed in its paragraph
// by an attributed one takes that speaker). Without an entity model a name is a run of capitalised words; with
// one, the tagged entity. A pronoun ("dit-elle", "disse ele") or a verb with no subject written ("…”, afirmou.")
// is the last speaker nearby, or else whom the text was just about. Local lookups: linear in the text.
import type { Entity, Quote, Span, SpeakerKind } from '../types';
import type { CueWords } from '../lang';
import { tokenize, type Token } from '../text/tokenize';
import { countWords } from '../text/reading-time';
import { MentionIndex } from '../entities/mention-index';
import { QuoteLayout } from './layout';
import { isPunct } from './phrases';

interface Found {
  speaker: string;
  span: Span;
  kind: SpeakerKind;
  entityId?: string;
  description?: string;
}

const MAX_PHRASE = 8;
/** How far back (in characters) a pronoun or a verb without a subject looks for whom it means. */
const ANTECEDENT_WINDOW = 600;
/** A fragment this short with no cue is a name, title or term rather than someone's words. */
const MAX_TERM_WORDS = 6;
/** Lower-case words a speaker's name may follow without an article ("ministro Haddad", "oppositieleider X"). */
const MAX_ROLE_WORDS = 2;
const MARK_OR_DASH = /["“”„«»‘’‹›'‚「」『』—―–\s]/u;
const SENTENCE_END = /^[.!?…]$/u;
// Punctuation that may sit inside a speaker phrase: hyphens and apostrophes of names, abbreviation periods.
const IN_NAME = /^[-’'.]$/u;
const CAPITALISED = /^[\p{Lu}]/u;

/** The cue words of one language, as sets for lookups (built once per language). */
class Cues {
  readonly verbs: Set<string>;
  readonly pronouns: Set<string>;
  readonly auxiliaries: Set<string>;
  readonly passives: Set<string>;
  readonly sources: string[][];
  readonly after: Set<string>;
  readonly determiners: Set<string>;
  private readonly elided: string[];
  readonly particles: Set<string>;
  readonly adverbs: Set<string>;
  readonly ends: Set<string>;

  constructor(readonly words: CueWords) {
    this.verbs = new Set(words.verbs);
    this.pronouns = new Set(words.pronouns);
    this.auxiliaries = new Set(words.auxiliaries);
    this.passives = new Set(words.passives);
    this.sources = words.sources.map((s) => s.split(/\s+/u).map(fold));
    this.after = new Set(words.sourcesAfterQuote);
    this.determiners = new Set(words.determiners.map(fold));
    this.elided = [...this.determiners].filter((d) => d.endsWith("'"));
    this.particles = new Set(words.nameParticles);
    this.adverbs = new Set(words.adverbs);
    this.ends = new Set(words.phraseEnds);
  }

  isVerb = (t: Token | undefined): boolean => t !== undefined && (this.verbs.has(t.text) || this.verbs.has(fold(t.text)));
  isAux = (t: Token | undefined): boolean => t !== undefined && this.auxiliaries.has(fold(t.text));
  isPassive = (t: Token | undefined): boolean => t !== undefined && this.passives.has(t.text.toLowerCase());
  /** "le", or an elided article joined to its noun ("l’avocat"). */
  isDeterminer = (t: Token | undefined): boolean => {
    if (t === undefined) return false;
    const word = fold(t.text);
    return this.determiners.has(word) || this.elided.some((d) => word.startsWith(d) && word.length > d.length);
  };
  isAdverb = (t: Token | undefined): boolean => t !== undefined && this.adverbs.has(t.text.toLowerCase());
  isPronoun = (t: Token | undefined): boolean => t !== undefined && this.pronouns.has(t.text.toLowerCase());

  /** Length of the source expression ("selon", "de acuerdo con") starting at `i`, or 0. */
  sourceAt(ts: Token[], i: number): number {
    for (const words of this.sources) {
      if (words.every((w, k) => ts[i + k] !== undefined && fold(ts[i + k].text) === w)) return words.length;
    }
    return 0;
  }
}

/** Lower case with typographic apostrophes as straight ones ("D’après" is "d'après"). */
function fold(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'");
}

const CUES = new WeakMap<CueWords, Cues>();

export function attributeByCues(text: string, quotes: Quote[], entities: Entity[], sentences: Span[], words: CueWords): Quote[] {
  let cues = CUES.get(words);
  if (!cues) CUES.set(words, (cues = new Cues(words)));
  return new CueReader(text, quotes, entities, sentences, cues).attribute();
}

class CueReader {
  private readonly layout: QuoteLayout;
  private readonly index: MentionIndex;
  private lastNamed: Found | null = null;

  constructor(
    private readonly text: string,
    private readonly quotes: Quote[],
    entities: Entity[],
    sentences: Span[],
    private readonly cues: Cues,
  ) {
    this.layout = new QuoteLayout(text, quotes, sentences.length ? sentences : [{ start: 0, end: text.length }]);
    this.index = new MentionIndex(entities);
  }

  attribute(): Quote[] {
    const speech = this.quotes.flatMap((q, i) => (q.notSpeech ? [] : [i]));
    const found: (Found | null)[] = this.quotes.map(() => null);
    const terms = new Set<number>();
    for (let k = 0; k < speech.length; k++) {
      const i = speech[k];
      const own = this.after(i) ?? this.before(i);
      // A one-word fragment ("a “rigged” system") is a term unless a cue of its own quotes it; so is a short
      // fragment that no cue governs and that is no sentence (a title: "la serie “I Cavalieri dello Zodiaco”").
      if (!own && this.quotes[i].partial && this.isTermLike(this.quotes[i])) {
        terms.add(i);
        continue;
      }
      found[i] = own ?? (k > 0 && this.continues(speech[k - 1], i) ? found[speech[k - 1]] : null);
      if (own && own.kind !== 'pronoun') this.lastNamed = own;
    }
    for (let k = speech.length - 2; k >= 0; k--) {
      const [i, next] = [speech[k], speech[k + 1]];
      if (!found[i] && found[next] && this.sameParagraph(i, next)) found[i] = found[next];
    }
    return this.quotes.map((q, i) => {
      const s = found[i];
      if (terms.has(i)) return { ...q, notSpeech: 'term' };
      if (!s) return q;
      return {
        ...q,
        speaker: s.speaker,
        ...(s.entityId ? { entityId: s.entityId } : {}),
        speakerSpan: s.span,
        speakerKind: s.kind,
        ...(s.description ? { speakerDescription: s.description } : {}),
      };
    });
  }

  private isTermLike(q: Span): boolean {
    const body = this.text.slice(q.start, q.end);
    const words = countWords(body);
    return words === 1 || (words <= MAX_TERM_WORDS && !/[.!?…]$/u.test(body.trim()));
  }

  private sameParagraph(a: number, b: number): boolean {
    return this.layout.paragraphOf(this.quotes[a].start) === this.layout.paragraphOf(this.quotes[b].start);
  }

  /** The same paragraph, or this quote opens the paragraph right after the previous quote's (blank lines aside). */
  private continues(prev: number, i: number): boolean {
    if (this.sameParagraph(prev, i)) return true;
    const open = this.openMark(this.quotes[i]);
    const paragraph = this.layout.paragraphSpan(open);
    if (this.text.slice(paragraph.start, open).trim()) return false;
    return !this.text.slice(this.layout.paragraphSpan(this.quotes[prev].start).end, paragraph.start).trim();
  }

  /** Position of the quote's opening mark (or dash), or its start when it has none. */
  private openMark(q: Span): number {
    let i = q.start;
    while (i > 0 && /\s/u.test(this.text[i - 1])) i--;
    while (i > 0 && MARK_OR_DASH.test(this.text[i - 1]) && !/\s/u.test(this.text[i - 1])) i--;
    return i < q.start && !/\s/u.test(this.text[i]) ? i : q.start;
  }

  private afterClose(q: Span): number {
    let i = q.end;
    while (i < this.text.length && this.text[i] !== '\n' && MARK_OR_DASH.test(this.text[i])) i++;
    return i;
  }

  /** "…», a déclaré le ministre" · "…“, sagte er" · "…”, Lula disse" · "…“, so der Sprecher" · "— disse ele". */
  private after(i: number): Found | null {
    const q = this.quotes[i];
    const from = this.afterClose(q);
    let end = this.layout.paragraphSpan(q.start).end;
    const next = this.quotes[i + 1];
    if (next) end = Math.min(end, this.openMark(next));
    if (from >= end) return null;
    let ts = tokenize(this.text, { start: from, end });
    let k = 0;
    while (k < ts.length && isPunct(ts[k]) && !SENTENCE_END.test(ts[k].text)) k++;
    // A cue after the quote's own full stop belongs to the next sentence ("… partons. » Il a dit …" is no cue).
    if (k < ts.length && SENTENCE_END.test(ts[k].text)) return null;
    const stop = ts.findIndex((t, n) => n > k && SENTENCE_END.test(t.text));
    if (stop > 0) ts = ts.slice(0, stop);
    const t = ts[k];
    // "« Nous partons. » Le gouvernement …": a quote that ends its sentence has no cue after it, but an inverted one.
    if (!t || (/[.!?…]\s*$/u.test(this.text.slice(q.start, q.end)) && CAPITALISED.test(t.text))) return null;
    const source = this.cues.sourceAt(ts, k) || (this.cues.after.has(t.text.toLowerCase()) ? 1 : 0);
    if (source) return this.forward(ts, k + source);
    if (this.cues.isVerb(t) || this.cues.isAux(t)) return this.inverted(ts, k);
    // Subject first, set off by a comma: "…”, o ministro disse" / "…“, Merkel sagte".
    const comma = ts.slice(0, k).some((p) => p.text === ',') || /[,?!]\s*$/u.test(this.text.slice(q.start, q.end));
    for (let v = k + 1; comma && v < ts.length && v <= k + MAX_PHRASE; v++) {
      if (isPunct(ts[v]) && !IN_NAME.test(ts[v].text)) return null;
      if (this.cues.isVerb(ts[v])) return this.speakerOf(ts.slice(k, v).filter((w) => !this.cues.isAux(w)));
    }
    return null;
  }

  /**
   * "Selon X, « … »" · "Lula disse: “…”" · "Sagte er: „…“" · "Ha detto il ministro: «…»", or in the sentence before
   * when the quote opens its own ("Lula falou com a imprensa. “…”"), within the paragraph.
   */
  private before(i: number): Found | null {
    const q = this.quotes[i];
    const open = this.openMark(q);
    const paragraph = this.layout.paragraphSpan(open);
    let start = Math.max(this.layout.sentenceAt(open).start, paragraph.start);
    const prev = this.quotes[i - 1];
    if (prev && prev.end <= open) start = Math.max(start, this.afterClose(prev));
    if (start < open) return this.cueIn(tokenize(this.text, { start, end: open }));
    const s = this.layout.sentenceIndex(open);
    const before = this.layout.sentences[s - 1];
    if (!before || before.start < paragraph.start || (prev && prev.end > before.start)) return null;
    return this.cueIn(tokenize(this.text, before));
  }

  /** The speaker of the last verb of saying (or the first source word) in a stretch of text. */
  private cueIn(ts: Token[]): Found | null {
    for (let s = 0; s < ts.length; s++) {
      const n = this.cues.sourceAt(ts, s);
      if (n) return this.forward(ts, s + n);
    }
    for (let v = ts.length - 1; v >= 0; v--) {
      if (!this.cues.isVerb(ts[v])) continue;
      let b = v - 1;
      while (b >= 0 && this.cues.isAdverb(ts[b])) b--;
      // "è stato annunciato", "wurde gesagt": a passive has no speaker for its subject.
      if (this.cues.isPassive(ts[b])) return null;
      while (b >= 0 && (this.cues.isAux(ts[b]) || this.cues.isAdverb(ts[b]))) b--;
      // "O ministro da Fazenda, Carlos Mendes, disse": the appositive that a comma closes names the subject.
      const subject = this.backward(ts, ts[b]?.text === ',' ? b - 1 : b);
      const own = subject.length && !subject.every((t) => this.cues.isAdverb(t)) ? this.speakerOf(subject) : null;
      return own ?? this.inverted(ts, v);
    }
    return null;
  }

  /** Past a verb (and its auxiliary, "-t-", adverbs) to its speaker: a pronoun or a phrase. */
  private inverted(ts: Token[], v: number): Found | null {
    // An auxiliary alone is no cue: "…», a-t-il dit" and "…», a déclaré X" have their verb within a few words.
    if (!this.cues.isVerb(ts[v]) && !ts.slice(v + 1, v + 7).some(this.cues.isVerb)) return null;
    let j = v + 1;
    while (j < ts.length && (ts[j].text === '-' || ts[j].text === 't')) j++;
    if (this.cues.isPronoun(ts[j])) return this.pronoun(ts[j]);
    while (j < ts.length && (this.cues.isVerb(ts[j]) || this.cues.isAdverb(ts[j]))) j++;
    // No subject written ("…”, afirmou." · "ha detto ai giornalisti"): whom the text was just about.
    return this.forward(ts, j) ?? this.pronoun(ts[v]);
  }

  private forward(ts: Token[], start: number): Found | null {
    let from = start;
    // A preposition first: a time before the speaker ("sagte am Montag der Minister"), else whom the words were
    // said to ("disse à Folha", "aseguró ante la prensa"), which is no speaker.
    if (ts[from] && this.cues.ends.has(ts[from].text.toLowerCase())) {
      if (!this.cues.isAdverb(ts[from + 1]) || !this.cues.isDeterminer(ts[from + 2])) return null;
      from += 2;
    }
    const out: Token[] = [];
    for (let j = from; j < ts.length && out.length < MAX_PHRASE; j++) {
      const t = ts[j];
      if (isPunct(t) && !(IN_NAME.test(t.text) && out.length)) break;
      if (out.length && (this.cues.ends.has(t.text.toLowerCase()) || this.cues.isVerb(t) || this.cues.isAux(t))) break;
      out.push(t);
    }
    return out.length ? this.speakerOf(out, true) : null;
  }

  /**
   * The subject phrase ending at token `last`, back to punctuation, a preposition or the start. Without articles
   * (Russian) the word right after a preposition is its object, not the subject ("В интервью модель призналась").
   */
  private backward(ts: Token[], last: number): Token[] {
    let j = last;
    while (j >= 0 && last - j < MAX_PHRASE && !(isPunct(ts[j]) && !IN_NAME.test(ts[j].text)) && !this.cues.ends.has(ts[j].text.toLowerCase())) j--;
    const object = j >= 0 && !this.cues.determiners.size && this.cues.ends.has(ts[j].text.toLowerCase()) && last - j > 1;
    return ts.slice(j + (object ? 2 : 1), last + 1);
  }

  /** A pronoun or a verb without a subject: the last speaker nearby, or else the person the text was just about. */
  private pronoun(t: Token): Found | null {
    const recent = this.lastNamed && t.start - this.lastNamed.span.end <= ANTECEDENT_WINDOW ? this.lastNamed : null;
    const named = recent ?? this.antecedent(t.start);
    if (!named) return null;
    const span = { start: t.start, end: t.end };
    if (named.kind === 'unnamed') return { speaker: named.speaker, span, kind: 'unnamed' };
    return { speaker: named.speaker, span, kind: 'pronoun', ...(named.entityId ? { entityId: named.entityId } : {}) };
  }

  /**
   * The person the text before `pos` is about: the nearest tagged person, or without an entity model the nearest
   * name of two or more capitalised words ("Carlos Mendes") or sentence subject with an article ("Le président").
   */
  private antecedent(pos: number): Found | null {
    const floor = Math.max(0, pos - ANTECEDENT_WINDOW);
    for (const m of this.index.backFrom(pos, floor)) {
      if (m.entity.type === 'PER' && this.layout.quoteContaining(m.start) < 0) return { speaker: m.entity.name, span: { start: m.start, end: m.end }, kind: 'named', entityId: m.entity.id };
    }
    for (let s = this.layout.sentenceIndex(pos); s >= 0 && this.layout.sentences[s].end > floor; s--) {
      const sentence = this.layout.sentences[s];
      const ts = tokenize(this.text, { start: Math.max(sentence.start, floor), end: Math.min(sentence.end, pos) }).filter((t) => this.layout.quoteContaining(t.start) < 0);
      const found = this.personIn(ts);
      if (found) return found;
    }
    return null;
  }

  private personIn(ts: Token[]): Found | null {
    for (let k = 0; k < ts.length; k++) {
      if (!CAPITALISED.test(ts[k].text) || this.cues.isDeterminer(ts[k])) continue;
      const run = this.nameRun(ts.slice(k), false, true);
      if (run && run.filter((t) => CAPITALISED.test(t.text)).length >= 2) return this.speakerOf(run, true);
      if (run) k += run.length - 1;
    }
    // "Le président a reçu …": the sentence's subject, an article and its noun before the verb.
    if (this.cues.isDeterminer(ts[0]) && ts.length > 2) {
      const v = ts.findIndex((t, n) => n > 0 && (this.cues.isAux(t) || this.cues.isVerb(t) || isPunct(t)));
      if (v > 1 && !isPunct(ts[v])) return this.speakerOf(ts.slice(0, v));
    }
    return null;
  }

  /**
   * A phrase as a speaker: a tagged entity in it, a name (capitalised run), or a description ("le ministre").
   * `after` a verb or source word: there a name that opens the phrase is the speaker whatever follows.
   */
  private speakerOf(phrase: Token[], after = false): Found | null {
    const ts = phrase.filter((t, n) => !(isPunct(t) && (n === 0 || n === phrase.length - 1)));
    if (!ts.length) return null;
    if (ts.length === 1 && this.cues.isPronoun(ts[0])) return this.pronoun(ts[0]);
    for (const t of ts) {
      const m = this.index.at(t.start);
      if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG')) {
        return { speaker: m.entity.name, span: { start: m.start, end: m.end }, kind: 'named', entityId: m.entity.id };
      }
    }
    const described = this.cues.isDeterminer(ts[0]);
    const name = this.nameRun(described ? ts.slice(1) : ts, described, after);
    const span = (a: Token, b: Token) => ({ start: a.start, end: b.end });
    if (name) {
      const words = this.text.slice(name[0].start, name[name.length - 1].end);
      const description = name[0] !== ts[0] ? this.text.slice(ts[0].start, name[0].start).trim() : '';
      return { speaker: words, span: span(name[0], name[name.length - 1]), kind: 'named', ...(description ? { description } : {}) };
    }
    // Without articles (Russian), a phrase of common nouns is a description as it stands ("министр обороны").
    if (!described && (this.cues.determiners.size || !ts.slice(1).every((t) => /^\p{Ll}/u.test(t.text)))) return null;
    const words = this.text.slice(ts[0].start, ts[ts.length - 1].end);
    return { speaker: words, span: span(ts[0], ts[ts.length - 1]), kind: 'unnamed' };
  }

  /**
   * The run of capitalised words (particles between them: "da Silva", "von der Leyen") that ends the phrase, or
   * opens it when the phrase opens with a capital. Where every noun is capitalised (German), a described speaker
   * needs two capitalised words to be named ("der Minister Olaf Scholz", not "der Sprecher des Ministeriums").
   */
  private nameRun(ts: Token[], described: boolean, after: boolean): Token[] | null {
    const isCap = (t: Token) => CAPITALISED.test(t.text);
    const runFrom = (s: number) => {
      let e = s;
      while (e + 1 < ts.length && (isCap(ts[e + 1]) || ((this.cues.particles.has(ts[e + 1].text) || ts[e + 1].text === '-') && ts.slice(e + 2).some(isCap)))) e++;
      while (e > s && !isCap(ts[e])) e--;
      return ts.slice(s, e + 1);
    };
    if (!ts.length) return null;
    if (!described) {
      // After a verb or source word, a role noun may come first ("volgens oppositieleider Sara Bakker").
      const lead = after ? ts.findIndex(isCap) : 0;
      if (lead > 0 && lead <= MAX_ROLE_WORDS) return runFrom(lead);
      // A lone capital letter is a sentence-initial word ("E’ stato", "À"), not a name; so is a capitalised word
      // that lower-case words follow ("Бывшая супермодель").
      const run = isCap(ts[0]) && ts[0].text.length > 1 ? runFrom(0) : null;
      return run && (after || run.length === ts.length || !/^\p{Ll}/u.test(ts[run.length].text)) ? run : null;
    }
    for (let s = 0; s < ts.length; s++) {
      if (!isCap(ts[s])) continue;
      const run = runFrom(s);
      if (ts.indexOf(run[run.length - 1]) !== ts.length - 1) continue;
      // "um dos modelos da Ford": a name after a preposition is the description's complement, not the speaker.
      if (s > 0 && this.cues.particles.has(ts[s - 1].text)) return null;
      const capitals = run.filter(isCap).length;
      return capitals >= (this.cues.words.nounsCapitalised ? 2 : 1) ? (this.cues.words.nounsCapitalised ? run.slice(1) : run) : null;
    }
    return null;
  }
}
