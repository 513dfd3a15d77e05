import { describe, expect, it } from 'vitest';
import { QuotePlace, quotePlaces } from '../../../src/core/ner/quotes';

const { Outside: O, Short: S, Long: L, Mark: M } = QuotePlace;
const places = (text: string) => [...quotePlaces(text.split(' '))];

describe('quotePlaces', () => {
  it.each([
    ['a short quoted title between two-way marks', 'They signed the " Open Skies " pact .', [O, O, O, M, S, S, M, O, O]],
    ['a long quote is speech', '“ We will not sign this pact today ” , she said', [M, L, L, L, L, L, L, L, M, O, O, O]],
    ['curly marks open and close', 'the ‘ Blue Harbour ’ plan', [O, M, S, S, M, O]],
    ['an unclosed quote runs to the end', '" Lost Hills', [M, S, S]],
    ['a closing mark with nothing open is only a mark', 'the players ’ union', [O, O, M, O]],
    ['no quotes at all', 'Rain fell on Oslo .', [O, O, O, O, O]],
  ])('%s', (_, text, expected) => expect(places(text as string)).toEqual(expected));

  it('handles an empty sentence', () => {
    expect(quotePlaces([])).toHaveLength(0);
  });
});
