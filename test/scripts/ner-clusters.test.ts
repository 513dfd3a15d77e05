import { describe, expect, it } from 'vitest';
import { wordClusters } from '../../scripts/lib/ner-clusters';

// Two families of words that never share a context: cities after "in" and before "on Monday", people after
// "said" and before "told reporters". Repeated so that every word clears the frequency threshold.
function corpus(): string[][] {
  const cities = ['Baghdad', 'Basra', 'Mosul', 'Kirkuk'];
  const people = ['Khalaf', 'Mahdi', 'Smith', 'Jones'];
  const out: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const c of cities) out.push(['Troops', 'arrived', 'in', c, 'on', 'Monday', '.']);
    for (const p of people) out.push(['"', 'No', ',"', 'said', p, 'told', 'reporters', '.']);
  }
  return out;
}

describe('word clusters', () => {
  it('puts words that share their neighbours together and keeps the two families apart', () => {
    const clusters = wordClusters(corpus(), 8, 7);
    const city = clusters.get('baghdad');
    const person = clusters.get('khalaf');
    expect(['basra', 'mosul', 'kirkuk'].map((w) => clusters.get(w))).toEqual([city, city, city]);
    expect(['mahdi', 'smith', 'jones'].map((w) => clusters.get(w))).toEqual([person, person, person]);
    expect(city).not.toBe(person);
  });

  it('keys words in lower case with digits as 0, and is the same for the same seed', () => {
    const a = wordClusters([...corpus(), ...Array.from({ length: 6 }, () => ['Route', '66', 'opened'])], 3, 1);
    expect(a.has('00')).toBe(true);
    expect(a.has('Baghdad')).toBe(false);
    expect([...wordClusters(corpus(), 3, 1)]).toEqual([...wordClusters(corpus(), 3, 1)]);
  });

  it('returns nothing for no text or words too rare to cluster', () => {
    expect(wordClusters([], 10, 1).size).toBe(0);
    expect(wordClusters([['a', 'once', 'only']], 10, 1).size).toBe(0);
  });
});
