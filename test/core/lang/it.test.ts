import { describe, expect, it } from 'vitest';
import { read, spoken } from './read';

describe('Italian quotes and speakers', () => {
  it.each([
    ['«Non ci arrenderemo», ha detto il sindaco.', [['Non ci arrenderemo', 'il sindaco']]],
    ['Secondo Mario Rossi, «la legge è sbagliata».', [['la legge è sbagliata', 'Mario Rossi']]],
    ['«Il governo cadrà», ha spiegato Giulia Bianchi.', [['Il governo cadrà', 'Giulia Bianchi']]],
    ['Stando a fonti del ministero, «il decreto slitta».', [['il decreto slitta', null]]],
    ['Luca Neri ha dichiarato: “Lo stadio sarà pronto a giugno”.', [['Lo stadio sarà pronto a giugno', 'Luca Neri']]],
    ['Il premier Marco Conti ha difeso la manovra. «È una legge giusta», ha detto ai giornalisti.', [['È una legge giusta', 'Marco Conti']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'it')).toEqual(expected);
  });

  it.each([
    // A sentence-initial "E’" is no name, and a passive announcement has no speaker.
    ['E’ stato annunciato il remake della serie “I Cavalieri del Cielo Blu”, prodotta in Giappone.', []],
  ] as [string, [string, string | null][]][])('no speaker: %s', (text, expected) => {
    expect(spoken(text, 'it')).toEqual(expected);
  });
});

describe('Italian fragments', () => {
  it('keeps a fragment that a cue governs as speech, and marks a title with none as no speech', () => {
    const text = 'Secondo Anna Gallo la riforma è “un passo avanti”. La serie “Il Ritorno” arriva a maggio.';
    expect(read(text, 'it').quotes.map((q) => [text.slice(q.start, q.end), q.speaker, q.notSpeech ?? null])).toEqual([
      ['un passo avanti', 'Anna Gallo', null],
      ['Il Ritorno', null, 'term'],
    ]);
  });
});
