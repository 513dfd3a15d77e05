import { describe, expect, it } from 'vitest';
import { formKey, judgePage, roleKey, type GoldPage, type SysCard } from '../../scripts/cards/score';

const card = (id: string, name: string, type: SysCard['type'], aliases: string[] = [], role?: string): SysCard => ({ id, name, type, aliases, role });

const gold: GoldPage = {
  source: 'test',
  cards: [
    { name: 'Maria Lopez', type: 'PER', aliases: ['Lopez'], role: ['harbour master'] },
    { name: 'Tom Lopez', type: 'PER', aliases: ['Tom'] },
    { name: 'Harbour Board', type: 'ORG', optional: ['Board'] },
  ],
  ignore: ['Western'],
};

describe('formKey and roleKey', () => {
  it.each([
    ['President Maria Lopez', 'maria lopez'],
    ['@Lopez', 'lopez'],
    ['The Harbour Board', 'harbour board'],
    ["Lopez's", 'lopez'],
  ])('%s → %s', (name, key) => expect(formKey(name)).toBe(key));

  it('drops case, punctuation and a leading determiner from roles', () => {
    expect(roleKey('the Harbour master,')).toBe('harbour master');
    expect(roleKey('a senior official')).not.toBe(roleKey('official'));
  });
});

describe('judgePage', () => {
  it('counts a card entirely right only when every criterion holds', () => {
    const v = judgePage(gold, [card('e1', 'Maria Lopez', 'PER', ['Lopez'], 'harbour master'), card('e2', 'Tom Lopez', 'PER', ['Tom']), card('e3', 'Harbour Board', 'ORG')]);
    expect(v.cards.map((c) => c.right)).toEqual([true, true, true]);
    expect(v.spurious).toEqual([]);
  });

  it('finds a split, a wrong type, a missing alias and a missing role', () => {
    const v = judgePage(gold, [card('e1', 'Maria Lopez', 'ORG'), card('e2', 'Lopez', 'PER'), card('e3', 'Harbour Board', 'ORG')]);
    const maria = v.cards[0];
    expect(maria.checks).toMatchObject({ found: true, merged: false, name: true, type: false, aliases: false, role: false });
  });

  it('reports a card that merges two people', () => {
    const v = judgePage(gold, [card('e1', 'Maria Lopez', 'PER', ['Tom Lopez', 'Lopez'])]);
    expect(v.wrongMerges).toHaveLength(1);
    expect(v.wrongMerges[0].people).toBe(true);
    expect(v.cards[1].checks.merged).toBe(false);
  });

  it('sets optional and ignored names apart from spurious cards', () => {
    const v = judgePage(gold, [card('e1', 'Board', 'ORG'), card('e2', 'Western', 'MISC'), card('e3', 'Quay Street', 'LOC')]);
    expect(v.standsFor.get('e1')).toBe('ignored');
    expect(v.standsFor.get('e2')).toBe('ignored');
    expect(v.spurious.map((s) => s.name)).toEqual(['Quay Street']);
  });

  it('accepts no role only when the gold allows it', () => {
    const withRole = judgePage(gold, [card('e2', 'Tom Lopez', 'PER', ['Tom'], 'fisherman')]);
    expect(withRole.cards[1].checks.role).toBe(false);
  });
});
