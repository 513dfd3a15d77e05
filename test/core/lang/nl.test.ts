import { describe, expect, it } from 'vitest';
import { spoken } from './read';

describe('Dutch quotes and speakers', () => {
  it.each([
    ['“We gaan door”, zei Mark de Boer.', [['We gaan door', 'Mark de Boer']]],
    ['“Het is voorbij”, aldus de woordvoerder.', [['Het is voorbij', 'de woordvoerder']]],
    ['‘Het is voorbij’, aldus Eva Smit.', [['Het is voorbij', 'Eva Smit']]],
    ['Volgens Sanne van Dijk is het plan ‘niet haalbaar’.', [['niet haalbaar', 'Sanne van Dijk']]],
    ['Volgens oppositieleider Sara Bakker is het plan “volstrekt onhaalbaar”.', [['volstrekt onhaalbaar', 'Sara Bakker']]],
    ['Premier Jan de Wit verdedigde het plan. “We hebben geen keus”, zei hij.', [['We hebben geen keus', 'Premier Jan de Wit']]],
    ['“De brug gaat dicht”, zei Tom Visser. “Dat klopt niet”, zei hij.', [['De brug gaat dicht', 'Tom Visser'], ['Dat klopt niet', 'Tom Visser']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'nl')).toEqual(expected);
  });

  it.each([
    ['Het is ’s avonds koud en we gaan naar huis.', []],
  ] as [string, [string, string | null][]][])('no quote: %s', (text, expected) => {
    expect(spoken(text, 'nl')).toEqual(expected);
  });
});
