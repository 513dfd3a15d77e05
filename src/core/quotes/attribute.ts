// Who said each quote. In order of trust: a cue right after the quote ("…," said X / X told AFP / — X), a cue
// before it in the same sentence (X said: "…" / according to X, "…" / X said the plan was "…"), a transcript label
// ("PENCE: …") or a headline's "Name: …", the sentence's closing "…, officials said.", the sentence before
// ("He said the talks went well. “…”"). A quote with no cue continues the previous quote of its paragraph or, at
// a paragraph start, of the paragraph before; a quote that leads into a later attributed one in the same
// paragraph (or the same multi-paragraph quote) takes that speaker. Every lookup is local: linear in the text.
import type { Entity, Quote, Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { MentionIndex } from '../entities/mention-index';
import { BETWEEN_SPEAKER_AND_VERB, isCueAt, isInvertible, isParticiple, isSpeechVerb, SPEAKER_PHRASE_END } from './cues';
import { mainClauseSubject } from './clause-subject';
import { QuoteLayout } from './layout';
import { isPunct, phraseAfter, phraseBefore } from './phrases';
import { DOCUMENTS, SpeakerResolver, type Speaker, type SpeakerInFocus } from './speaker';

const DASH = /^[—―–-]$/u;
// "Lee said as the heckler yelled: “…”": a clause joined by "as" with its own verb of saying speaks the quote after it.
const COORDINATION = /^(?:and|but|;|while|whereas|as|which)$/u;
const JOINED_CLAUSE = /^(?:while|whereas|but|;)$/u;
const SUBORDINATOR = /^(?:when|whenever|though|although|if|after|before|because|since|once|until|unless|whereas|for)$/iu;
const PASSIVE = /^(?:was|were|been|being|is|are)$/iu;
const DOCUMENT_VERB = /^(?:began|begins|reads?|shows?|showed|states?|stated|notes?|noted|says|said|concludes|concluded)$/u;
const NAMING = /^(?:called|dubbed|named|titled|entitled|labeled|labelled|nicknamed|branded)$/u;
const NOUN_BEFORE_PARTICIPLE = /^(?:the|a|an|his|her|its|their|['’]s)$/iu;
const DETERMINER = /^(?:a|an|the|his|her|its|their|this|one)$/iu;
const CARRIER_PREPOSITION = /^(?:under|with|in|on|from|beneath|above|below|atop)$/iu;
const QUANTIFIER = /^(?:one|some|two|three|several|many|all|each|most)$/iu;
const MAX_AFTER_SUBJECT = 30;
const SIGNED_LINE_MAX = 60;
const MAX_INVERTED_CLOSING = 30;
const NEW_CLAUSE_AFTER = /^(?:while|whereas|although|because|but|and|since|when|if|unless)$/u;
// "“…campaign.” Kasich said he would have fired him": after a quote that closed its sentence, a verb followed by
// the subject of a reported clause opens new speech of its own.
const REPORTED_CLAUSE_START = /^(?:he|she|they|it|we|i|there|that)$/u;
const SHORT_SUBJECT = 4;
const SPEAKER_START = /^(?:\p{Lu}|\p{N}|(?:he|she|they|the|a|an|one|two|three|some|many|several|officials|sources)$)/u;
// Punctuation inside a speaker phrase: the comma of an appositive, hyphens and apostrophes of names, "Sen.".
const IN_NAME = /^[,’'.&-]$/u;
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’\- ]{1,30}?):\s/u;
// Nouns for what someone said, owned by the speaker: "Lee's catch phrase", "her response".
const SPEECH_NOUN = /^(?:response|reply|answer|retort|slogan|motto|catchphrase|phrase|mantra|refrain|message|promise|pledge|vow|line|words|remark|remarks|comment|comments|quip|warning|question|advice|plea|rallying|battle|cry|boast|claim|tagline|verdict|assessment|assertion|insistence|contention|argument|statement|description)$/u;
const POSSESSIVE = /^(?:['’]s|his|her|His|Her)$/u;
// How far before a quote the noun of a claim may open its clause ("her claim that she “…”").
const CLAIM_REACH = 8;
const NAME_COLON = /^\s*((?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}.'’\-]*):\s/u;

export function attributeQuotes(text: string, quotes: Quote[], entities: Entity[], sentences: Span[]): Quote[] {
  const layout = new QuoteLayout(text, quotes, sentences.length ? sentences : [{ start: 0, end: text.length }]);
  const index = new MentionIndex(entities);
  const resolver = new SpeakerResolver(text, index, entities, layout);
  const cues = new CueReader(text, layout, index, resolver);
  const found: (Speaker | null)[] = quotes.map(() => null);
  const focus: SpeakerInFocus[] = [];
  // Titles and terms are nobody's speech: they neither get a speaker nor break a run of one speaker's quotes.
  const speech = quotes.flatMap((q, i) => (q.notSpeech ? [] : [i]));
  const terms = new Set<number>();
  for (let k = 0; k < speech.length; k++) {
    const i = speech[k];
    // A one-word fragment ("a “rigged” system") is a term unless a cue or a clause subject in its own sentence
    // quotes it ("Lee called it “rigged”", "Lee identified the judge as “Spanish”").
    if (isOneWordFragment(text, quotes[i])) {
      const own = cues.sameSentence(i, focus);
      if (!own) terms.add(i);
      found[i] = own;
      if (own) focus.push({ speaker: own, pos: quotes[i].end });
      continue;
    }
    const speaker = cues.explicit(i, focus) ?? continued(k, speech, found, layout);
    found[i] = speaker;
    if (speaker) focus.push({ speaker, pos: quotes[i].end });
  }
  // Backwards: a quote that leads into an attributed one ("“A.” … “B,” he said.", or a multi-paragraph quote).
  for (let k = speech.length - 2; k >= 0; k--) {
    const [i, next] = [speech[k], speech[k + 1]];
    if (found[i] || !found[next]) continue;
    const sameParagraph = layout.paragraphOf(quotes[i].start) === layout.paragraphOf(quotes[next].start);
    if (sameParagraph || layout.runsOn(quotes[i])) found[i] = found[next];
  }
  bridgeParagraphs(speech, found, layout);
  return quotes.map((q, i) => {
    const s = found[i];
    if (terms.has(i)) return { ...q, speaker: null, notSpeech: 'term' };
    if (!s) return { ...q, speaker: null };
    return {
      ...q,
      speaker: s.speaker,
      ...(s.entityId ? { entityId: s.entityId } : {}),
      speakerSpan: s.speakerSpan,
      speakerKind: s.kind,
      ...(s.description ? { speakerDescription: s.description } : {}),
    };
  });
}

function isOneWordFragment(text: string, q: Quote): boolean {
  return Boolean(q.partial) && (text.slice(q.start, q.end).match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0) === 1 && !/[.!?…]\s*$/u.test(text.slice(q.start, q.end));
}

/** No cue: the previous quote of the paragraph, or of the paragraph just before when this one opens its own. */
function continued(k: number, speech: number[], found: (Speaker | null)[], layout: QuoteLayout): Speaker | null {
  if (k === 0 || !found[speech[k - 1]]) return null;
  const [i, prev] = [speech[k], speech[k - 1]];
  const here = layout.paragraphOf(layout.quotes[i].start);
  const there = layout.paragraphOf(layout.quotes[prev].start);
  if (here === there) return found[prev];
  return opensParagraph(layout, i) && here - there <= 3 && onlyBlankBetween(layout, there, here) ? found[prev] : null;
}

function opensParagraph(layout: QuoteLayout, i: number): boolean {
  const open = layout.openMark(layout.quotes[i]);
  return !layout.text.slice(layout.paragraphSpan(open).start, open).trim();
}

/**
 * A paragraph of quotes with no cue between two paragraphs quoting the same speaker is theirs too: "“A,” Lee
 * said. / “B.” / “C,” Lee added."
 */
function bridgeParagraphs(speech: number[], found: (Speaker | null)[], layout: QuoteLayout): void {
  for (let k = 1; k < speech.length - 1; k++) {
    const i = speech[k];
    if (found[i]) continue;
    const before = found[speech[k - 1]];
    let n = k + 1;
    while (n < speech.length && !found[speech[n]] && layout.paragraphOf(layout.quotes[speech[n]].start) === layout.paragraphOf(layout.quotes[i].start)) n++;
    const after = n < speech.length ? found[speech[n]] : null;
    if (!before || !after || !sameSpeaker(before, after)) continue;
    const here = layout.paragraphOf(layout.quotes[i].start);
    const [there, next] = [layout.paragraphOf(layout.quotes[speech[k - 1]].start), layout.paragraphOf(layout.quotes[speech[n]].start)];
    if (there >= here || next <= here || !onlyBlankBetween(layout, there, here) || !onlyBlankBetween(layout, here, next)) continue;
    for (let m = k; m < n; m++) found[speech[m]] = before;
  }
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.entityId ? a.entityId === b.entityId : a.speaker.toLowerCase() === b.speaker.toLowerCase();
}

function onlyBlankBetween(layout: QuoteLayout, from: number, to: number): boolean {
  for (let p = from + 1; p < to; p++) {
    const span = layout.paragraphByIndex(p);
    if (layout.text.slice(span.start, span.end).trim()) return false;
  }
  return true;
}

/**
 * The text right before a participle or a relative "that said" ("a sign saying", "a headline that said", "one of
 * her ads asking"): its noun phrase from the determiner, or nothing when no text noun stands there.
 */
function textBefore(ts: Token[], v: number): Token[] {
  if (v < 1 || (!isCueAt(ts, v) && !isParticiple(ts[v].text))) return [];
  const relative = /^(?:that|which)$/u.test(ts[v - 1]?.text ?? '');
  const noun = relative ? v - 2 : v - 1;
  if (noun < 0 || !DOCUMENTS.has(ts[noun].text.toLowerCase()) || (!relative && !isParticiple(ts[v].text))) return [];
  let from = noun;
  for (let k = noun - 1; k >= Math.max(0, noun - 4) && !isPunct(ts[k]); k--) {
    if (DETERMINER.test(ts[k].text)) {
      from = k;
      break;
    }
  }
  if (from < noun && ts[from - 1]?.text === 'of' && QUANTIFIER.test(ts[from - 2]?.text ?? '')) from -= 2;
  // "Lee issued a statement saying": the one who issued it speaks; the text only after a preposition or as a subject.
  const before = ts[from - 1];
  return !before || isPunct(before) || CARRIER_PREPOSITION.test(before.text) ? ts.slice(from, noun + 1) : [];
}

/** Tokens without short bracketed asides: "Sen. Claire McCaskill (D-Mo.) said" reads "Sen. Claire McCaskill said". */
function withoutAsides(ts: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (ts[i].text === '(') {
      const close = ts.findIndex((t, k) => k > i && t.text === ')');
      if (close > i && close - i <= 10) {
        i = close;
        continue;
      }
    }
    out.push(ts[i]);
  }
  return out;
}

class CueReader {
  constructor(
    private readonly text: string,
    private readonly layout: QuoteLayout,
    private readonly index: MentionIndex,
    private readonly resolver: SpeakerResolver,
  ) {}

  explicit(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const q = this.layout.quotes[i];
    const label = this.transcriptLabel(q);
    if (label) return label;
    // "Trump told the crowd he would “win big,” according to CNN": a source named with "according to" or "via"
    // after the quote reports it; a speaker with his own cue before the quote said it.
    // A quote that closes its sentence and has a cue before it is that cue's: "Hayek said, “….” The star recalled".
    const after = this.after(i, focus);
    if (after && !this.reportedVia(i) && (!this.closesSentence(q) || this.invertedCueAfter(i))) return after;
    // "“…,” it said" with no text or body to refer to: nobody, rather than a person found by a weaker rule.
    if (!after && this.saidByIt(i)) return null;
    return (
      this.claimOwner(i, focus) ??
      this.before(i, focus) ??
      after ??
      this.possessor(i, focus) ??
      this.signedLine(i, focus) ??
      this.nameColon(q) ??
      this.colonClauseSubject(i, focus) ??
      this.sentenceClosing(i, focus) ??
      this.previousSentence(i, focus) ??
      this.sentenceSubject(i, focus)
    );
  }

  /** A cue in the quote's own sentence only (after it, or before it), or the subject of the clause holding it. */
  sameSentence(i: number, focus: SpeakerInFocus[]): Speaker | null {
    return this.after(i, focus) ?? this.claimOwner(i, focus) ?? this.before(i, focus) ?? this.sentenceSubject(i, focus);
  }

  private closesSentence(q: Span): boolean {
    return /[.!?…]\s*$/u.test(this.text.slice(Math.max(q.start, q.end - 3), q.end)) && this.text.slice(this.layout.sentenceAt(q.start).start, this.layout.openMark(q)).trim().length > 0;
  }

  private saidByIt(i: number): boolean {
    const ts = this.afterTokens(i, false).filter((t) => !isPunct(t));
    return ts.length > 1 && ts[0].text.toLowerCase() === 'it' && isCueAt(ts, 1);
  }

  /** "“…?” asked Dunn": a verb of saying right after the quote, before its subject, is this quote's cue. */
  private invertedCueAfter(i: number): boolean {
    const ts = this.afterTokens(i, false).filter((t) => !isPunct(t));
    return ts.length > 1 && /^\p{Ll}/u.test(ts[0].text) && isCueAt(ts, 0) && isInvertible(ts[0].text);
  }

  /** The quote is followed by "according to X" or "via X". */
  private reportedVia(i: number): boolean {
    const ts = this.afterTokens(i, false).filter((t) => !isPunct(t));
    const first = ts[0]?.text.toLowerCase();
    return first === 'via' || (first === 'according' && ts[1]?.text.toLowerCase() === 'to');
  }

  /**
   * No cue at all, and the quote sits inside its sentence: the subject of that sentence ("Sanders has pushed his
   * promise of “free college”"), when it is a name, a pronoun or a source noun at the start of the main clause.
   */
  private sentenceSubject(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const q = this.layout.quotes[i];
    const open = this.layout.openMark(q);
    const sentence = this.layout.sentenceAt(open);
    const start = Math.max(sentence.start, this.layout.paragraphSpan(open).start);
    const ts = withoutAsides(tokenize(this.text, { start, end: open }));
    if (ts.length < 2) return null;
    // "Jindal signed an order, while Huckabee proposed we “…”": the subject of the clause that holds the quote.
    const joined = ts.findLastIndex((t, k) => JOINED_CLAUSE.test(t.text) || (t.text === 'and' && this.isPersonName(ts[k + 1] ?? t) && ts[k - 1]?.text === ','));
    const own = joined > 0 ? mainClauseSubject(ts.slice(joined + 1), this.index) : [];
    const subject = own.length ? own : mainClauseSubject(ts, this.index);
    return subject.length ? this.resolver.fromPhrase(subject, focus) : null;
  }

  private isPersonName = (t: Token): boolean => this.index.at(t.start)?.entity.type === 'PER';
  private isPlace = (t: Token): boolean => this.index.at(t.start)?.entity.type === 'LOC';

  /** A phrase that names someone: a tagged name in it, or capitalised words throughout. */
  private looksLikeName(ts: Token[]): boolean {
    if (!ts.length) return false;
    return ts.some((t) => this.index.at(t.start) !== undefined) || ts.every((t) => /^[\p{Lu}\p{N}’'.\-]/u.test(t.text));
  }

  /** "PENCE: Well, look, ..." inside a transcript quote. */
  private transcriptLabel(q: Span): Speaker | null {
    const m = TRANSCRIPT_LABEL.exec(this.text.slice(q.start, q.start + 40));
    if (!m || /\p{Ll}/u.test(m[1])) return null;
    const span = { start: q.start, end: q.start + m[1].length };
    const linked = this.resolver.linkName(m[1]);
    return linked ? this.resolver.entitySpeaker(linked, span) : { speaker: m[1], speakerSpan: span, person: true, plural: false, kind: 'named' };
  }

  /** Tokens after the closing mark up to the sentence end or the next quote. */
  private afterTokens(i: number, extend: boolean): Token[] {
    const q = this.layout.quotes[i];
    const from = this.layout.afterClose(q);
    const sentence = this.layout.sentenceIndex(Math.max(q.start, q.end - 1));
    let end = this.layout.sentences[sentence]?.end ?? this.text.length;
    const extended = extend && end <= from + 1 && this.layout.sentences[sentence + 1] !== undefined;
    if (extended) end = this.layout.sentences[sentence + 1].end;
    const next = this.layout.quotes[i + 1];
    const leadsIntoNext = next !== undefined && extended && this.layout.openMark(next) < end;
    if (next) end = Math.min(end, this.layout.openMark(next));
    end = Math.min(end, this.layout.paragraphSpan(q.start).end);
    const ts = from < end ? withoutAsides(tokenize(this.text, { start: from, end })) : [];
    // "“…mercy.” Ohio, he said, was “where we win.”": a cue inside the next sentence is for the quote it leads into;
    // "“…right?” Lee remarked, smiling, “…”" opens with its own.
    if (leadsIntoNext && !ts.slice(0, SHORT_SUBJECT + 1).some((t, k) => isCueAt(ts, k) && !ts.slice(0, k).some(isPunct))) return [];
    return ts;
  }

  /** "…," said X / "…," X said / "…" — X / "…," according to X. */
  private after(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const q = this.layout.quotes[i];
    const body = this.text.slice(Math.max(q.start, q.end - 4), q.end).replace(/["“”‘’'«»\s]+$/u, '');
    const endsForCue = /[,?!…—–-]$/u.test(body);
    let ts = this.afterTokens(i, /[.?!…]$/u.test(body));
    const startsWithComma = ts[0]?.text === ',';
    if (ts.length && DASH.test(ts[0].text)) {
      const name = phraseAfter(ts, 1);
      if (name.length && /^\p{Lu}/u.test(name[0].text)) return this.resolver.fromPhrase(name, focus);
    }
    while (ts.length && isPunct(ts[0])) ts = ts.slice(1);
    // "…said she would “support the nominee,” while Collins suggested …": a new clause, not this quote's cue.
    if (!ts.length || NEW_CLAUSE_AFTER.test(ts[0].text)) return null;
    if (isCueAt(ts, 0)) {
      // "“…,” read the statement": a text is the one verb of reading that comes before its subject.
      const inverted = phraseAfter(ts, 1);
      const text = /^reads?$/u.test(ts[0].text) && DOCUMENTS.has(inverted.filter((t) => !isPunct(t)).at(-1)?.text.toLowerCase() ?? '');
      return isInvertible(ts[0].text) || text ? this.resolver.fromPhrase(inverted, focus) : null;
    }
    if (/^according$/iu.test(ts[0].text) && ts[1]?.text.toLowerCase() === 'to') return this.resolver.fromPhrase(phraseAfter(ts, 2), focus);
    // Without a comma ("…” Grubbs said.") only a short name may stand between the quote and the verb.
    const maxSubject = endsForCue || startsWithComma ? MAX_AFTER_SUBJECT : SHORT_SUBJECT;
    for (let v = 1; v < ts.length && v <= maxSubject; v++) {
      if (isPunct(ts[v]) && !IN_NAME.test(ts[v].text)) return null;
      if (!isCueAt(ts, v)) continue;
      // "…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name comes first.
      // "…,” Scott Pruitt, the attorney general, said": the name first; "…,” the dawn of a movement, Bozell says": the
      // subject next to the verb. The chunk that is a name wins.
      const comma = ts.findIndex((t) => t.text === ',');
      const nearVerb = phraseBefore(ts, v, this.isPersonName, 0, this.isPlace);
      const first = comma > 0 && comma < v ? ts.slice(0, comma) : nearVerb;
      const subject = first !== nearVerb && !this.looksLikeName(first) && this.looksLikeName(nearVerb) ? nearVerb : first;
      if (maxSubject === SHORT_SUBJECT && !SPEAKER_START.test(subject[0]?.text ?? '')) return null;
      if (maxSubject === SHORT_SUBJECT && REPORTED_CLAUSE_START.test(ts[v + 1]?.text ?? '')) return null;
      // "…,” the bespectacled, 71-year-old diplomat said": a comma between adjectives splits no name from its noun.
      const whole = subject !== nearVerb && !this.looksLikeName(subject) ? this.resolver.fromPhrase(ts.slice(0, v), focus) : null;
      return this.resolver.fromPhrase(subject, focus) ?? whole;
    }
    return null;
  }

  /**
   * A paragraph that is one quote and a next line that only signs it with a person's name: "“…”\n\n- Ann Lee."
   * ("- Reuters." credits a story, "– A rising star –" heads a section.)
   */
  private signedLine(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const q = this.layout.quotes[i];
    const own = this.layout.paragraphOf(q.start);
    if (!opensParagraph(this.layout, i) || this.text.slice(this.layout.afterClose(q), this.layout.paragraphByIndex(own).end).trim()) return null;
    let p = own + 1;
    while (p < own + 3 && !this.text.slice(this.layout.paragraphByIndex(p).start, this.layout.paragraphByIndex(p).end).trim()) p++;
    const line = this.layout.paragraphByIndex(p);
    if (line.start >= this.text.length || line.end - line.start > SIGNED_LINE_MAX) return null;
    const ts = tokenize(this.text, line);
    if (!ts.length || !DASH.test(ts[0].text)) return null;
    const name = phraseAfter(ts, 1);
    const rest = ts.slice(1 + name.length).filter((t) => !isPunct(t));
    const signer = name.length && !rest.length && /^\p{Lu}/u.test(name[0].text) ? this.resolver.fromPhrase(name, focus) : null;
    return signer?.kind === 'named' && signer.person ? signer : null;
  }

  /** Tokens from the start of the quote's sentence (or the previous quote in it) to the opening mark. */
  private beforeTokens(i: number): Token[] {
    const q = this.layout.quotes[i];
    const open = this.layout.openMark(q);
    let start = this.layout.sentenceAt(open).start;
    const prev = this.layout.quotes[i - 1];
    if (prev && prev.end <= open) start = Math.max(start, this.layout.afterClose(prev));
    start = Math.max(start, this.layout.paragraphSpan(open).start);
    if (!this.text.slice(start, open).trim()) return this.introducedByColon(q);
    return withoutAsides(tokenize(this.text, { start, end: open }));
  }

  /** "Caddell continued:" ending the paragraph before one that opens with the quote. */
  private introducedByColon(q: Span): Token[] {
    const paragraph = this.layout.paragraphSpan(q.start);
    if (paragraph.start === 0) return [];
    let end = paragraph.start - 1;
    while (end > 0 && /\s/u.test(this.text[end - 1])) end--;
    if (this.text[end - 1] !== ':') return [];
    const sentence = this.layout.sentenceAt(end - 1);
    return tokenize(this.text, { start: Math.max(sentence.start, this.layout.paragraphSpan(end - 1).start), end });
  }

  /** X said: "…" / X told AFP that "…" / according to X, "…" / X said the premier had asked them to "…". */
  private before(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const ts = this.beforeTokens(i);
    if (!ts.length) return null;
    // "Pollsters agree - Ann Lee: “…”": a line of excerpts names its source between a dash and the colon.
    const dash = ts[ts.length - 1].text === ':' ? ts.findLastIndex((t) => DASH.test(t.text)) : -1;
    const named = dash >= 0 ? ts.slice(dash + 1, -1) : [];
    if (named.length && named.length <= 4 && named.every((t) => /^[\p{Lu}.]/u.test(t.text))) {
      const s = this.resolver.fromPhrase(named, focus);
      if (s) return s;
    }
    // "NATO has insisted … and an official from the alliance said there was “…”": the last coordinated clause
    // that has its own verb of saying speaks the quote; otherwise the first verb of saying in the sentence.
    for (let b = ts.length - 1; b > 0; b--) {
      if (!COORDINATION.test(ts[b].text)) continue;
      // "…, to which Reed replied:": a relative clause whose own subject follows "which" ("at which point the crowd" is
      // read from the phrase).
      if (ts[b].text === 'which' && !/^(?:\p{Lu}|(?:he|she|they)$)/u.test(ts[b + 1]?.text ?? '')) continue;
      // "Ann Grant and Maria Lopez said": names joined, not clauses.
      if (ts[b].text === 'and' && this.isPersonName(ts[b + 1] ?? ts[b]) && /^\p{Lu}/u.test(ts[b - 1].text)) continue;
      const clause = ts.slice(b + 1);
      const cue = clause.findIndex((_, k) => isCueAt(clause, k));
      if (cue < 0) break;
      // "Lee, co-founder of the club and a critic of the plan, said", "Lee, who served as governor, said": an "and"
      // or "as" inside an appositive joins no clauses.
      // "Lee, pastor of the church and a Cruz supporter, said": a description opened after a comma, whatever names it holds.
      const described = /^\p{Ll}/u.test(clause[0]?.text ?? '') && ts.slice(0, b).some((t) => t.text === ',');
      if (clause[cue - 1]?.text === ',' && (described || !clause.slice(0, cue).some(this.isPersonName))) continue;
      // "The aide refused to comment but said …": a verb right after the conjunction shares the sentence's subject.
      // "… but now said": adverbs may stand between.
      let c = 0;
      while (c < clause.length - 1 && (BETWEEN_SPEAKER_AND_VERB.has(clause[c].text) || /^\p{Ll}+ly$/u.test(clause[c].text))) c++;
      const shared = isCueAt(clause, c) && !/^\p{Lu}/u.test(clause[c + 1]?.text ?? '') ? this.firstSubject(ts, b, focus) : null;
      return shared ?? this.cueIn(clause, focus) ?? this.cueIn(ts, focus);
    }
    return this.cueIn(ts, focus) ?? this.cueBeforeEarlierQuote(i, focus);
  }

  /**
   * "Bush tweeted that Trump is a “loser,” a “liar” and a “whiner”": a later quote of a sentence shares the cue
   * before the sentence's first quote. The words inside earlier quotes are no cue.
   */
  private cueBeforeEarlierQuote(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const prev = this.layout.quotes[i - 1];
    const open = this.layout.openMark(this.layout.quotes[i]);
    const sentence = this.layout.sentenceAt(open);
    if (!prev || prev.end <= sentence.start || prev.start < sentence.start) return null;
    const start = Math.max(sentence.start, this.layout.paragraphSpan(open).start);
    const ts = withoutAsides(tokenize(this.text, { start, end: open })).filter((t) => this.layout.quoteContaining(t.start) < 0);
    return this.cueIn(ts, focus);
  }

  /** The first verb of saying in a stretch of tokens, and its subject (or its object after "according to"). */
  private cueIn(written: Token[], focus: SpeakerInFocus[]): Speaker | null {
    const ts = this.headlineCase(written);
    // "under a headline that said, “…”", "with one of her ads asking, “…”": the text that carries the quote, right
    // before it.
    let last = ts.length - 1;
    while (last > 0 && isPunct(ts[last])) last--;
    const carrier = textBefore(ts, last);
    const carried = carrier.length ? this.resolver.fromPhrase(carrier, focus) : null;
    if (carried) return carried;
    let deferred: Speaker | null = null;
    for (let v = 0; v < ts.length; v++) {
      const word = ts[v].text;
      // "The memo began, “…”", "Disclosures show “…”": verbs that quote only with a text as their subject.
      if (DOCUMENT_VERB.test(word) && DOCUMENTS.has(ts[v - 1]?.text.toLowerCase() ?? '')) {
        const s = this.resolver.fromPhrase(phraseBefore(ts, v, this.isPersonName, 0, this.isPlace), focus);
        if (s) return s;
      }
      if (/^according$/iu.test(word) && ts[v + 1]?.text.toLowerCase() === 'to') {
        const s = this.resolver.fromPhrase(phraseAfter(ts, v + 2), focus);
        if (s) return s;
        continue;
      }
      if (!isCueAt(ts, v) && !(isParticiple(word) && !NOUN_BEFORE_PARTICIPLE.test(ts[v - 1]?.text ?? ''))) continue;
      // "Trump was asked, “…”": the question is the asker's, named after "by" or not at all.
      if (PASSIVE.test(ts[v - 1]?.text ?? '') && /ed$/u.test(word)) {
        const agent = ts[v + 1]?.text.toLowerCase() === 'by' ? this.resolver.fromPhrase(phraseAfter(ts, v + 2), focus) : null;
        if (agent) return agent;
        continue;
      }
      // "a class called “Perception”": naming, not saying.
      if (v === ts.length - 1 && NAMING.test(word) && /^\p{Ll}/u.test(ts[v - 1]?.text ?? '') && !/^(?:he|she|they|i|we|who)$/u.test(ts[v - 1].text)) continue;
      if (isParticiple(word) && !/^as$/iu.test(ts[v - 1]?.text ?? '')) {
        const s = this.clauseSubject(ts, v, focus);
        if (s) return s;
        continue;
      }
      const subject = phraseBefore(ts, v, this.isPersonName, 0, this.isPlace);
      // "When Ryan said …, Trump responded, “…”", "it was rare for Lee to say": a subordinate clause's speaker
      // speaks the quote only when the main clause has no cue of its own.
      if (subject.length && SUBORDINATOR.test(ts[ts.indexOf(subject[0]) - 1]?.text ?? '') && v < ts.length - 1) {
        deferred ??= this.resolver.fromPhrase(subject, focus);
        continue;
      }
      // No subject before the verb: an inverted cue ("Said Trump:", "…, said the official").
      const clauseStart = v === 0 || isPunct(ts[v - 1]);
      const inverted = phraseAfter(ts, v + 1);
      const invertedOk = clauseStart && isInvertible(word) && inverted.length > 0 && /^(?:\p{Lu}|the$|a$|an$|one$|two$|three$|\p{N})/u.test(inverted[0].text);
      const s = subject.length ? this.resolver.fromPhrase(subject, focus) : invertedOk ? this.resolver.fromPhrase(inverted, focus) : null;
      if (s) return s;
    }
    return deferred;
  }

  /**
   * A Title Case headline ("Reed Joked the Plan Was “Too Risky”") read in lower case, names excepted, so its verbs
   * of saying are found.
   */
  private headlineCase(ts: Token[]): Token[] {
    const words = ts.filter((t) => /^\p{L}/u.test(t.text));
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    if (words.length < 4 || capitalised < words.length * 0.8) return ts;
    return ts.map((t) => (this.index.at(t.start) ? t : { ...t, text: t.text.toLowerCase() }));
  }

  /** "Trump took to Twitter, writing “…”": the first person, group or pronoun of the clause before. */
  private clauseSubject(ts: Token[], v: number, focus: SpeakerInFocus[]): Speaker | null {
    // "with Trump reportedly yelling:", "Carson privately saying": a name right before the participle is its subject.
    let k = v - 1;
    while (k > 0 && /^\p{Ll}+ly$/u.test(ts[k].text)) k--;
    const own = k >= 0 ? this.index.at(ts[k].start) : undefined;
    if (own && (own.entity.type === 'PER' || own.entity.type === 'ORG') && own.end === ts[k].end && this.layout.quoteContaining(ts[k].start) < 0) return this.resolver.entitySpeaker(own.entity, own);
    return this.firstSubject(ts, v, focus);
  }

  /** The subject of the clause in `ts` before `v`: the main clause's, or its first pronoun or name in a subject's place. */
  private firstSubject(ts: Token[], v: number, focus: SpeakerInFocus[]): Speaker | null {
    // "When Wallace died, President Clinton released a statement:": the main clause's subject, past the opener.
    const main = mainClauseSubject(ts.slice(0, v), this.index);
    if (main.length) {
      const s = this.resolver.fromPhrase(main, focus);
      if (s) return s;
    }
    for (let k = 0; k < v; k++) {
      const t = ts[k];
      if (/^(?:he|she|they)$/iu.test(t.text)) return this.resolver.fromPhrase([t], focus);
      const m = this.index.at(t.start);
      // "… a meeting planned with Trump, adding:": a name after a preposition or a verb is no one's subject.
      if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG') && this.layout.quoteContaining(t.start) < 0 && this.resolver.subjectLike(m)) return this.resolver.entitySpeaker(m.entity, m);
    }
    return null;
  }

  /** "President Obama is rolling out a new message: “It's about me.”": the subject of the clause before a colon. */
  private colonClauseSubject(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const ts = this.beforeTokens(i);
    if (ts[ts.length - 1]?.text !== ':') return null;
    // "… doesn't surprise pollster Daron Shaw:", "a blind faith in Obama’s word:": a person right before the colon.
    const last = ts[ts.length - 2];
    const near = last && (this.index.at(last.start) ?? (ts[ts.length - 3] && /^['’]s$/u.test(last.text) ? this.index.at(ts[ts.length - 3].start) : undefined));
    // "… delivered a blunt message to Trump:": the one addressed is not the speaker.
    const addressed = near && ts[ts.findIndex((t) => t.start >= near.start) - 1]?.text === 'to';
    if (near?.entity.type === 'PER' && !addressed) return this.resolver.entitySpeaker(near.entity, near);
    return addressed ? this.firstSubject(ts, ts.length - 1, focus) : this.clauseSubject(ts, ts.length - 1, focus);
  }

  /** A headline or line that opens with a short name and a colon: "Pat Caddell: Voters Worried …". */
  private nameColon(q: Span): Speaker | null {
    const sentence = this.layout.sentenceAt(q.start);
    const start = Math.max(sentence.start, this.layout.paragraphSpan(q.start).start);
    const m = NAME_COLON.exec(this.text.slice(start, Math.min(start + 60, this.layout.openMark(q))));
    if (!m) return null;
    const from = start + m.index + m[0].indexOf(m[1]);
    return this.resolver.fromPhrase(tokenize(this.text, { start: from, end: from + m[1].length }), []);
  }

  /**
   * "It was forced to “speed up that plan” …, one of the officials said." / "… “the beginning of the end” for the
   * EU, said Geert Wilders, founder of the party."
   */
  private sentenceClosing(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const ts = this.afterTokens(i, false);
    let end = ts.length;
    while (end > 0 && isPunct(ts[end - 1])) end--;
    const inverted = this.invertedClosing(ts, end, focus);
    if (inverted) return inverted;
    for (let v = end - 1; v >= Math.max(0, end - 6); v--) {
      if (isCueAt(ts, v)) {
        const tail = ts.slice(v + 1, end);
        if (tail.length && !SPEAKER_PHRASE_END.has(tail[0].text.toLowerCase())) return null;
        const subject = phraseBefore(ts, v, this.isPersonName, 0, this.isPlace);
        if (subject.length && ts[ts.indexOf(subject[0]) - 1]?.text === ',') return this.resolver.fromPhrase(subject, focus);
        return null;
      }
    }
    return null;
  }

  /** The last ", said X" of a sentence, when X runs to its end or to an appositive or adverbial after it. */
  private invertedClosing(ts: Token[], end: number, focus: SpeakerInFocus[]): Speaker | null {
    for (let v = end - 1; v >= Math.max(1, end - MAX_INVERTED_CLOSING); v--) {
      if (ts[v - 1].text !== ',' || !isCueAt(ts, v) || !isInvertible(ts[v].text)) continue;
      const phrase = phraseAfter(ts, v + 1);
      const next = ts[v + 1 + phrase.length];
      const closes = !next || next.text === ',' || SPEAKER_PHRASE_END.has(next.text.toLowerCase()) || v + 1 + phrase.length >= end;
      if (!phrase.length || !closes || !/^(?:\p{Lu}|the$|a$|an$|one$|two$|three$)/u.test(phrase[0].text)) return null;
      return this.resolver.fromPhrase(phrase, focus);
    }
    return null;
  }

  /**
   * "Lee's catch phrase is “…”", "Her response was: “…”", "Obama's “if you like it” promise": the one whose words a
   * noun of speech right before (or right after) the quote names.
   */
  private possessor(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const written = this.beforeTokens(i);
    // A text quoted after a colon ("From Bush's Facebook post: “…”") is its owner's; "X's report that “…”" reports it.
    const colon = written.at(-1)?.text === ':';
    const ts = written.filter((t) => t.text !== ':' && t.text !== ',');
    let k = ts.length - 1;
    if (k >= 0 && /^(?:that)$/u.test(ts[k].text)) k--;
    if (k >= 0 && /^(?:is|was|were|are)$/u.test(ts[k].text)) k--;
    const after = this.afterTokens(i, false);
    // The noun after the quote: "Obama's “…” promise".
    if (k === ts.length - 1 && SPEECH_NOUN.test(after[0]?.text ?? '') && POSSESSIVE.test(ts[k]?.text ?? '')) return this.owner(ts, k, focus);
    return k >= 0 && (SPEECH_NOUN.test(ts[k].text) || (colon && k === ts.length - 1 && DOCUMENTS.has(ts[k].text))) ? this.ownerBefore(ts, k, focus) : null;
  }

  /**
   * "Lee mocked Reed's claim that “…”", "his promise to be “neutral”": the quote sits in the clause a noun of speech
   * opens, so the noun's owner said it, not whoever reports the claim.
   */
  private claimOwner(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const ts = this.beforeTokens(i);
    for (let n = ts.length - 2; n >= Math.max(0, ts.length - 1 - CLAIM_REACH); n--) {
      if (isCueAt(ts, n + 1) || /^(?:and|but|while|;)$/u.test(ts[n + 1].text)) return null;
      if (SPEECH_NOUN.test(ts[n].text) && /^(?:that|to)$/u.test(ts[n + 1].text)) return this.ownerBefore(ts, n, focus);
    }
    return null;
  }

  /** The owner of the noun at `k`: "campaign slogan", "Facebook post": a few modifiers between the 's and the noun. */
  private ownerBefore(ts: Token[], k: number, focus: SpeakerInFocus[]): Speaker | null {
    for (let m = k - 1; m >= Math.max(0, k - 4); m--) {
      if (POSSESSIVE.test(ts[m].text)) return this.owner(ts, m, focus);
      if (!/^\p{L}[\p{Ll}-]*$/u.test(ts[m].text)) return null;
    }
    return null;
  }

  /** Whose the 's at `k` is: a named person or body, a description ("The Florida senator's"), or "his"/"her". */
  private owner(ts: Token[], k: number, focus: SpeakerInFocus[]): Speaker | null {
    const word = ts[k].text.toLowerCase();
    if (word === 'his' || word === 'her') return this.resolver.fromPhrase([{ ...ts[k], text: word === 'his' ? 'he' : 'she' }], focus);
    const m = k > 0 ? this.index.at(ts[k - 1].start) : undefined;
    if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return this.resolver.entitySpeaker(m.entity, m);
    const from = ts.findLastIndex((t, j) => j < k && /^(?:the|a|an)$/iu.test(t.text));
    return from >= 0 && k - from <= 4 ? this.resolver.fromPhrase(ts.slice(from, k), focus) : null;
  }

  /** "He said the talks went well. “We are hopeful.”": the sentence before, in the same paragraph. */
  private previousSentence(i: number, focus: SpeakerInFocus[]): Speaker | null {
    const q = this.layout.quotes[i];
    const open = this.layout.openMark(q);
    const s = this.layout.sentenceIndex(open);
    const sentence = this.layout.sentences[s];
    const prev = this.layout.sentences[s - 1];
    if (!sentence || !prev || this.text.slice(sentence.start, open).trim()) return null;
    if (this.layout.paragraphOf(prev.start) !== this.layout.paragraphOf(open)) return null;
    if (this.layout.quoteOverlapping(prev) >= 0) return null;
    return this.cueIn(withoutAsides(tokenize(this.text, prev)), focus);
  }
}
