import { describe, expect, it } from 'vitest';
import { spoken } from './read';

describe('German quotes and speakers', () => {
  it.each([
    ['„Wir schaffen das“, sagte Anna Berger.', [['Wir schaffen das', 'Anna Berger']]],
    ['„Wir schaffen das“, sagte Anna Berger. „Das ist kein Problem“, sagte sie.', [['Wir schaffen das', 'Anna Berger'], ['Das ist kein Problem', 'Anna Berger']]],
    ['„Die Lage ist ernst“, so der Sprecher des Ministeriums.', [['Die Lage ist ernst', 'der Sprecher des Ministeriums']]],
    ['„Die Lage ist ernst“, sagte der Minister Jonas Vogel.', [['Die Lage ist ernst', 'Jonas Vogel']]],
    ['Laut Petra Hahn ist die Lage „sehr ernst und schwierig“.', [['sehr ernst und schwierig', 'Petra Hahn']]],
    ['»Wir gehen jetzt«, sagte Karl Weber.', [['Wir gehen jetzt', 'Karl Weber']]],
    ['„Er hat ‚nein‘ gesagt und ist gegangen“, erklärte Lena Koch.', [['Er hat ‚nein‘ gesagt und ist gegangen', 'Lena Koch']]],
    ['Dazu sagte die Kanzlerin: „Wir prüfen alle Optionen.“', [['Wir prüfen alle Optionen.', 'die Kanzlerin']]],
    ['Max Braun hat gesagt: „Das Werk bleibt offen.“', [['Das Werk bleibt offen.', 'Max Braun']]],
    ['„Wir prüfen das“, sagte am Montag der Sprecher.', [['Wir prüfen das', 'der Sprecher']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'de')).toEqual(expected);
  });

  it.each([
    // "ist" is no verb of saying: the word after the quote is not its speaker.
    ['Die Wahl der „richtigen“ Lösung ist entscheidend für den Erfolg.', []],
    // A short fragment that no cue governs is a title or a term.
    ['Das Motto „Neue Wege gehen“ steht über der Messe.', []],
  ] as [string, [string, string | null][]][])('no speaker: %s', (text, expected) => {
    expect(spoken(text, 'de')).toEqual(expected);
  });
});
