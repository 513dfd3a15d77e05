import { describe, expect, it } from 'vitest';
import { NeighbourCues, type AggregationInput } from '../../../src/core/ner/aggregate';
import { Gazetteer, Lexicon, lexiconKey } from '../../../src/core/ner/lexicon';

const lexicon = Lexicon.build([
  ['ag', Gazetteer.OrgWord],
  ['spokesman', Gazetteer.RoleWord],
]);

/** A sentence as the tagger's features see it: capitalised = starts with a capital letter. */
function sentence(text: string): AggregationInput {
  const words = text.split(' ');
  return {
    keys: Uint32Array.from(words, lexiconKey),
    code: Uint32Array.from(words, (w) => lexicon.get(lexiconKey(w))),
    capitalised: Uint8Array.from(words, (w) => (/^[A-Z]/.test(w) ? 1 : 0)),
  };
}

function cuesOf(document: string[], s: number, i: number): number {
  const sentences = document.map(sentence);
  const cues = new NeighbourCues();
  for (const x of sentences) cues.add(x);
  return cues.code(sentences[s], i);
}

describe('NeighbourCues', () => {
  it('lends a word the cues around its other occurrences, earlier or later', () => {
    const later = cuesOf(['orders at Kestrel fell', 'Kestrel AG said so'], 0, 2);
    const earlier = cuesOf(['the spokesman Rowe said', 'Rowe left'], 1, 0);
    expect(later).not.toBe(0);
    expect(earlier).not.toBe(0);
    expect(later).not.toBe(earlier);
  });

  it('does not count the occurrence itself', () => {
    expect(cuesOf(['Kestrel AG said so'], 0, 0)).toBe(0);
    expect(cuesOf(['Kestrel AG said so', 'Kestrel fell'], 0, 0)).toBe(0);
  });

  it('tells a "the" before apart from a capitalised word after', () => {
    const the = cuesOf(['at the Pentagon today', 'Pentagon officials'], 1, 0);
    const next = cuesOf(['at Pentagon Square today', 'Pentagon officials'], 1, 0);
    expect(the).not.toBe(0);
    expect(next).not.toBe(0);
    expect(the).not.toBe(next);
  });

  it('gives nothing to lower-case words or to words seen once', () => {
    expect(cuesOf(['the orders fell', 'orders AG rose'], 0, 1)).toBe(0);
    expect(cuesOf(['the Kestrel fell'], 0, 1)).toBe(0);
  });
});
