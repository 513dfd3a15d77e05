// The card gold itself: well-formed, short names and roles only (the articles belong to their publishers), and every
// page it names present when the shared data is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AEB_DIR, GOLD_DIR, HELDOUT_DIR, loadGold } from '../../scripts/cards/pages';
import { formKey } from '../../scripts/cards/score';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const pages = [...loadGold(GOLD_DIR), ...loadGold(HELDOUT_DIR)];

describe('card gold', () => {
  it('has the development and held-out pages', () => {
    expect(loadGold(GOLD_DIR).filter((p) => p.source.startsWith('aeb/'))).toHaveLength(25);
    expect(loadGold(HELDOUT_DIR)).toHaveLength(15);
  });

  it.each(pages.map((p) => [p.source, p] as const))('%s is well-formed', (_source, page) => {
    const names = new Set<string>();
    for (const card of page.cards) {
      expect(TYPES).toContain(card.type);
      for (const t of card.types ?? []) expect(TYPES).toContain(t);
      for (const form of [card.name, ...(card.aliases ?? []), ...(card.optional ?? [])]) expect(form.length).toBeLessThanOrEqual(80);
      const roles = card.role === undefined ? [] : Array.isArray(card.role) ? card.role : [card.role];
      for (const r of roles) if (r !== null) expect(r.length).toBeLessThanOrEqual(160);
      expect(names.has(formKey(card.name)), `${card.name} twice`).toBe(false);
      names.add(formKey(card.name));
    }
  });

  it.skipIf(!existsSync(AEB_DIR))('names only pages that exist (skipped: ../shared/data/articles/aeb is absent)', () => {
    for (const p of pages.filter((x) => x.source.startsWith('aeb/'))) {
      expect(existsSync(join(AEB_DIR, 'html', `${p.source.slice(4)}.html.gz`)), p.source).toBe(true);
    }
  });
});
