import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { hashString } from '../../../src/core/ner/hash';
import { CLUSTER_SHIFT, Casing, FINE_VECTOR_SHIFT, Gazetteer, Lexicon, lexiconKey } from '../../../src/core/ner/lexicon';
import { NameList, phraseKey } from '../../../src/core/ner/phrases';
import {
  MentionContexts,
  MentionRetyper,
  NOT_A_NAME,
  NUM_CLASSES,
  TaggerVotes,
  mentionFeatures,
  mentionSites,
  taggerSpanScores,
} from '../../../src/core/ner/retype';
import { NUM_TAGS, chunks, tagIndex } from '../../../src/core/ner/tags';

const known = { lexicon: Lexicon.build([]), names: new BloomFilter(new Uint8Array(64)), phrases: Lexicon.build([]) };
const BITS = 10;
const tags = (...names: string[]) => Uint8Array.from(names, tagIndex);

const document = [
  ['Fighters', 'of', 'Hashd', 'al', '-', 'Shaabi', 'entered', 'Mosul', '.'],
  ['Hashd', 'al', '-', 'Shaabi', 'denied', 'it', '.'],
];
const tagged = () => [
  tags('O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'O'),
  tags('B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'),
];
const flatEmissions = (n: number) => new Float32Array(n * NUM_TAGS);

/** Classifier weights that favour one class (ORG unless told) in every bucket. */
function leaning(cls = 1): Float32Array {
  const w = new Float32Array(2 ** BITS * NUM_CLASSES);
  for (let b = 0; b < 2 ** BITS; b++) w[b * NUM_CLASSES + cls] = 1;
  return w;
}

describe('mention re-typing', () => {
  it('keys mentions by their lower-case text and counts every occurrence in the document', () => {
    const sites = mentionSites(document, tagged().map((t) => chunks(t)));
    expect(sites.map((s) => s.key)).toEqual(['hashd al - shaabi', 'mosul', 'hashd al - shaabi']);
    expect(new MentionContexts(document, sites, known).count('hashd al - shaabi')).toBe(2);
  });

  it('scores spans relative to the best type under the tagger', () => {
    const em = flatEmissions(2);
    em[tagIndex('B-ORG')] = 3;
    em[NUM_TAGS + tagIndex('I-ORG')] = 2;
    em[tagIndex('B-PER')] = 4;
    const s = taggerSpanScores(em, 0, 2);
    expect(Math.max(...s)).toBe(0);
    expect(s[1]).toBe(0); // ORG: 3 + 2
    expect(s[0]).toBe(-1); // PER: 4 + 0
  });

  it('counts the votes of the other mentions of a string, never the mention itself', () => {
    const sites = mentionSites(document, tagged().map((t) => chunks(t)));
    const votes = new TaggerVotes(sites, [0, 2, 1]);
    const view = votes.view(sites[0], 0, flatEmissions(9));
    expect(view.others).toBe(1);
    expect([...view.votes]).toEqual([0, 1, 0, 0]);
    expect(votes.view(sites[1], 2, flatEmissions(9)).others).toBe(0);
  });

  it('gives each mention feature buckets inside the table', () => {
    const sites = mentionSites(document, tagged().map((t) => chunks(t)));
    const contexts = new MentionContexts(document, sites, known);
    const view = new TaggerVotes(sites, [0, 2, 1]).view(sites[0], 0, flatEmissions(9));
    const f = mentionFeatures(document, sites[0], contexts, view, known, BITS);
    expect(f.length).toBeGreaterThan(20);
    for (const b of f) expect(b >= 0 && b < 2 ** BITS).toBe(true);
  });

  it('re-types whole mentions as the evidence says, keeping their boundaries', () => {
    const retyper = new MentionRetyper(leaning(), BITS, 1, { tagger: 0, chosen: 0, votes: 0, document: 0, drop: -1e9 });
    const t = tagged();
    retyper.retype(document, t, document.map((s) => flatEmissions(s.length)), known);
    expect(chunks(t[0]).map((c) => [c.type, c.start, c.end])).toEqual([
      ['ORG', 2, 6],
      ['ORG', 7, 8],
    ]);
  });

  it("leaves the tagger's types when its choice outweighs the classifier", () => {
    const retyper = new MentionRetyper(leaning(), BITS, 1, { tagger: 0, chosen: 1e9, votes: 0, document: 0, drop: -1e9 });
    const t = tagged();
    retyper.retype(document, t, document.map((s) => flatEmissions(s.length)), known);
    expect(t).toEqual(tagged());
  });

  it('drops mentions the classifier finds are not names, unless the drop bias says never', () => {
    const emissions = document.map((s) => flatEmissions(s.length));
    const t = tagged();
    new MentionRetyper(leaning(NOT_A_NAME), BITS, 1, { tagger: 0, chosen: 0, votes: 0, document: 0, drop: 0 }).retype(
      document,
      t,
      emissions,
      known,
    );
    expect(t.map((s) => [...s].every((tag) => tag === 0))).toEqual([true, true]);
    const kept = tagged();
    new MentionRetyper(leaning(NOT_A_NAME), BITS, 1, { tagger: 0, chosen: 1, votes: 0, document: 0, drop: -1e9 }).retype(
      document,
      kept,
      emissions,
      known,
    );
    expect(kept).toEqual(tagged());
  });

  it('handles documents without sentences or mentions, and refuses weights of the wrong size', () => {
    const retyper = new MentionRetyper(leaning(), BITS, 1, { tagger: 1, chosen: 1, votes: 1, document: 1, drop: -1e9 });
    expect(retyper.evidence([], [], [], known)).toEqual([]);
    const plain = [['nothing', 'here']];
    const t = [tags('O', 'O')];
    retyper.retype(plain, t, [flatEmissions(2)], known);
    expect([...t[0]]).toEqual([0, 0]);
    expect(() => new MentionRetyper(new Float32Array(7), BITS, 1, retyper.mixing)).toThrow(/Malformed/);
  });
});

describe('mention feature buckets', () => {
  // Pins the buckets of an invented document's mentions (role and organisation words, listed names, numbers, digits,
  // quotes, non-ASCII words, mentions with and without the tagger's choice). Speed work must leave this alone; a
  // deliberate change of the classifier's features changes it, and every model file must then be retrained.
  it('are exactly those the committed models were trained with', () => {
    const pinned = {
      lexicon: Lexicon.build([
        ['the', Casing.Lower | (3 << CLUSTER_SHIFT)],
        ['spokesman', Casing.Lower | Gazetteer.RoleWord],
        ['ag', Casing.Title | Gazetteer.OrgWord | (9 << FINE_VECTOR_SHIFT)],
        ['oslo', Casing.Title | Gazetteer.Place],
      ]),
      names: BloomFilter.build([lexiconKey('ruth')], 10),
      phrases: Lexicon.fromKeys([[phraseKey(['kestrel', 'ag']), NameList.Company]]),
    };
    const doc = [
      ['The', 'spokesman', 'Ruth', 'Vale', 'said', 'Kestrel', 'AG', 'paid', '5,200', 'kroner', '.'],
      ['Kestrel', 'AG', 'left', 'Oslo', 'in', '2020', ',', 'the', 'G20', 'said', '.'],
      ['3', '-', '1', 'Oslo', '2', ':', '0', '"', 'Ärger', '"'],
    ];
    const spans = [
      tags('O', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O'),
      tags('B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-MISC', 'O', 'O'),
      tags('O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-PER', 'O'),
    ].map((t) => chunks(t));
    const types = [0, 1, 1, 2, 3, 0];
    const sites = mentionSites(doc, spans);
    const contexts = new MentionContexts(doc, sites, pinned);
    const votes = new TaggerVotes(sites, types);
    const emissions = doc.map((w, s) => Float32Array.from({ length: w.length * NUM_TAGS }, (_, i) => Math.sin(i + s)));
    const buckets = sites.map((site, k) => {
      const view = votes.view(site, k % 2 ? -1 : types[k], emissions[site.sentence]);
      return mentionFeatures(doc, site, contexts, view, pinned, 16).join(',');
    });
    expect(hashString(buckets.join(';'))).toBe(49175756);
  });
});
