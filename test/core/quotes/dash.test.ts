import { describe, expect, it } from 'vitest';
import { dashQuotes } from '../../../src/core/quotes/dash';
import { languageProfile } from '../../../src/core/lang';

const quotesOf = (text: string, code: string) => dashQuotes(text, { start: 0, end: text.length }, languageProfile(code).cues!).map((q) => text.slice(q.start, q.end));

describe('dashQuotes', () => {
  it.each([
    ['es', '—No lo haremos —dijo la portavoz—. Es imposible.', ['No lo haremos', 'Es imposible.']],
    ['es', '—Llegaremos tarde —advirtió el guía.', ['Llegaremos tarde']],
    ['pt', '— Vamos vencer — afirmou o técnico.', ['Vamos vencer']],
    ['pt', '— A obra atrasou — disse ele — mas termina em maio.', ['A obra atrasou', 'mas termina em maio.']],
    ['fr', '— Nous partirons à l’aube, dit-elle.', ['Nous partirons à l’aube']],
    ['it', '– Non ci arrenderemo – ha detto il sindaco.', ['Non ci arrenderemo']],
    // Must not: list items and headings that open with a dash, a dash with no verb of saying after it.
    ['pt', '– 1ª etapa: Interlagos, em abril', []],
    ['es', '— Primer punto — votación final', []],
    ['fr', 'Le plan — dit le rapport — est prêt.', []],
    ['fr', '— Premier point, Lyon', []],
  ])('%s: %s', (code, text, expected) => {
    expect(quotesOf(text, code)).toEqual(expected);
  });
});
