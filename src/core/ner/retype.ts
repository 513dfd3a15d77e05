// Second stage: a type classifier over whole mentions. The tagger decides types token by token from a narrow window;
// the classifier sees the whole span ("Pirelli Cables", "Hashd al-Shaabi military network"), its head word and its
// affixes, the words around it, the words around every other mention of the same string in the article, and what
// the tagger made of it: its span score for each type, the type its decoding chose, and the types it gave the same
// string elsewhere in the article (document-level votes). It is trained by stacking: the tagger evidence for the
// training mentions comes from taggers that did not see those documents, so the classifier learns how far the tagger
// can be trusted on unseen text. A last weighing of the classifier against the tagger's choice is set on the dev sets.
import { hashString, mix } from './hash';
import { CASING_MASK, GAZETTEER_MASK, Gazetteer, contextCluster, fineVectorCluster, type WordKnowledge } from './lexicon';
import { phraseLists } from './phrases';
import { Form, Kind, wordTable, type WordTable } from './words';
import { ENTITY_TYPES, NUM_TAGS, O, chunks, type TokenChunk } from './tags';

export const NUM_TYPES = ENTITY_TYPES.length;
/** The classifier's extra class: the span is not a name at all (a capitalised common noun, a table heading). */
export const NOT_A_NAME = NUM_TYPES;
export const NUM_CLASSES = NUM_TYPES + 1;
/** Most other occurrences of the same string whose context words count. */
const MAX_CONTEXTS = 8;
const BOS = 0x5eed0001;
const EOS = 0x5eed0002;

/** One mention of a document: where it is, and its text as a lookup key. */
export interface MentionSite {
  sentence: number;
  start: number;
  end: number;
  key: string;
}

/**
 * The words of one document as the classifier reads them (their ids in the model's word table, words.ts), and the
 * context words of every occurrence of each mention string in it.
 */
export class MentionContexts {
  private readonly byKey = new Map<string, number[]>();
  /** Share of number tokens in the document, in quarters: results tables and sports pages read differently. */
  readonly numbers: number;
  /** The same share for each sentence. */
  readonly sentenceNumbers: Uint8Array;
  readonly table: WordTable;
  /** Word ids of each sentence's tokens. */
  readonly ids: Uint32Array[];

  constructor(document: readonly (readonly string[])[], sites: readonly MentionSite[], known: WordKnowledge) {
    const table = wordTable(known);
    this.table = table;
    this.ids = document.map((words) => {
      const ids = new Uint32Array(words.length);
      for (let i = 0; i < words.length; i++) ids[i] = table.id(words[i]);
      return ids;
    });
    let numbers = 0;
    let tokens = 0;
    this.sentenceNumbers = Uint8Array.from(this.ids, (ids) => {
      let n = 0;
      for (let i = 0; i < ids.length; i++) if (table.kind[ids[i]] & Kind.Number) n++;
      numbers += n;
      tokens += ids.length;
      return share(n, ids.length);
    });
    this.numbers = share(numbers, tokens);
    for (const m of sites) {
      let list = this.byKey.get(m.key);
      if (!list) this.byKey.set(m.key, (list = []));
      if (list.length >= 2 * MAX_CONTEXTS) continue;
      list.push(this.lowerHash(m.sentence, m.start - 1), this.lowerHash(m.sentence, m.end));
    }
  }

  /** Hash of a token's lower-case form with digits as 0; sentence bounds outside. */
  lowerHash(sentence: number, i: number): number {
    const ids = this.ids[sentence];
    return i < 0 ? BOS : i >= ids.length ? EOS : this.table.lower[ids[i]];
  }

  shapeAt(sentence: number, i: number): number {
    const ids = this.ids[sentence];
    return i < 0 ? BOS : i >= ids.length ? EOS : this.table.shape[ids[i]];
  }

  /** The token's lexicon code (without the name filter's bit); 0 outside the sentence. */
  codeAt(sentence: number, i: number): number {
    const ids = this.ids[sentence];
    return i < 0 || i >= ids.length ? 0 : this.table.lexiconCode[ids[i]];
  }

  /** Context-word hashes of the other occurrences of `m`'s string (its own two are left out). */
  others(m: MentionSite, own: readonly number[]): number[] {
    const all = this.byKey.get(m.key) ?? [];
    const out = [...all];
    for (const h of own) {
      const at = out.indexOf(h);
      if (at >= 0) out.splice(at, 1);
    }
    return out;
  }

  count(key: string): number {
    return (this.byKey.get(key)?.length ?? 0) / 2;
  }
}

/** Share of numbers in quarters, capped: 0 (none or few) to 3 (a results table). */
function share(numbers: number, tokens: number): number {
  return tokens ? Math.min(3, Math.floor((8 * numbers) / tokens)) : 0;
}

export function mentionKey(words: readonly string[], start: number, end: number): string {
  return words.slice(start, end).join(' ').toLowerCase();
}

/** Mention sites of a document from its chunks per sentence. */
export function mentionSites(document: readonly (readonly string[])[], spans: readonly TokenChunk[][]): MentionSite[] {
  return spans.flatMap((cs, s) =>
    cs.map((c) => ({ sentence: s, start: c.start, end: c.end, key: mentionKey(document[s], c.start, c.end) })),
  );
}

/** What the tagger made of one mention. */
export interface TaggerView {
  /** Span score of each type, relative to the best (so at most 0). */
  tagger: Float32Array;
  /** The type the tagger's decoding gave this very span, or -1 if it did not tag it as such. */
  chosen: number;
  /** Share of each type among the tagger's other mentions of the same string in the document. */
  votes: Float32Array;
  /** How many other mentions of the same string the tagger found. */
  others: number;
}

/** Tagger views of the mentions of one document, from the tagger's own mentions and their types. */
export class TaggerVotes {
  private readonly byKey = new Map<string, Float32Array>();

  constructor(sites: readonly MentionSite[], types: readonly number[]) {
    sites.forEach((m, k) => {
      let v = this.byKey.get(m.key);
      if (!v) this.byKey.set(m.key, (v = new Float32Array(NUM_TYPES)));
      v[types[k]]++;
    });
  }

  view(site: MentionSite, chosen: number, emissions: Float32Array): TaggerView {
    const all = this.byKey.get(site.key);
    const votes = new Float32Array(NUM_TYPES);
    let others = chosen >= 0 ? -1 : 0;
    if (all) for (let t = 0; t < NUM_TYPES; t++) others += all[t];
    if (all && others > 0) for (let t = 0; t < NUM_TYPES; t++) votes[t] = (all[t] - (t === chosen ? 1 : 0)) / others;
    return { tagger: taggerSpanScores(emissions, site.start, site.end), chosen, votes, others };
  }
}

/** Coarse bins of a relative span score (0 for the best type), on a log scale. */
function scoreBin(score: number): number {
  return score >= 0 ? 0 : 1 + Math.min(6, Math.floor(Math.log2(1 - score)));
}

/** Feature buckets as they are added. */
class Buckets {
  private list = new Int32Array(80);
  private count = 0;
  private readonly shift: number;

  constructor(bits: number) {
    this.shift = 32 - bits;
  }

  add(template: number, value: number): void {
    if (this.count === this.list.length) {
      const grown = new Int32Array(2 * this.count);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.count++] = mix(template, value) >>> this.shift;
  }

  done(): Int32Array {
    return this.list.subarray(0, this.count);
  }
}

/** Hashed feature buckets (in [0, 2^bits)) of one mention. */
export function mentionFeatures(
  document: readonly (readonly string[])[],
  m: MentionSite,
  contexts: MentionContexts,
  view: TaggerView,
  known: WordKnowledge,
  bits: number,
): Int32Array {
  const words = document[m.sentence];
  const table = contexts.table;
  const ids = contexts.ids[m.sentence];
  const s = m.sentence;
  // No closures: this runs for every mention, and creating them costs more than the features.
  const out = new Buckets(bits);
  out.add(1, 0);
  out.add(2, hashString(m.key));
  let shapes = 0x811c9dc5;
  let head = m.end - 1;
  while (head > m.start && !(table.kind[ids[head]] & Kind.Letter)) head--;
  for (let i = m.start; i < m.end; i++) {
    const id = ids[i];
    const code = table.code[id];
    const position = i === head ? 0 : i === m.start ? 1 : 2;
    out.add(3, table.lowerText[id]);
    out.add(4, mix(position, (code >>> 2) & GAZETTEER_MASK));
    out.add(35, mix(position, contextCluster(code)));
    out.add(43, mix(position, fineVectorCluster(code)));
    out.add(5, mix(position, code & CASING_MASK));
    shapes = mix(shapes, table.shape[id]);
  }
  const hw = table.lowerForm[ids[head]];
  const headHash = table.lowerText[ids[head]];
  out.add(6, headHash);
  out.add(7, table.lowerText[ids[m.start]]);
  out.add(8, hashString(hw.slice(-3)));
  out.add(9, hashString(hw.slice(-4)));
  out.add(10, hashString(hw.slice(0, 3)));
  out.add(11, shapes);
  out.add(12, Math.min(m.end - m.start, 5));
  const before = contexts.lowerHash(s, m.start - 1);
  const after = contexts.lowerHash(s, m.end);
  const before2 = contexts.lowerHash(s, m.start - 2);
  const after2 = contexts.lowerHash(s, m.end + 1);
  out.add(13, before);
  out.add(14, after);
  out.add(15, before2);
  out.add(16, after2);
  out.add(17, mix(before, after));
  out.add(18, mix(mix(before2, before), 1));
  out.add(19, mix(after, after2));
  out.add(20, mix(before, headHash));
  out.add(21, mix(headHash, after));
  for (const h of contexts.others(m, [before, after])) out.add(22, h);
  out.add(23, Math.min(contexts.count(m.key), 4));
  out.add(24, mix(contexts.shapeAt(s, m.start - 1), contexts.shapeAt(s, m.end)));
  const headCode = (table.lexiconCode[ids[head]] >>> 2) & GAZETTEER_MASK;
  out.add(25, mix(contexts.sentenceNumbers[m.sentence], headCode));
  out.add(26, mix(contexts.numbers, headCode));
  out.add(27, mix(contexts.numbers, headHash));
  const chosen = view.chosen + 1;
  out.add(28, chosen);
  let runnerUp = 0;
  for (let t = 0; t < NUM_TYPES; t++) {
    const bin = scoreBin(view.tagger[t]);
    out.add(29, mix(t, bin));
    out.add(30, mix(mix(t, bin), chosen));
    if (bin > 0 && (runnerUp === 0 || bin < runnerUp)) runnerUp = bin;
    if (view.others > 0) out.add(31, mix(t, Math.round(4 * view.votes[t])));
  }
  out.add(32, mix(chosen, runnerUp));
  out.add(33, mix(chosen, Math.min(view.others, 3)));
  out.add(34, mix(chosen, headCode));
  // Cue words next to the mention ("the Taliban militia", "X military network", "spokesman for X") and their clusters.
  const prev2 = contexts.codeAt(s, m.start - 2);
  const prev = contexts.codeAt(s, m.start - 1);
  const next = contexts.codeAt(s, m.end);
  const next2 = contexts.codeAt(s, m.end + 1);
  out.add(36, mix(1, gazetteer(next) | (gazetteer(next2) << 8)));
  out.add(37, mix(2, gazetteer(prev) | (gazetteer(prev2) << 8)));
  out.add(38, mix(contextCluster(prev), contextCluster(next)));
  out.add(39, mix(chosen, contextCluster(next)));
  out.add(44, mix(fineVectorCluster(prev), fineVectorCluster(next)));
  // The whole span is a listed party, company, university or news outlet.
  out.add(42, phraseLists(known.phrases, words, m.start, m.end));
  out.add(40, gazetteer(next2));
  out.add(41, mix(determinerBefore(words, ids, m.start, table), chosen));
  return out.done();
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

function gazetteer(code: number): number {
  return (code >>> 2) & GAZETTEER_MASK;
}

/**
 * Whether a determiner opens the noun phrase the mention ends ("the powerful X", "an Iran-backed X": rarely a
 * person) and whether a role word stands between ("the former prime minister X": a person): 0 none, 1 determiner,
 * 2 determiner and role word. Looks back over at most three lower-case words.
 */
function determinerBefore(words: readonly string[], ids: Uint32Array, start: number, table: WordTable): number {
  let role = false;
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const id = ids[i];
    if (DETERMINERS.has(table.lowerForm[id])) return role ? 2 : 1;
    if (!(table.form[id] & Form.Lower) && words[i] !== '-') return 0;
    if (table.lexiconCode[id] & Gazetteer.RoleWord) role = true;
  }
  return 0;
}

/** Span score of each type under the tagger's emission scores: B-X on the first token, I-X on the rest. */
export function taggerSpanScores(emissions: Float32Array, start: number, end: number): Float32Array {
  const out = new Float32Array(NUM_TYPES);
  for (let t = 0; t < NUM_TYPES; t++) {
    let s = emissions[start * NUM_TAGS + 2 * t + 1];
    for (let i = start + 1; i < end; i++) s += emissions[i * NUM_TAGS + 2 * t + 2];
    out[t] = s;
  }
  let best = out[0];
  for (let t = 1; t < NUM_TYPES; t++) if (out[t] > best) best = out[t];
  for (let t = 0; t < NUM_TYPES; t++) out[t] -= best;
  return out;
}

/** How the three kinds of evidence are weighed, chosen on the dev sets by the training script. */
export interface RetypeMix {
  /** Weight of the tagger's span scores. */
  tagger: number;
  /** Weight of the type the tagger's decoding chose. */
  chosen: number;
  /** Weight of the share of the same string's other occurrences the tagger gave each type. */
  votes: number;
  /** Weight of the classifier's mean scores over all mentions of the same string in the document. */
  document: number;
  /** Added to the not-a-name score before it is weighed against the best type (very negative: never drop). */
  drop: number;
}

/** The evidence about one tagged mention, before it is weighed. */
export interface MentionEvidence extends TaggerView {
  site: MentionSite;
  classifier: Float32Array;
  /** Mean classifier scores of every mention of the same string in the document. */
  documentClassifier: Float32Array;
}

export class MentionRetyper {
  constructor(
    private readonly weights: Int8Array | Float32Array,
    private readonly bits: number,
    private readonly scale: number,
    readonly mixing: RetypeMix,
  ) {
    if (weights.length !== 2 ** bits * NUM_CLASSES) throw new Error('Malformed mention classifier weights');
  }

  /** Scores of the four types and of NOT_A_NAME. */
  scores(features: Int32Array): Float32Array {
    const out = new Float32Array(NUM_CLASSES);
    for (let k = 0; k < features.length; k++) {
      const base = features[k] * NUM_CLASSES;
      for (let t = 0; t < NUM_CLASSES; t++) out[t] += this.weights[base + t];
    }
    for (let t = 0; t < NUM_CLASSES; t++) out[t] *= this.scale;
    return out;
  }

  /** Evidence for every mention the tagger found in one document. */
  evidence(
    document: readonly (readonly string[])[],
    tags: readonly Uint8Array[],
    emissions: readonly Float32Array[],
    known: WordKnowledge,
  ): MentionEvidence[] {
    const spans = tags.map((t) => chunks(t));
    const sites = mentionSites(document, spans);
    const contexts = new MentionContexts(document, sites, known);
    const types = spans.flat().map((c) => ENTITY_TYPES.indexOf(c.type));
    const votes = new TaggerVotes(sites, types);
    const means = new Map<string, { sum: Float32Array; n: number }>();
    const out = sites.map((site, k) => {
      const view = votes.view(site, types[k], emissions[site.sentence]);
      const classifier = this.scores(mentionFeatures(document, site, contexts, view, known, this.bits));
      let mean = means.get(site.key);
      if (!mean) means.set(site.key, (mean = { sum: new Float32Array(NUM_CLASSES), n: 0 }));
      for (let t = 0; t < NUM_CLASSES; t++) mean.sum[t] += classifier[t];
      mean.n++;
      return { ...view, site, classifier, documentClassifier: mean.sum };
    });
    for (const { sum, n } of means.values()) for (let t = 0; t < NUM_CLASSES; t++) sum[t] /= n;
    return out;
  }

  /** Re-types the tagged mentions in place, and drops those the evidence says are not names. */
  retype(
    document: readonly (readonly string[])[],
    tags: Uint8Array[],
    emissions: readonly Float32Array[],
    known: WordKnowledge,
  ): void {
    for (const e of this.evidence(document, tags, emissions, known)) applyType(tags, e.site, bestType(e, this.mixing));
  }
}

/** The type with the best weighed score, or -1 when the span is more likely not a name. */
export function bestType(e: MentionEvidence, mixing: RetypeMix): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < NUM_TYPES; t++) {
    const s =
      e.classifier[t] +
      mixing.document * e.documentClassifier[t] +
      mixing.tagger * e.tagger[t] +
      mixing.votes * e.votes[t] +
      (t === e.chosen ? mixing.chosen : 0);
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  const none = e.classifier[NOT_A_NAME] + mixing.document * e.documentClassifier[NOT_A_NAME] + mixing.drop;
  return none > bestScore ? -1 : best;
}

/** Gives the mention's tokens the tags of `type`, or O when it is -1. */
export function applyType(tags: Uint8Array[], site: MentionSite, type: number): void {
  const sentence = tags[site.sentence];
  for (let i = site.start; i < site.end; i++) sentence[i] = type < 0 ? O : 2 * type + (i === site.start ? 1 : 2);
}
