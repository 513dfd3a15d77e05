import { describe, expect, it } from 'vitest';
import { spoken } from './read';

describe('Spanish quotes and speakers', () => {
  it.each([
    ['«No vamos a ceder», dijo el ministro.', [['No vamos a ceder', 'el ministro']]],
    ['“La economía crecerá este año”, afirmó Pedro Navarro.', [['La economía crecerá este año', 'Pedro Navarro']]],
    ['Según Ana García, “el plan fracasó desde el principio”.', [['el plan fracasó desde el principio', 'Ana García']]],
    ['De acuerdo con la fiscal, “las pruebas son claras”.', [['las pruebas son claras', 'la fiscal']]],
    ['—No lo haremos —dijo la portavoz—. Es imposible.', [['No lo haremos', 'la portavoz'], ['Es imposible.', 'la portavoz']]],
    ['Luis Ortega ha explicado: «El puente abrirá en mayo».', [['El puente abrirá en mayo', 'Luis Ortega']]],
    // Spanish drops the subject: "aseguró" speaks for whom the text is about.
    ['El alcalde, Luis Moreno, defendió la reforma. “Es la mejor ley posible”, aseguró ante la prensa.', [['Es la mejor ley posible', 'Luis Moreno']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'es')).toEqual(expected);
  });

  it.each([
    ['— Primer punto del orden del día', []],
    ['— Segundo punto — votación final', []],
  ] as [string, [string, string | null][]][])('no quote: %s', (text, expected) => {
    expect(spoken(text, 'es')).toEqual(expected);
  });
});
