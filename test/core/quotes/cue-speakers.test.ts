import { describe, expect, it } from 'vitest';
import { attributeByCues } from '../../../src/core/quotes/cue-speakers';
import { findQuotes } from '../../../src/core/quotes/find';
import { splitSentences } from '../../../src/core/text/sentences';
import { languageProfile } from '../../../src/core/lang';
import type { Entity } from '../../../src/core/types';

const pt = languageProfile('pt');

function entity(text: string, id: string, name: string, surfaces: string[], type: Entity['type'] = 'PER'): Entity {
  const mentions = surfaces.flatMap((s) => [...text.matchAll(new RegExp(s, 'gu'))].map((m) => ({ start: m.index!, end: m.index! + s.length })));
  return { id, name, type, mentions, aliases: [], salience: 0.5 };
}

describe('attributeByCues with an entity model', () => {
  it('links a speaker to the tagged entity, under its canonical name, also through a pronoun', () => {
    const text = '“Não vamos desistir”, disse o presidente Lula. “O país vai crescer”, disse ele.';
    const lula = entity(text, 'e1', 'Luiz Inácio Lula da Silva', ['Lula']);
    const blocks = [{ start: 0, end: text.length }];
    const quotes = attributeByCues(text, findQuotes(text, blocks, pt), [lula], splitSentences(text, blocks, pt), pt.cues!);
    expect(quotes.map((q) => [q.speaker, q.entityId, q.speakerKind])).toEqual([
      ['Luiz Inácio Lula da Silva', 'e1', 'named'],
      ['Luiz Inácio Lula da Silva', 'e1', 'pronoun'],
    ]);
  });

  it('takes an organisation as a speaker, and never a place', () => {
    const text = '“A meta foi cumprida”, afirmou a Petrobras. Em Brasília, “nada mudou”, disse.';
    const petrobras = entity(text, 'o1', 'Petrobras', ['Petrobras'], 'ORG');
    const brasilia = entity(text, 'l1', 'Brasília', ['Brasília'], 'LOC');
    const blocks = [{ start: 0, end: text.length }];
    const quotes = attributeByCues(text, findQuotes(text, blocks, pt), [petrobras, brasilia], splitSentences(text, blocks, pt), pt.cues!);
    expect(quotes[0]).toMatchObject({ speaker: 'Petrobras', entityId: 'o1' });
    expect(quotes.some((q) => q.entityId === 'l1')).toBe(false);
  });
});
