import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords } from '../../../src/core/memory/search';

describe('matchesQuery', () => {
  const words = ['angela', 'merkel'];
  it.each([['merk', true], ['ang mer', true], ['Mérkel', true], ['MERKEL angela', true], ['erkel', false], ['merkel x', false], ['', false], ['  ', false]])(
    '%s: %s', (q, expected) => expect(matchesQuery(words, queryWords(q))).toBe(expected));
});
