// Turns a speaker phrase into a speaker: a named entity when the phrase is headed by a name ("US President Donald
// Trump" → Donald Trump), a pronoun resolved to the most recent compatible person (an earlier quote's speaker or a
// person mentioned outside quotes, the subject of its sentence first), or the phrase as written for an unnamed
// source ("a NATO official", "two senior US defence officials"), never a guess.
import type { Entity, Span, SpeakerKind } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { MentionIndex, type EntityMention } from '../entities/mention-index';
import { genderEvidence } from './gender-evidence';
import { phraseGender, type Gender } from '../entities/gender';
import { NON_PERSON_SOURCES, ORGANISATION_ROLE_NOUNS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, ROLE_MODIFIERS, ROLE_NOUNS } from '../entities/lexicon';
import { nameTokens, personNameFits } from '../entities/names';
import { isPunct } from './phrases';
import { nounPhrase } from './noun-phrase';
import { COLLECTIVES, GROUPS } from './groups';
import { placeGroupKey } from '../entities/short-forms';
import { mainClauseSubject } from './clause-subject';
import { isTitleOf } from './title-of';
import { isInvertible, isSpeechVerb } from './cues';
import type { QuoteLayout } from './layout';

export interface Speaker {
  speaker: string;
  entityId?: string;
  speakerSpan: Span;
  /** A person (he/she can refer back to it), as opposed to an organisation or a document. */
  person: boolean;
  plural: boolean;
  kind: SpeakerKind;
  /** The description an unnamed speaker was given when it resolved to a named person ("the actor"). */
  description?: string;
}

/** A speaker and the position up to which it is the one being talked about. */
export interface SpeakerInFocus {
  speaker: Speaker;
  pos: number;
}

const LEADING_JUNK = new Set(['and', 'but', 'then', 'so', 'also', 'even', 'as', 'while', 'though', 'yet', 'now']);
const NOT_A_SPEAKER = new Set(['it', 'this', 'that', 'which', 'who', 'what', 'there', 'i', 'we', 'you', 'me', 'us', 'here', 'one', 'these', 'those', 'some', 'many', 'others', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'itself']);
const LEADING_ADVERBIAL = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'without', 'under', 'over', 'about', 'for', 'from', 'to', 'by', 'of', 'when', 'if', 'because', 'asked', 'speaking', 'following', 'like', 'unlike', 'despite', 'amid', 'among', 'through', 'into', 'than']);
const PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'with', 'to', 'in', 'on', 'by']);
const PRONOUN_WINDOW = 2500;
// Untagged surnames are looked for in the last few sentences only: a nearby miss matters, a distant one does not.
const UNTAGGED_WINDOW = 800;
const OPENING_CLAUSE = /^\W*(?:when|while|though|although|if|after|before|asked|as|since|because|once|until|unless|in|on|at|during|with|despite|amid|speaking|responding)\b/iu;
// Lower-case words after which a name still opens a clause as its subject ("and Trump said", "that Clinton had").
const SUBJECT_OPENERS = new Set(['and', 'but', 'that', 'while', 'because', 'so', 'then', 'also', 'yet', 'or', 'as', 'since', 'after', 'before', 'where', 'whereas', 'said', 'says', 'added', 'meanwhile', 'however', 'now', 'later', 'even', 'instead', 'still', 'finally']);
const MAX_NOMINAL = 9;
// Words that qualify a title before a name ("the former Acme spokeswoman Ann Lee").
const TITLE_MODIFIERS = new Set(['the', 'a', 'an', 'former', 'then', 'top', 'senior', 'longtime', 'chief', 'deputy', 'acting', 'veteran', 'campaign', 'press', 'political', 'fellow', 'current', 'new']);
// Sources that are texts, not people or bodies: counted apart on the card ("the email", "court filings").
export const DOCUMENTS = new Set([
  'report', 'reports', 'study', 'survey', 'poll', 'statement', 'statements', 'website', 'document', 'documents', 'letter',
  'memo', 'filing', 'filings', 'complaint', 'lawsuit', 'ad', 'article', 'story', 'post', 'tweet', 'tweets', 'editorial',
  'column', 'piece', 'headline', 'release', 'spot', 'video', 'email', 'emails', 'e-mail', 'disclosures', 'records',
  'transcript', 'book', 'note', 'message', 'indictment', 'ruling', 'order', 'guidelines', 'sign', 'banner', 'slogan', 'caption',
  'suit', 'ads', 'signs', 'banners', 'headlines', 'placard', 'placards', 'poster', 'posters', 'letters', 'messages', 'notes',
]);
// Role nouns too general to name one person ("the man", "the source").
const GENERIC_PEOPLE = new Set(['man', 'woman', 'person', 'people', 'source', 'member', 'official', 'friend', 'fan', 'voter', 'resident', 'witness', 'supporter', 'critic', 'observer', 'insider', 'worker', 'employee', 'student']);
// Titles written before a name and the role noun they stand for ("Sen. Ann Lee" is "the senator").
const TITLE_ROLES: Record<string, string> = {
  'sen.': 'senator', senator: 'senator', 'rep.': 'congressman', 'gov.': 'governor', governor: 'governor', 'gen.': 'general',
  'prof.': 'professor', 'dr.': 'doctor', president: 'president', mayor: 'mayor', judge: 'judge',
};
// A place or body the tagger typed as a person ("Trump Tower", "Lee Foundation"): never a "he" or a "she".
const INSTITUTION_END = /\s(?:Tower|Towers|SoHo|Hotel|Plaza|Building|Center|Centre|Foundation|Institute|University|College|Group|Inc\.?|Corp\.?|Campaign|Administration|Show|Network|PAC|Committee|Party)$/u;
// "Christie's been making the case", "Lee's not running": the 's of "has" or "is", not of a possessor.
const CONTRACTION_NEXT = /^\s+(?:been|got|gotten|not|never|also|always|already|just|still|now|going|done|made|had|a|an|the)\b/u;
const SOURCE_DESCRIPTION = new Map([['familiar', 'with'], ['close', 'to'], ['involved', 'in'], ['knowledgeable', 'about'], ['briefed', 'on']]);
const MAX_PLAIN_NOMINAL = 6;
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do']);
const MAX_PHRASE_TOKENS = 14;
const MAX_REPORTING_CLAUSE = 10;
const MAX_TITLE_WORDS = 3;
// How near a mention, in its sentence, a place or party must be written to tie the person to it ("Sen. Ann Lee of
// Vermont").
const TIE_WINDOW = 40;
// How many sentences before a pronoun a described subject ("the Ohio governor") is looked for in.
const DESCRIBED_SENTENCES = 3;
const DESCRIPTION_START = /^(?:the|a|an|one)$/iu;
const INDEFINITE = /^(?:a|an|one)$/iu;
const CAPITALISED_WORD = /\p{Lu}[\p{L}.]*/gu;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
// How far after a name the person whose title it is in may be named.
const TITLE_REACH = 60;
const ACCORDING_TO = /(?:\baccording to|^\W*(?:to|for))\s[^,;]*$/iu;
const ASKED = /^(?:asked|asks)$/u;
const REPLY = /^\s+(?:then\s+|simply\s+|quickly\s+)?(?:replied|replies|responded|responds|answered|answers|retorted|shot back)\b/u;
const EXISTENTIAL_VERB = /^(?:was|is|stood|stands|sat|sits)$/u;

export class SpeakerResolver {
  private readonly byWord = new Map<string, Entity[]>();
  private genders: Map<Entity, Gender> | null = null;
  private readonly heardAs = new Map<string, Gender>();
  private readonly byId: Map<string, Entity>;

  constructor(
    private readonly text: string,
    private readonly index: MentionIndex,
    private readonly entities: Entity[],
    private readonly layout: QuoteLayout,
  ) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) {
      if (e.type !== 'PER') continue;
      const words = nameTokens(e.name);
      const last = words[words.length - 1];
      if (last) this.byWord.set(last, [...(this.byWord.get(last) ?? []), e]);
    }
  }

  fromPhrase(phrase: Token[], focus: SpeakerInFocus[]): Speaker | null {
    let ts = phrase.length > MAX_PHRASE_TOKENS ? phrase.slice(-MAX_PHRASE_TOKENS) : phrase;
    while (ts.length && (isPunct(ts[0]) || LEADING_JUNK.has(ts[0].text.toLowerCase()))) ts = ts.slice(1);
    while (ts.length && isPunct(ts[ts.length - 1])) ts = ts.slice(0, -1);
    // "at which point the crowd": the subject of a clause opened by a relative adverbial.
    const relative = ts.findIndex((t) => /^(?:which|whom)$/u.test(t.text));
    const article = ts.findLastIndex((t, j) => j > relative && /^(?:the|a|an)$/u.test(t.text));
    if (relative > 0 && article > relative && LEADING_ADVERBIAL.has(ts[0].text.toLowerCase())) ts = ts.slice(article);
    ts = nounPhrase(ts);
    if (!ts.length) return null;
    const lower = ts[0].text.toLowerCase();
    if (ts.length === 1 && (PERSONAL_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower))) return this.resolvePronoun(ts[0], focus);
    if (ts.length === 1 && lower === 'it') return this.resolveIt(ts[0], focus);
    if (ts.length === 1 && NOT_A_SPEAKER.has(lower)) return null;
    // "In a Bloomberg interview Trump": an adverbial first; the name after it, if any, is the speaker.
    if (LEADING_ADVERBIAL.has(lower)) {
      let k = ts.length;
      while (k > 1 && /^\p{Lu}/u.test(ts[k - 1].text)) k--;
      return k < ts.length && k > 1 ? this.fromPhrase(ts.slice(k), focus) : null;
    }
    const together = this.coordinated(ts);
    if (together) return together;
    // "Robert Ortiz of the New York delegation": a person named first, then where they belong.
    const first = this.index.at(ts[0].start);
    const afterFirst = first && ts.find((t) => t.start >= first.end);
    if (first?.entity.type === 'PER' && afterFirst && PREPOSITIONS.has(afterFirst.text.toLowerCase())) return this.entitySpeaker(first.entity, first);
    const head = ts[ts.length - 1];
    const named = this.index.at(head.start);
    if (named && !this.describedBefore(ts, named)) {
      const prep = ts.find((t) => PREPOSITIONS.has(t.text.toLowerCase()) && t.start < named.start);
      // A person's surname the tagger typed as something else ("Cruz" as a place) is that person.
      const person = named.entity.type === 'PER' ? named.entity : this.linkName(this.text.slice(named.start, named.end));
      if (person) return this.entitySpeaker(person, named);
      if (!prep) return this.entitySpeaker(named.entity, named);
      // "Ben Ortiz of Springfield", "an aide from Acme": the person before the preposition.
      const owner = this.index.at(ts[0].start);
      if (owner?.entity.type === 'PER' && owner.end <= prep.start) return this.entitySpeaker(owner.entity, owner);
    }
    const span = { start: ts[0].start, end: head.end };
    const written = this.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
    // "Friends say …", "People should …": a capitalised common noun opening its sentence names no one.
    const commonNoun = ts.length === 1 && [lower, lower.replace(/s$/u, '')].some((w) => GROUPS.has(w) || GENERIC_PEOPLE.has(w));
    if (!commonNoun && ts.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || /^(?:of|the|de|al|bin|van|von)$/u.test(t.text))) {
      const linked = this.linkName(written);
      if (linked) return this.entitySpeaker(linked, span);
      // "Contrast that with Trump, who …": one capitalised word opening its sentence that the tagger did not read as a
      // name is a sentence's first word, not a speaker ("Another said" is one of those just quoted).
      if (ts.length === 1 && lower !== 'another' && this.opensSentence(ts[0])) return null;
      return { speaker: written, speakerSpan: span, person: true, plural: false, kind: 'named' };
    }
    const words = ts.map((t) => t.text.toLowerCase());
    // An unnamed source reads as one: a role or source noun ("official", "report"), or a short phrase without a verb.
    // "one Democrat familiar with the plans", "a person close to the family": a description of a source.
    const describedSource = words.some((w, k) => SOURCE_DESCRIPTION.get(w) === words[k + 1] && k + 1 < words.length);
    const sourceNoun = describedSource || words.some((w) => ROLE_NOUNS.has(w) || NON_PERSON_SOURCES.has(w));
    if (!sourceNoun && (ts.length > MAX_PLAIN_NOMINAL || words.some((w) => AUXILIARIES.has(w)))) return null;
    if (ts.length > MAX_NOMINAL && !describedSource) return null;
    const headAt = headIndex(words);
    const headWord = words[headAt];
    // "the race", "hungry for", "Syed Farook’s name": a phrase that names no one who could speak ("a person
    // familiar with the talks" does).
    if (!ts.slice(0, headAt + 1).some((t, k) => canSpeakAsHead(words[k], t.text))) return null;
    const plural = (/s$/u.test(headWord) && !/^(?:one|each|every|another|either|neither)$/u.test(words[0])) || COLLECTIVES.has(headWord);
    const described = ts[0].text.toLowerCase() === 'the' && !plural ? this.describedPerson(headWord, span, ts.slice(1, headAt)) : undefined;
    if (described) return { ...this.entitySpeaker(described, span), description: written };
    const kind: SpeakerKind = DOCUMENTS.has(headWord) ? 'document' : 'unnamed';
    return { speaker: written, speakerSpan: span, person: !NON_PERSON_SOURCES.has(headWord) && kind !== 'document', plural, kind };
  }

  private opensSentence(t: Token): boolean {
    return !this.text.slice(this.layout.sentenceAt(t.start).start, t.start).replace(/[\s"“”‘’'(]/gu, '');
  }

  /**
   * "an adviser to President Lee", "a person close to the Lees": a description whose name is the object of its
   * preposition speaks for itself, not for that name ("the Secretary of State Ann Lee" is Ann Lee).
   */
  private describedBefore(ts: Token[], named: EntityMention): boolean {
    if (!/^\p{Ll}/u.test(ts[0].text)) return false;
    let k = ts.findIndex((t) => t.start >= named.start) - 1;
    while (k > 0 && (/^\p{Lu}/u.test(ts[k].text) || /^(?:the|a|an)$/u.test(ts[k].text))) k--;
    return k > 0 && PREPOSITIONS.has(ts[k].text) && /^\p{Ll}/u.test(ts[k - 1].text) && !PREPOSITIONS.has(ts[k - 1].text);
  }

  /**
   * "the actor said": the one person the article gave that role ("Tom Hanks, the actor", "Sen. Ann Lee" for "the
   * senator"), the latest one named before the phrase when several fit.
   */
  private describedPerson(role: string, span: Span, modifiers: Token[]): Entity | undefined {
    if (!ROLE_NOUNS.has(role) || GENERIC_PEOPLE.has(role)) return undefined;
    const named = this.entities.filter((e) => e.type === 'PER' && e.mentions.some((m) => m.start < span.start) && this.hasRole(e, role));
    // "the Vermont senator" among several senators: only one the article ties to Vermont; and the one senator named
    // is no "Florida senator" unless the article ties them to Florida.
    const names = modifiers.map((t) => t.text).filter((w) => /^\p{Lu}/u.test(w));
    const fitting = named.filter((e) => names.every((w) => this.tiedTo(e, w, span)));
    let best: Entity | undefined;
    let bestPos = -1;
    for (const e of fitting) {
      const last = e.mentions.filter((m) => m.start < span.start).at(-1);
      if (last && last.start > bestPos) [best, bestPos] = [e, last.start];
    }
    return best;
  }

  /** Whether a word ("Vermont") is in the person's role or near one of their mentions, outside the description itself. */
  private tiedTo(e: Entity, word: string, description: Span): boolean {
    const written = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
    // "the Vermont senator" is tied to "Sen. Bernie Sanders (I-Vt.)": a state's news abbreviation counts as its name.
    const place = placeGroupKey(word.toLowerCase());
    const tied = (near: string) => written.test(near) || (place !== null && (near.match(CAPITALISED_WORD) ?? []).some((w) => placeGroupKey(w.toLowerCase().replace(/\./gu, '')) === place));
    if (e.role && tied(e.role)) return true;
    return e.mentions.slice(0, 20).some((m) => {
      const sentence = this.layout.sentenceAt(m.start);
      const from = Math.max(sentence.start, m.start - TIE_WINDOW);
      const to = Math.min(sentence.end, m.end + TIE_WINDOW);
      const near = from < description.end && to > description.start ? this.text.slice(from, description.start) + ' ' + this.text.slice(description.end, to) : this.text.slice(from, to);
      return tied(near);
    });
  }

  private hasRole(e: Entity, role: string): boolean {
    if (e.role && new RegExp(`\\b${role}\\b`, 'iu').test(e.role)) return true;
    return e.mentions.slice(0, 20).some((m) => {
      const title = /([\p{L}.]+)\s*$/u.exec(this.text.slice(Math.max(0, m.start - 14), m.start))?.[1]?.toLowerCase() ?? '';
      const own = this.text.slice(m.start, m.end).split(/\s+/u)[0].toLowerCase();
      return TITLE_ROLES[title] === role || TITLE_ROLES[own] === role;
    });
  }

  /** "Sens. Ann Lee, Tom Reed and Carl Weber": two or more people joined by "and", as written, together. */
  private coordinated(ts: Token[]): Speaker | null {
    if (!ts.some((t) => t.text === 'and')) return null;
    const people = new Set(ts.map((t) => this.index.at(t.start)?.entity).filter((e) => e?.type === 'PER'));
    if (people.size < 2) return null;
    const span = { start: ts[0].start, end: ts[ts.length - 1].end };
    return { speaker: this.text.slice(span.start, span.end).replace(/\s+/gu, ' '), speakerSpan: span, person: true, plural: true, kind: 'named' };
  }

  /** A name as written ("Caddell", "PENCE") linked to the one person in the article it fits, if any. */
  linkName(name: string): Entity | undefined {
    const words = nameTokens(name);
    const candidates = (this.byWord.get(words[words.length - 1]) ?? []).filter((e) => personNameFits(words, nameTokens(e.name)));
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  entitySpeaker(entity: Entity, span: Span): Speaker {
    const person = this.personLike(entity);
    return { speaker: entity.name, entityId: entity.id, speakerSpan: { start: span.start, end: span.end }, person, plural: !person, kind: 'named' };
  }

  /** A person, never a place or body the tagger typed as one ("Trump Tower"). */
  private personLike(e: Entity): boolean {
    return e.type === 'PER' && !INSTITUTION_END.test(e.name);
  }

  /**
   * "he"/"she": the most recent person, either a quote's speaker still in focus or a person named outside any
   * quote; within that sentence its first person (the subject). "they": the most recent group or organisation.
   */
  resolvePronoun(pronoun: Token, focus: SpeakerInFocus[]): Speaker | null {
    const personal = PERSONAL_PRONOUNS.has(pronoun.text.toLowerCase());
    const wrongGender: Gender = pronoun.text.toLowerCase() === 'she' ? 'm' : 'f';
    const fits = (e: Entity) => (personal ? this.personLike(e) && this.genderOf(e) !== wrongGender : e.type === 'ORG');
    const floor = pronoun.start - PRONOUN_WINDOW;
    let earlier: SpeakerInFocus | undefined;
    for (let i = focus.length - 1; i >= 0; i--) {
      const f = focus[i];
      if (f.pos > pronoun.start) continue;
      if (f.pos < floor) break;
      const entity = f.speaker.entityId ? this.byId.get(f.speaker.entityId) : undefined;
      const kind = personal ? f.speaker.person && !f.speaker.plural : f.speaker.plural;
      // An unnamed speaker agrees by the gender its description states ("the woman" is no "he").
      const agrees = entity ? fits(entity) : !personal || this.unnamedGender(f.speaker) !== wrongGender;
      if (kind && agrees) {
        earlier = f;
        break;
      }
    }
    // A person after a preposition ("loyalists to Joe Biden") is an object: while a speaker is in focus, not a
    // candidate for "he".
    // With no one in focus, a person in any position is better than none ("Trump’s microphone … He says").
    let mention: EntityMention | undefined;
    let anyPosition: EntityMention | undefined;
    for (const m of this.index.backFrom(pronoun.start, floor)) {
      if (this.layout.quoteContaining(m.start) >= 0 || !fits(m.entity)) continue;
      anyPosition ??= m;
      if (!this.subjectLike(m)) continue;
      mention = m;
      break;
    }
    // "A reporter asked Lee how she felt. She replied: “…”": the one asked answers. Only with a verb of answering:
    // after "said" or "told" the gold of PolNeAR train gives the asker as often as the one asked.
    const answers = REPLY.test(this.text.slice(pronoun.end, pronoun.end + 24));
    const asked = personal && answers && anyPosition ? this.askedPerson(anyPosition, pronoun, earlier, fits) : undefined;
    if (asked) return { ...this.entitySpeaker(asked.entity, pronoun), kind: 'pronoun' };
    if (!earlier && !mention) mention = anyPosition;
    if (personal) mention = this.untaggedPerson(Math.max(pronoun.start - UNTAGGED_WINDOW, mention?.end ?? 0, 0), pronoun.start, fits) ?? mention;
    // A speaker named earlier in the same sentence as the latest person is that sentence's subject: it wins.
    const sameSentence = (a: number, b: number) => this.layout.sentenceIndex(a) === this.layout.sentenceIndex(b);
    const subjectFirst = earlier && mention && earlier.speaker.speakerSpan.start < mention.start && sameSentence(earlier.speaker.speakerSpan.start, mention.start);
    // "Lee spoke first. He said he and Reed agree. He added …": a sentence whose subject is this same pronoun keeps the
    // focus where that pronoun points, whoever else it names.
    const chained = personal && mention && (!earlier || mention.start > earlier.pos) ? this.samePronounSubject(mention, pronoun) : undefined;
    const through = chained && this.resolvePronoun(chained, focus);
    if (through) return { ...through, speakerSpan: { start: pronoun.start, end: pronoun.end } };
    // "The Ohio governor said … . “…,” he said": a later sentence whose subject describes one person takes the focus.
    const inFocus = mention?.entity ?? (earlier?.speaker.entityId ? this.byId.get(earlier.speaker.entityId) : undefined);
    const described = personal ? this.describedSubject(pronoun, earlier?.pos ?? -1, wrongGender, inFocus) : undefined;
    if (described && (!mention || described.speakerSpan.start > mention.start || (sameSentence(described.speakerSpan.start, mention.start) && !this.subjectLike(mention)))) {
      return { ...described, speakerSpan: { start: pronoun.start, end: pronoun.end }, kind: described.kind === 'named' ? 'pronoun' : described.kind };
    }
    const subject = mention && this.subjectOfSentence(mention, fits);
    // Over a speaker in focus, only a sentence's subject takes the focus: "Sullivan has been Clinton's aide".
    if (subject && !subjectFirst && (!earlier || (mention!.start > earlier.pos && this.subjectLike(subject)))) {
      return { ...this.entitySpeaker(subject.entity, pronoun), person: personal, plural: !personal, kind: 'pronoun' };
    }
    if (!earlier) return null;
    // "“…,” the host said. … he added": the host is "he" from now on.
    if (personal && !earlier.speaker.entityId && /^(?:he|she)$/iu.test(pronoun.text)) this.heardAs.set(earlier.speaker.speaker.toLowerCase(), wrongGender === 'f' ? 'm' : 'f');
    const kind: SpeakerKind = earlier.speaker.kind === 'named' ? 'pronoun' : earlier.speaker.kind;
    return { ...earlier.speaker, speakerSpan: { start: pronoun.start, end: pronoun.end }, kind };
  }

  /**
   * The latest of the few sentences before a pronoun, after `after`, whose main-clause subject is a description of
   * one person that agrees with the pronoun: "the Ohio governor" (the person the article gave that role, shown with
   * it) or an unnamed "one delegate".
   */
  private describedSubject(pronoun: Token, after: number, wrongGender: Gender, inFocus: Entity | undefined): Speaker | undefined {
    const here = this.layout.sentenceIndex(pronoun.start);
    for (let s = here; s >= Math.max(0, here - DESCRIBED_SENTENCES); s--) {
      const sentence = this.layout.sentences[s];
      if (!sentence || sentence.end <= after) break;
      const words = tokenize(this.text, { start: sentence.start, end: Math.min(sentence.end, pronoun.start) }).filter((t) => this.layout.quoteContaining(t.start) < 0);
      const subject = mainClauseSubject(words, this.index);
      if (!subject.length || subject[0].start <= after || !DESCRIPTION_START.test(subject[0].text) || this.isAppositive(words, subject[0])) continue;
      const found = this.heldByFocus(subject, inFocus) ?? this.fromPhrase(subject, []);
      // "the front-runner" no one was given by name is someone already named; "one delegate" is new, "the crowd" many.
      const unnamed = found?.kind === 'unnamed' && INDEFINITE.test(subject[0].text) && !GROUPS.has(subject[subject.length - 1].text.toLowerCase());
      if (!found || !found.person || found.plural || !(unnamed || found.description)) continue;
      const entity = found.entityId ? this.byId.get(found.entityId) : undefined;
      const gender = entity ? this.genderOf(entity) : this.unnamedGender(found);
      if (gender !== wrongGender) return found;
    }
    return undefined;
  }

  /**
   * "Sanders spoke … The Vermont senator is sticking to his message": a definite description whose role the person in
   * focus holds is that person, whoever else holds the role.
   */
  private heldByFocus(subject: Token[], inFocus: Entity | undefined): Speaker | undefined {
    if (!inFocus || !this.personLike(inFocus) || subject[0].text.toLowerCase() !== 'the') return undefined;
    const words = subject.map((t) => t.text.toLowerCase());
    const role = words[headIndex(words)];
    if (!ROLE_NOUNS.has(role) || GENERIC_PEOPLE.has(role) || !this.hasRole(inFocus, role)) return undefined;
    const span = { start: subject[0].start, end: subject[subject.length - 1].end };
    // The one holder the article ties to the description ("of Vermont") wins over the focus.
    if (this.describedPerson(role, span, subject.slice(1, headIndex(words)))) return undefined;
    return { ...this.entitySpeaker(inFocus, span), description: this.text.slice(span.start, span.end).replace(/\s+/gu, ' ') };
  }

  /** "Donald Trump, the nominee, …": a description right after a name and its comma is that name's appositive. */
  private isAppositive(words: Token[], first: Token): boolean {
    const k = words.indexOf(first);
    return k > 1 && words[k - 1].text === ',' && this.index.at(words[k - 2].start) !== undefined;
  }

  /** The gender an unnamed speaker's description states, or that a "he" or "she" already resolved to it showed. */
  private unnamedGender(s: Speaker): Gender | undefined {
    return phraseGender(s.description ?? s.speaker) ?? this.heardAs.get(s.speaker.toLowerCase());
  }

  /**
   * "“…,” it said": a text or a body, never a person: the latest one quoted before, or the subject of one of the two
   * sentences before ("The memo was sent on Friday. “…,” it read."), whichever is nearer.
   */
  private resolveIt(pronoun: Token, focus: SpeakerInFocus[]): Speaker | null {
    const floor = pronoun.start - UNTAGGED_WINDOW;
    const quoted = focus.findLast((f) => f.pos <= pronoun.start && f.pos >= floor && !f.speaker.person);
    const here = this.layout.sentenceIndex(pronoun.start);
    let found: Speaker | null = null;
    for (let s = here - 1; s >= Math.max(0, here - 2) && !found; s--) {
      const sentence = this.layout.sentences[s];
      if (sentence.end < (quoted?.pos ?? floor)) break;
      const words = tokenize(this.text, sentence).filter((t) => this.layout.quoteContaining(t.start) < 0);
      const subject = mainClauseSubject(words, this.index);
      const s2 = subject.length ? this.fromPhrase(subject, []) : null;
      // "Two Americans were killed. “…,” it reads.": a nationality or an event is no "it" that speaks.
      const body = !s2?.entityId || this.byId.get(s2.entityId)?.type === 'ORG';
      if (s2 && !s2.person && s2.kind !== 'pronoun' && body) found = s2;
    }
    const antecedent = found ?? quoted?.speaker;
    if (!antecedent) return null;
    return { ...antecedent, speakerSpan: { start: pronoun.start, end: pronoun.end }, kind: antecedent.kind === 'named' ? 'pronoun' : antecedent.kind };
  }

  /**
   * Whether a mention can be a clause's subject, and so take the focus: not after a preposition or a verb
   * ("loyalists to Joe Biden", "praised Clinton"), not in a "when" clause, not a possessor ("Clinton's plan").
   */
  subjectLike(m: EntityMention): boolean {
    if (/^\s*['’]s\b/u.test(this.text.slice(m.end, m.end + 4)) && !CONTRACTION_NEXT.test(this.text.slice(m.end + 2, m.end + 16))) return false;
    // "A Lee campaign official", "the Lee plan": after an article and before a common noun, a name is a modifier.
    const after = /^\s+(\p{Ll}+)\b/u.exec(this.text.slice(m.end, m.end + 30))?.[1];
    if (after && ARTICLE_BEFORE.test(this.text.slice(Math.max(0, m.start - 5), m.start)) && !AUXILIARIES.has(after) && !isSpeechVerb(after) && !/(?:ed|s)$/u.test(after)) return false;
    // "Obama consultant Cornell Belcher said": a name inside another's title.
    const next = this.index.within(m.end, m.end + TITLE_REACH)[0];
    if (next && isTitleOf(this.text, m, next)) return false;
    // "Asked whether Clinton would win, she replied": inside an opening clause, before its comma.
    const lead = this.text.slice(this.layout.sentenceAt(m.start).start, m.start);
    if (OPENING_CLAUSE.test(lead) && !lead.includes(',')) return false;
    // "According to pollster Ann Lee, the result …", "To Ann Lee, the stare showed …": the one whose view the
    // sentence gives is its topic.
    if (ACCORDING_TO.test(lead)) return true;
    const before = this.wordBeforeTitles(m.start);
    // "There in the back was Garcia": the subject of an existential "there was" comes after its verb.
    if (before && EXISTENTIAL_VERB.test(before) && /\b(?:there|here)\b/iu.test(lead)) return true;
    // "9:18 p.m. Donald Trump is thanking": a time stamp opens a live-blog entry.
    if (before === undefined || !/^\p{Ll}/u.test(before) || /^[ap]\.m\.$/u.test(before)) return true;
    // "…, said Lee" is inverted; in "he said Lee would win" the name is the reported clause's, not the focus.
    if (isSpeechVerb(before) && /[\p{L}\p{N}]\s+[\p{L}'’]+\s+$/u.test(this.text.slice(Math.max(0, m.start - 40), m.start))) return false;
    return SUBJECT_OPENERS.has(before);
  }

  /**
   * The word before a name and the age, role words and capitalised words written before it as its title: "Acme
   * spokeswoman Ann Lee said" reads as a name opening its sentence, "praised chairman Ann Lee" as a verb's object.
   */
  private wordBeforeTitles(start: number): string | undefined {
    const lead = tokenize(this.text, { start: Math.max(0, start - 80), end: start });
    let k = lead.length - 1;
    // "Ohio, 62-year-old Ann Lee said": an age written before the name belongs to it.
    if (k >= 4 && lead[k].text === 'old' && lead[k - 2].text === 'year' && /^\d+$/u.test(lead[k - 4].text)) k -= 5;
    while (k >= 0 && ROLE_NOUNS.has(lead[k].text.toLowerCase())) {
      k--;
      while (k >= 0 && (/^\p{Lu}/u.test(lead[k].text) || TITLE_MODIFIERS.has(lead[k].text.toLowerCase()) || ROLE_MODIFIERS.has(lead[k].text.toLowerCase()))) k--;
    }
    return lead[k]?.text;
  }

  /**
   * The person asked in the sentence holding `latest` (the latest person before the pronoun): "Lee asked Reed about
   * the vote." Not a request ("asked Reed to leave"), not when a later person of that sentence could be the one
   * meant, nor when a quote was spoken between that sentence and the pronoun.
   */
  private askedPerson(latest: EntityMention, pronoun: Token, earlier: SpeakerInFocus | undefined, fits: (e: Entity) => boolean): EntityMention | undefined {
    const sentence = this.layout.sentenceAt(latest.start);
    if (sentence.end > pronoun.start || (earlier && earlier.pos > sentence.end)) return undefined;
    const words = tokenize(this.text, sentence).filter((t) => this.layout.quoteContaining(t.start) < 0);
    const verb = words.findLastIndex((t) => ASKED.test(t.text) && t.start < latest.start);
    // Only the main clause's own question: "when a voter asked Lee why …, she said" is about someone else's answer.
    const subject = mainClauseSubject(words, this.index);
    const end = subject.length ? words.indexOf(subject[subject.length - 1]) : -1;
    if (verb < 0 || end < 0 || verb <= end || verb - end > 3 || words.slice(end + 1, verb).some((t) => isPunct(t))) return undefined;
    let k = verb + 1;
    while (k < words.length && k - verb <= MAX_TITLE_WORDS && !this.index.at(words[k].start) && (ROLE_NOUNS.has(words[k].text.toLowerCase()) || /^\p{Lu}/u.test(words[k].text))) k++;
    const asked = words[k] && this.index.at(words[k].start);
    if (!asked || !fits(asked.entity)) return undefined;
    const next = words.find((t) => t.start >= asked.end);
    if (next?.text.toLowerCase() === 'to') return undefined;
    const others = this.index.within(asked.end, sentence.end).filter((m) => this.layout.quoteContaining(m.start) < 0 && fits(m.entity));
    return others.every((m) => m.entity === asked.entity) ? asked : undefined;
  }

  /** A surname the tagger missed or mistyped ("Cruz openly admitted", tagged as a place), after the last tagged person: the latest one that fits. */
  private untaggedPerson(from: number, to: number, fits: (e: Entity) => boolean): EntityMention | undefined {
    if (to <= from) return undefined;
    const words = tokenize(this.text, { start: from, end: to });
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      if (!/^\p{Lu}\p{Ll}/u.test(w.text) || this.index.at(w.start)?.entity.type === 'PER' || this.layout.quoteContaining(w.start) >= 0) continue;
      const e = this.linkName(w.text);
      if (e && fits(e)) return { start: w.start, end: w.end, entity: e };
    }
    return undefined;
  }

  private genderOf(e: Entity): Gender | undefined {
    this.genders ??= genderEvidence(this.text, this.entities, this.layout.sentences, this.index, (pos) => this.layout.quoteContaining(pos) >= 0);
    return this.genders.get(e);
  }

  /**
   * The person of a sentence's closing reporting clause, after its last comma or quote: "…, Stovall said.", "…,”
   * said Ann Lee, a professor.", "… “cool off,” Kunin said in an interview."
   */
  private reporter(sentence: Span, fits: (e: Entity) => boolean): EntityMention | undefined {
    const words = tokenize(this.text, sentence);
    const verb = words.findLastIndex((t) => isSpeechVerb(t.text) && this.layout.quoteContaining(t.start) < 0);
    const boundary = words.findLastIndex((t, k) => k < verb && (t.text === ',' || this.layout.quoteContaining(t.start) >= 0));
    // "…, said Ann Lee, the party's longtime regional outreach director.": the clause ends at the appositive's comma.
    const appositive = words.findIndex((t, k) => k > verb + 1 && t.text === ',');
    const end = appositive > 0 ? appositive : words.length;
    if (verb < 0 || boundary < 0 || verb - boundary > MAX_REPORTING_CLAUSE || end - verb > MAX_REPORTING_CLAUSE) return undefined;
    // The clause is the name and the verb ("…, Stovall said"), or the verb and the name ("…, said Ann Lee").
    const before = verb - 1 > boundary ? this.index.at(words[verb - 1].start) : undefined;
    const opensClause = before && words.findIndex((t) => t.start >= before.start) - boundary <= MAX_TITLE_WORDS;
    const after = verb === boundary + 1 && isInvertible(words[verb].text) && words[verb + 1] ? this.index.at(words[verb + 1].start) : undefined;
    const m = before?.end === words[verb - 1].end && opensClause ? before : after?.start === words[verb + 1]?.start ? after : undefined;
    return m?.entity.type === 'PER' && fits(m.entity) ? m : undefined;
  }

  /** The subject of the sentence holding `m` when it is the word `pronoun` is, written before `m`. */
  private samePronounSubject(m: EntityMention, pronoun: Token): Token | undefined {
    const sentence = this.layout.sentenceAt(m.start);
    if (sentence.end > pronoun.start) return undefined;
    const words = tokenize(this.text, { start: sentence.start, end: m.start }).filter((t) => this.layout.quoteContaining(t.start) < 0);
    const subject = mainClauseSubject(words, this.index);
    return subject.length === 1 && subject[0].text.toLowerCase() === pronoun.text.toLowerCase() ? subject[0] : undefined;
  }

  /** The first fitting mention of the sentence holding `m` (its subject, usually), outside quotes. */
  private subjectOfSentence(m: EntityMention, fits: (e: Entity) => boolean): EntityMention {
    const sentence = this.layout.sentenceAt(m.start);
    // "Cruz won them over, Stovall said.": the one reporting the sentence is its topic, not the reported subject.
    const reporter = this.reporter(sentence, fits);
    if (reporter) return reporter;
    // "While Clinton spoke, Sanders insisted …": the main clause's subject, past a subordinate clause.
    const words = tokenize(this.text, sentence).filter((t) => this.layout.quoteContaining(t.start) < 0);
    const subject = mainClauseSubject(words, this.index);
    const head = subject.length ? this.index.at(subject[subject.length - 1].start) : undefined;
    if (head && fits(head.entity)) return head;
    for (const other of this.index.within(sentence.start, m.start)) {
      if (this.layout.quoteContaining(other.start) < 0 && fits(other.entity) && this.subjectLike(other)) return other;
    }
    return m;
  }
}

/** A head noun for a source: a role, a body or a text, a group of people, an agent noun, or a name. */
function canSpeakAsHead(word: string, written: string): boolean {
  if (ROLE_NOUNS.has(word) || NON_PERSON_SOURCES.has(word) || DOCUMENTS.has(word) || GROUPS.has(word) || ORGANISATION_ROLE_NOUNS.has(word)) return true;
  return /^\p{Lu}/u.test(written) || /(?:er|or|ist|ian|ant|ent|eer|ee|man|men|aire|geon|old|ive)s?$/u.test(word);
}

/** The head word of a nominal phrase: the last word before a preposition ("one of the officials" → "one"
 * unless the phrase starts with a number or "one of", where the noun after "of" counts). */
function headIndex(words: string[]): number {
  const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  if (prep < 0) return words.length - 1;
  if (/^(?:one|two|three|four|some|many|most|several|none|each|all|any|both|either|neither)$/u.test(words[0]) && words[prep] === 'of') return words.length - 1;
  return prep - 1;
}
