import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../../src/core/types';
import { rankEntities } from '../../../src/core/entities/salience';

function entity(id: string, name: string, type: Entity['type'], starts: number[]): Entity {
  return { id, name, type, mentions: starts.map((s) => ({ start: s, end: s + name.length })), aliases: [], salience: 0 };
}

const TEXT = 'x'.repeat(10_000);

describe('rankEntities', () => {
  it('ranks by frequency, earliness, headline and quotes, within 0..1, highest first', () => {
    const often = entity('e1', 'Khalaf', 'PER', [100, 2000, 4000, 6000, 8000]);
    const once = entity('e2', 'Amman', 'LOC', [9000]);
    const ranked = rankEntities(TEXT, [once, often], [], null);
    expect(ranked.map((e) => e.name)).toEqual(['Khalaf', 'Amman']);
    for (const e of ranked) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
  });

  it('lowers a name met only in a photo caption', () => {
    const text = `Ada Lind spoke first.\nOla Brin loads trims into his truck. (AP Photo/Ivo Lund, File)\nThen Ada Lind left and Tom Vale came.${'x'.repeat(2000)}`;
    const at = (name: string) => [text.indexOf(name)];
    const ranked = rankEntities(text, [entity('e1', 'Ola Brin', 'PER', at('Ola Brin')), entity('e2', 'Tom Vale', 'PER', at('Tom Vale'))], [], null);
    expect(ranked.map((e) => e.name)).toEqual(['Tom Vale', 'Ola Brin']);
  });

  it('does not lower a name in a paragraph that only mentions photos', () => {
    const text = `Ola Brin sold photos of the storm.\nThen Tom Vale came.${'x'.repeat(2000)}`;
    const at = (name: string) => [text.indexOf(name)];
    const ranked = rankEntities(text, [entity('e1', 'Ola Brin', 'PER', at('Ola Brin')), entity('e2', 'Tom Vale', 'PER', at('Tom Vale'))], [], null);
    expect(ranked.map((e) => e.name)).toEqual(['Ola Brin', 'Tom Vale']);
  });

  it('lifts an entity named in the headline, by any of its names', () => {
    const a = entity('e1', 'North Atlantic Treaty Organization', 'ORG', [5000]);
    a.aliases = ['NATO'];
    const b = entity('e2', 'Canada', 'LOC', [5000]);
    const ranked = rankEntities(TEXT, [b, a], [], 'NATO Troops May Replace US Presence in Iraq');
    expect(ranked[0].id).toBe('e1');
  });

  it('lifts the speaker of quotes over an equally frequent silent entity', () => {
    const speaker = entity('e1', 'Jeffrey', 'PER', [5000, 6000]);
    const silent = entity('e2', 'Jones', 'PER', [5000, 6000]);
    const quotes: Quote[] = [{ start: 10, end: 20, speaker: 'Jeffrey', entityId: 'e1' }];
    expect(rankEntities(TEXT, [silent, speaker], quotes, null)[0].id).toBe('e1');
  });

  it('weighs a person above a nationality with the same mentions', () => {
    const ranked = rankEntities(TEXT, [entity('e1', 'Iraqi', 'MISC', [10, 500]), entity('e2', 'Khalaf', 'PER', [10, 500])], [], null);
    expect(ranked[0].name).toBe('Khalaf');
  });

  it('handles no entities, empty text and very many entities', () => {
    expect(rankEntities('', [], [], null)).toEqual([]);
    const many = Array.from({ length: 200_000 }, (_, i) => entity(`e${i}`, `N${i}`, 'ORG', [i]));
    const ranked = rankEntities('y'.repeat(300_000), many, [], 'N1');
    expect(ranked).toHaveLength(200_000);
    expect(ranked[0].salience).toBeGreaterThanOrEqual(ranked[ranked.length - 1].salience);
  });
});
