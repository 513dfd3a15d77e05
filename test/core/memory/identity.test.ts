import { describe, expect, it } from 'vitest';
import { corroborates, decide, relation, surnameOnly, type Candidate } from '../../../src/core/memory/identity';
import { entityKey } from '../../../src/core/memory/names';
import type { EntityType } from '../../../src/core/types';

const k = (name: string, type: EntityType = 'PER') => entityKey(name, type);

describe('relation', () => {
  it.each([
    ['Abdelkarim Khalaf', 'abdelkarim khalaf', 'PER', 'same'],
    ['Hillary Clinton', 'Hillary Rodham Clinton', 'PER', 'extension'],
    ['George Bush', 'George W. Bush', 'PER', 'extension'],
    ['Abdel Mahdi', 'Adel Abdel Mahdi', 'PER', 'extension'],
    ['Khalaf', 'Abdelkarim Khalaf', 'PER', 'surname'],
    ['Ministry of Defence', 'Iraqi Ministry of Defence', 'ORG', 'extension'],
    ['Security Council', 'UN Security Council', 'ORG', 'extension'],
  ] as const)('%s ~ %s (%s): %s', (a, b, type, expected) => {
    expect(relation(k(a, type), k(b, type))).toBe(expected);
    expect(relation(k(b, type), k(a, type))).toBe(expected);
  });

  it.each([
    ['Bill Clinton', 'Hillary Clinton', 'PER'],
    ['Mary Smith', 'John Smith', 'PER'],
    ['Hillary', 'Hillary Clinton', 'PER'],
    ['Donald', 'Donald Tusk', 'PER'],
    ['Jordan', 'Jordan', 'LOC vs PER'],
    ['United Nations', 'United Nations Security Council', 'ORG'],
    ['Council', 'Security Council', 'ORG'],
    ['Bank', 'World Bank', 'ORG'],
    ['Paris', 'Paris Hilton', 'LOC vs PER'],
    ['New York', 'New York Times', 'ORG'],
  ] as const)('%s and %s (%s) are not one entity by name', (a, b, types) => {
    const [ta, tb] = (types.includes(' vs ') ? types.split(' vs ') : [types, types]) as EntityType[];
    expect(relation(k(a, ta), k(b, tb))).toBeNull();
  });
});

const candidate = (id: string, names: string[], extra: Partial<Candidate> = {}): Candidate => ({ id, keys: names.map((n) => k(n)), apart: [], ...extra });

describe('decide', () => {
  it('joins the entity known by the same name, and merges two an article called by both names', () => {
    expect(decide([k('Ann Vale')], [candidate('a', ['Ann Vale'])])).toEqual({ ids: ['a'], reason: 'same' });
    const twoNames = decide([k('United States', 'LOC'), k('US', 'LOC')], [
      { id: 'x', keys: [k('US', 'LOC')], apart: [] },
      { id: 'y', keys: [k('United States', 'LOC')], apart: [] },
    ]);
    expect(twoNames).toEqual({ ids: ['x', 'y'], reason: 'alias' });
  });

  it('joins a clear extension when only one entity is one', () => {
    expect(decide([k('Hillary Rodham Clinton')], [candidate('h', ['Hillary Clinton']), candidate('b', ['Bill Clinton'])]))
      .toEqual({ ids: ['h'], reason: 'extension' });
    expect(decide([k('George Bush')], [candidate('w', ['George W Bush']), candidate('hw', ['George H W Bush'])])).toBeNull();
  });

  it.each([
    ['a bare surname with corroborating articles', [k('Khalaf')], [candidate('a', ['Abdelkarim Khalaf'], { corroborated: true })], ['a']],
    ['a full name for a surname known alone', [k('Abdelkarim Khalaf')], [candidate('s', ['Khalaf'], { corroborated: true })], ['s']],
  ] as const)('merges %s', (_, keys, candidates, ids) => {
    expect(decide([...keys], [...candidates])).toEqual({ ids, reason: 'surname' });
  });

  it.each([
    ['a bare surname without corroboration', [k('Khalaf')], [candidate('a', ['Abdelkarim Khalaf'], { corroborated: false })]],
    ['a surname two known people share', [k('Clinton')], [candidate('h', ['Hillary Clinton'], { corroborated: true }), candidate('b', ['Bill Clinton'], { corroborated: true })]],
    ['a full name when another full name has that surname', [k('Abdelkarim Khalaf')], [candidate('s', ['Khalaf'], { corroborated: true }), candidate('o', ['Ahmed Khalaf'])]],
    ['two people sharing only a surname', [k('Mary Smith')], [candidate('j', ['John Smith'], { corroborated: true })]],
    ['a first name', [k('Hillary')], [candidate('h', ['Hillary Clinton'], { corroborated: true })]],
    ['names the reader split apart', [k('Khalaf')], [candidate('a', ['Abdelkarim Khalaf'], { corroborated: true, apart: [k('Khalaf')] })]],
  ] as const)('never merges %s', (_, keys, candidates) => {
    expect(decide([...keys], [...candidates])).toBeNull();
  });

  it('asks for corroboration only where a surname alone links', () => {
    const full = candidate('a', ['Abdelkarim Khalaf']);
    const same = candidate('b', ['Khalaf']);
    expect(surnameOnly([k('Khalaf')], [full, same])).toEqual([full]);
  });
});

describe('corroborates', () => {
  const own = new Set([k('Khalaf'), k('Abdelkarim Khalaf')]);
  it('needs two other names in common', () => {
    const earlier = [{ entities: [k('Abdelkarim Khalaf'), k('NATO', 'ORG'), k('Baghdad', 'LOC')] }];
    expect(corroborates([k('Khalaf'), k('NATO', 'ORG'), k('Baghdad', 'LOC')], earlier, own)).toBe(true);
    expect(corroborates([k('Khalaf'), k('NATO', 'ORG'), k('Paris', 'LOC')], earlier, own)).toBe(false);
    expect(corroborates([k('Khalaf'), k('Abdelkarim Khalaf'), k('NATO', 'ORG')], earlier, own)).toBe(false);
  });
});
