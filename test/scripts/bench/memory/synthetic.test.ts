import { describe, expect, it } from 'vitest';
import { syntheticMemory } from '../../../../scripts/bench/memory/synthetic';

describe('the memory benchmark\'s invented reading', () => {
  const memory = syntheticMemory(300, 20);
  it('has the articles asked for, each naming distinct entities, with one entity record per name', () => {
    expect(memory.articles).toHaveLength(300);
    expect(memory.articles.every((a) => new Set(a.entities).size === 20 && a.stamps!.length === 20 && a.bytes! > 0)).toBe(true);
    const keys = memory.identities.flatMap((i) => i.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(memory.articles.flatMap((a) => a.entities))).toEqual(new Set(keys));
  });

  it('is skewed like news: one name in many articles, a followed name in about twenty', () => {
    expect(memory.busiest.articles).toBeGreaterThan(memory.typical.articles);
    expect(memory.typical.articles).toBeGreaterThan(5);
    expect(syntheticMemory(300, 20).articles[7]).toEqual(memory.articles[7]);
  });
});
