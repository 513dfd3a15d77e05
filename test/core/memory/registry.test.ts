import { describe, expect, it } from 'vitest';
import { absorb, newIdentity, split, withKeys, withoutKeys } from '../../../src/core/memory/registry';
import { entityKey } from '../../../src/core/memory/names';

const k = (name: string) => entityKey(name, 'PER');

describe('identity records', () => {
  it('takes the fullest written name and indexes words and surnames', () => {
    const short = newIdentity([k('Khalaf')], 'Khalaf', 'PER', 1);
    const joined = withKeys(short, [k('Abdelkarim Khalaf')], 'Abdelkarim Khalaf', 'surname', 2);
    expect(joined.name).toBe('Abdelkarim Khalaf');
    expect(joined.tails).toEqual(['PER:khalaf']);
    expect(joined.words.sort()).toEqual(['abdelkarim', 'khalaf']);
    expect(joined.merged).toEqual([{ keys: [k('Abdelkarim Khalaf')], name: 'Abdelkarim Khalaf', reason: 'surname', at: 2 }]);
  });

  it('records nothing to undo when the name was already its own', () => {
    const one = newIdentity([k('Ann Vale')], 'Ann Vale', 'PER', 1);
    expect(withKeys(one, [k('Ann Vale')], 'Ann Vale', 'same', 2).merged).toEqual([]);
  });

  it('undoes a merge: both sides come back and stay apart', () => {
    const a = newIdentity([k('Abdelkarim Khalaf')], 'Abdelkarim Khalaf', 'PER', 1);
    const b = newIdentity([k('Khalaf')], 'Khalaf', 'PER', 2);
    const merged = absorb(a, b, 'surname', 3);
    const undone = split(merged, 0)!;
    expect(undone.rest).toMatchObject({ id: k('Abdelkarim Khalaf'), keys: [k('Abdelkarim Khalaf')], name: 'Abdelkarim Khalaf', apart: [k('Khalaf')], merged: [] });
    expect(undone.parted).toMatchObject({ id: k('Khalaf'), keys: [k('Khalaf')], name: 'Khalaf', apart: [k('Abdelkarim Khalaf')] });
    expect(split(merged, 5)).toBeNull();
  });

  it('gives up keys no article uses, and itself with the last', () => {
    const a = withKeys(newIdentity([k('Khalaf')], 'Khalaf', 'PER', 1), [k('Abdelkarim Khalaf')], 'Abdelkarim Khalaf', 'surname', 2);
    const left = withoutKeys(a, new Set([k('Khalaf')]))!;
    expect(left).toMatchObject({ id: k('Abdelkarim Khalaf'), keys: [k('Abdelkarim Khalaf')] });
    expect(withoutKeys(left, new Set([k('Abdelkarim Khalaf')]))).toBeNull();
  });
});
