// Builds the lexicon stored with the weights: usual casing of words in running text (from the training sentences
// and unlabelled news) and gazetteer bits.
import { Casing, OFTEN_UPPER } from '../../src/core/ner/lexicon';
import { SentenceMode, sentenceMode } from '../../src/core/ner/features';

// Role and title words that precede or describe a name ("spokesman for X", "Prime Minister X"): generic English.
export const ROLE_WORDS = `president minister premier prime chancellor king queen prince princess emperor sultan sheikh
shaikh emir ayatollah pope cardinal bishop archbishop rabbi imam pastor reverend father sister general gen admiral
colonel col major lieutenant lt captain capt sergeant sgt commander commissioner chief governor gov senator sen
representative rep congressman congresswoman mayor judge justice attorney lawyer prosecutor spokesman spokeswoman
spokesperson secretary ambassador envoy diplomat minister director chairman chairwoman chair ceo founder official
leader coach striker midfielder defender goalkeeper manager editor correspondent analyst professor prof dr doctor
mr mrs ms miss sir dame lord lady deputy vice president-elect candidate nominee author actor actress singer
rapper producer economist scientist researcher historian cleric commander-in-chief inspector detective officer
mp mep chief-executive adviser advisor aide`.split(/\s+/);

// Words that end or head organisation names.
export const ORG_WORDS = `inc corp corporation co ltd llc plc group company companies bank party council committee
ministry department agency authority association union federation league university college institute school
academy foundation fund trust society organisation organization commission court assembly parliament congress
senate army navy force forces police service services board bureau office club team fc united city times post
news press journal network media airlines airways motors holdings industries systems technologies labs reserve
exchange alliance front movement coalition brigade brigades militia network church hospital museum`.split(/\s+/);

export interface CaseCounts {
  lower: number;
  title: number;
  upper: number;
}

/** Counts how each word is cased mid-sentence in normally cased sentences. */
export class CasingCounter {
  readonly counts = new Map<string, CaseCounts>();

  addSentence(words: readonly string[]): void {
    if (sentenceMode(words) !== SentenceMode.Normal) return;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      const prev = words[i - 1];
      if (/^["“‘':(\[—–]$/.test(prev)) continue;
      const lower = w.toLowerCase();
      const upper = w.toUpperCase();
      if (lower === upper) continue;
      let c = this.counts.get(lower);
      if (!c) this.counts.set(lower, (c = { lower: 0, title: 0, upper: 0 }));
      if (w === lower) c.lower++;
      else if (w === upper && w.length > 1) c.upper++;
      else c.title++;
    }
  }
}

/** A lower-case word seen in capitals at least this often, and this share of the time, is an acronym too. */
const MIN_UPPER_COUNT = 5;
const MIN_UPPER_SHARE = 0.05;

/** Usual casing of each word seen at least `minCount` times; the lexicon codes before gazetteer bits. */
export function casingCodes(counter: CasingCounter, minCount: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, c] of counter.counts) {
    const total = c.lower + c.title + c.upper;
    if (total < minCount) continue;
    const casing =
      c.lower >= c.title && c.lower >= c.upper ? Casing.Lower : c.upper > c.title ? Casing.Upper : Casing.Title;
    const acronym = casing === Casing.Lower && c.upper >= MIN_UPPER_COUNT && c.upper >= MIN_UPPER_SHARE * total;
    out.set(word, casing | (acronym ? OFTEN_UPPER : 0));
  }
  return out;
}

/** Adds gazetteer bits for each (lower-cased) word of each list. */
export function addGazetteer(codes: Map<string, number>, words: Iterable<string>, bit: number): void {
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!lower) continue;
    codes.set(lower, (codes.get(lower) ?? 0) | bit);
  }
}
