import { describe, expect, it } from 'vitest';
import { displayName, entityKey, parseKey, tailOf } from '../../../src/core/memory/names';

describe('memory keys', () => {
  it.each([
    ['PER:abdelkarim khalaf', 'PER:khalaf', 'Abdelkarim Khalaf'],
    ['ORG:ministry of defence', 'ORG:defence', 'Ministry Of Defence'],
    ['LOC:us', 'LOC:us', 'Us'],
  ] as const)('%s ends in %s and reads back as %s', (key, tail, name) => {
    expect(tailOf(key)).toBe(tail);
    expect(displayName(key)).toBe(name);
  });

  it('parses the type and the words, a name with a colon included', () => {
    expect(parseKey(entityKey('Talks: Round 2', 'MISC'))).toEqual({ type: 'MISC', words: ['talks', 'round', '2'] });
    expect(parseKey('PER:')).toEqual({ type: 'PER', words: [] });
  });
});
