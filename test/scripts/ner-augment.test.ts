import { describe, expect, it } from 'vitest';
import { splitHyphens } from '../../scripts/lib/ner-augment';
import { TAG_NAMES, tagIndex } from '../../src/core/ner/tags';

const sentence = (pairs: [string, string][]) => ({ words: pairs.map((p) => p[0]), tags: pairs.map((p) => tagIndex(p[1])) });
const names = (tags: number[]) => tags.map((t) => TAG_NAMES[t]);
const allowedNames = (mask: number) => TAG_NAMES.filter((_, t) => mask & (1 << t));

describe('splitting hyphenated training tokens', () => {
  it('carries a name over all its parts', () => {
    const split = splitHyphens(sentence([['Moqtada', 'B-PER'], ['al-Sadr', 'I-PER'], ['spoke', 'O']]))!;
    expect(split.words).toEqual(['Moqtada', 'al', '-', 'Sadr', 'spoke']);
    expect(names(split.tags)).toEqual(['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
    expect(split.allowed).toBeUndefined();
  });

  it('keeps only the name of a MISC compound with a lower-case tail, and lets it take any type', () => {
    const split = splitHyphens(sentence([['the', 'O'], ['Ruritania-led', 'B-MISC'], ['force', 'O']]))!;
    expect(split.words).toEqual(['the', 'Ruritania', '-', 'led', 'force']);
    expect(names(split.tags)).toEqual(['O', 'B-MISC', 'O', 'O', 'O']);
    expect(allowedNames(split.allowed![1])).toEqual(['B-PER', 'B-ORG', 'B-LOC', 'B-MISC']);
    expect(allowedNames(split.allowed![3])).toEqual(['O']);
  });

  it('leaves a compound that is part of a longer name as it was', () => {
    const split = splitHyphens(sentence([['Ruritania-based', 'B-MISC'], ['Fund', 'I-MISC']]))!;
    expect(names(split.tags)).toEqual(['B-MISC', 'I-MISC', 'I-MISC', 'I-MISC']);
  });

  it('splits nothing in a sentence without hyphenated tokens', () => {
    expect(splitHyphens(sentence([['No', 'O'], ['hyphens', 'O']]))).toBeNull();
  });
});
