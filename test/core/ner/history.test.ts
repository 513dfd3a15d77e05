import { describe, expect, it } from 'vitest';
import { DocumentHistory, HISTORY_FEATURES } from '../../../src/core/ner/history';
import { tagIndex } from '../../../src/core/ner/tags';

describe('DocumentHistory', () => {
  const words = ['Khalaf', 'told', 'AFP'];

  it('changes the features of a word once it was tagged earlier in the document', () => {
    const history = new DocumentHistory();
    const before = history.features(words, 18);
    history.record(['Abdelkarim', 'Khalaf', 'said'], ['B-PER', 'I-PER', 'O'].map(tagIndex));
    const after = history.features(words, 18);
    expect(after.subarray(0, HISTORY_FEATURES)).not.toEqual(before.subarray(0, HISTORY_FEATURES));
    // Words with no history keep their features.
    expect(after.subarray(HISTORY_FEATURES)).toEqual(before.subarray(HISTORY_FEATURES));
  });

  it('tells different remembered types apart, and ignores lower-case occurrences', () => {
    const asPerson = new DocumentHistory();
    asPerson.record(['Jordan'], [tagIndex('B-PER')]);
    const asPlace = new DocumentHistory();
    asPlace.record(['Jordan'], [tagIndex('B-LOC')]);
    expect(asPerson.features(['Jordan'], 18)).not.toEqual(asPlace.features(['Jordan'], 18));
    expect(asPerson.features(['jordan'], 18)).toEqual(new DocumentHistory().features(['jordan'], 18));
  });

  it('stays within the hash space and copes with empty sentences', () => {
    const history = new DocumentHistory();
    history.record([], []);
    expect(history.features([], 12)).toHaveLength(0);
    for (const b of history.features(['Ünïcode', '—', '😀'], 12)) expect(b).toBeLessThan(2 ** 12);
  });
});
