// The seed article against its hand-made gold file: every required entity found with its type under one of its
// surface forms, and no word the gold marks as not an entity tagged. Nothing here is specific to this article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../src/core/ner/model';
import { splitSentences } from '../../../src/core/text/sentences';

const SEED = join(import.meta.dirname, '../../fixtures/seed');

// Required entities the committed model still gets wrong, with why. `it.fails` keeps them honest: the day the model
// gets one right, its test fails until it is taken off this list.
const KNOWN_MISSES = new Map([
  [
    'Hashd al-Shaabi',
    'tagged PER: "al-" names are overwhelmingly people in the training data, no name list holds it (the party list ' +
      'has no militias), and the mention classifier agrees (its one cue, "military network" after it, is too rare in ' +
      'training to outweigh the name)',
  ],
]);

interface Gold {
  entities: { canonical: string; type: string; mentions: string[]; required: boolean }[];
  not_entities: string[];
}

describe('seed article (test/fixtures/seed)', () => {
  const model = loadNerModel(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../model/ner.bin'))));
  const text = readFileSync(join(SEED, 'nato-iraq-article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SEED, 'nato-iraq-article.gold.json'), 'utf8')) as Gold;
  const mentions = model.tag(text, splitSentences(text));

  for (const entity of gold.entities.filter((e) => e.required)) {
    const miss = KNOWN_MISSES.get(entity.canonical);
    (miss ? it.fails : it)(`finds ${entity.canonical} as ${entity.type}${miss ? ` (known miss: ${miss})` : ''}`, () => {
      const found = mentions.filter((m) => entity.mentions.includes(m.text)).map((m) => m.type);
      expect(found, `${entity.canonical}: tagged as ${found.join(', ') || 'nothing'}`).toContain(entity.type);
    });
  }

  it('tags none of the words marked as not entities', () => {
    const tagged = gold.not_entities.filter((w) => mentions.some((m) => m.text === w));
    expect(tagged).toEqual([]);
  });
});
