// The contexts news puts names in, one invented sentence each: quotes, titles of works, headlines in capitals and
// in title case, possessives and hyphenated forms, "X's Y" organisations, venues and facilities, and a name used
// again in the same article (document consistency). Each row lists mentions that must be found (text/TYPE) and
// words that must not be tagged at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../src/core/ner/model';
import { splitSentences } from '../../../src/core/text/sentences';

const model = loadNerModel(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../model/ner.bin'))));

interface Row {
  context: string;
  text: string;
  found: string[];
  never?: string[];
  /**
   * Why the committed model still gets this row wrong. `it.fails` keeps it honest: the day the model gets it right,
   * the test fails until the reason is taken off.
   */
  miss?: string;
}

const ROWS: Row[] = [
  {
    context: 'quote',
    text: '"Frankly, the plan is dead," Senator Mara Quill told reporters in Denver.',
    found: ['Mara Quill/PER', 'Denver/LOC'],
    never: ['Frankly', 'Senator'],
  },
  {
    context: 'quote',
    text: 'Asked about the merger, Dana Whitfield said: "Nobody at Harwell Biotech knew about it."',
    found: ['Dana Whitfield/PER', 'Harwell Biotech/ORG'],
    never: ['Asked', 'Nobody'],
    miss: 'Harwell Biotech is typed LOC: an invented company with no organisation word the lexicon knows ("Biotech" is not one)',
  },
  {
    context: 'title of a work',
    text: 'Her novel "Silent Harbor" sold well in Canada, the publisher Penguin said.',
    found: ['Canada/LOC', 'Penguin/ORG'],
    never: ['Her'],
  },
  {
    context: 'headline in capitals',
    text: 'PARIS MAYOR SLAMS RENAULT OVER JOB CUTS',
    found: ['PARIS/LOC', 'RENAULT/ORG'],
    never: ['MAYOR', 'SLAMS', 'JOB', 'CUTS'],
    miss: 'RENAULT is missed: re-cased to "Renault" (no casing evidence), the tagger does not take it for a name after "slams"',
  },
  {
    context: 'headline in title case',
    text: 'Toyota Recalls Cars Sold in Brazil After Brake Failures',
    found: ['Toyota/ORG', 'Brazil/LOC'],
    never: ['Recalls', 'Cars', 'Brake'],
    miss: '"Brake" is tagged PER: too rare in the training sentences to have casing evidence, so title-case re-casing keeps its capital',
  },
  {
    context: 'possessive',
    text: "Germany's economy shrank as Siemens's orders fell, Chancellor Olaf Scholz said.",
    found: ['Germany/LOC', 'Siemens/ORG', 'Olaf Scholz/PER'],
    miss: '"Siemens" is typed PER: it is in the surname list, and a possessive gives no organisation cue',
  },
  {
    context: 'hyphenated form',
    text: 'The US-led coalition and Canadian-led trainers left Kabul in August.',
    found: ['US/LOC', 'Canadian/MISC', 'Kabul/LOC'],
    never: ['led', 'August'],
  },
  {
    context: "X's Y organisation",
    text: "The People's Party won seats in the regional parliament of Styria.",
    found: ["People's Party/ORG", 'Styria/LOC'],
  },
  {
    context: "X's Y organisation",
    text: "Nurses at St. Mary's Hospital in Leeds went on strike on Tuesday.",
    found: ["St. Mary's Hospital/ORG", 'Leeds/LOC'],
    never: ['Nurses', 'Tuesday'],
    miss: 'typed LOC: the training corpora disagree on hospitals (a building or an organisation)',
  },
  {
    context: 'venue',
    text: 'More than 80,000 fans filled Wembley Stadium for the final against Italy.',
    found: ['Wembley Stadium/LOC', 'Italy/LOC'],
  },
  {
    context: 'facility',
    text: 'Ministers met at Lancaster House in London to discuss the treaty.',
    found: ['Lancaster House/LOC', 'London/LOC'],
    never: ['Ministers'],
  },
  {
    context: 'quote',
    text: '"Nobody expected this," said Corven, whose firm Corven Logistics Ltd employs 900 people.',
    found: ['Corven/PER', 'Corven Logistics Ltd/ORG'],
    never: ['Nobody'],
  },
  {
    context: 'title of a work',
    text: 'Fans queued outside the Halvorsen Concert Hall in Bergen before the premiere of "Winter Lights".',
    found: ['Halvorsen Concert Hall/LOC', 'Bergen/LOC', 'Winter Lights/MISC'],
    never: ['Fans'],
  },
  {
    context: 'headline in capitals',
    text: 'FLOODS HIT DHAKA AS MONSOON ARRIVES EARLY',
    found: ['DHAKA/LOC'],
    never: ['FLOODS', 'HIT', 'MONSOON', 'ARRIVES', 'EARLY'],
  },
  {
    context: 'headline in title case',
    text: 'Oil Prices Climb as Saudi Aramco Cuts Output',
    found: ['Saudi Aramco/ORG'],
    never: ['Oil', 'Prices', 'Cuts'],
    miss: 'cut to "Saudi" (MISC): in a title-case headline every word is capitalised, and the company is on no name list',
  },
  {
    context: 'possessive',
    text: "Sony's new camera and Nikon's lenses went on sale in Tokyo.",
    found: ['Sony/ORG', 'Nikon/ORG', 'Tokyo/LOC'],
  },
  {
    context: 'hyphenated form',
    text: 'The Kremlin-backed party and the Kyiv-based group met in Vienna.',
    found: ['Kyiv/LOC', 'Vienna/LOC'],
    never: ['backed', 'based'],
    miss: '"Kyiv" is typed ORG: the tagger reads the "Kyiv-based group" phrase as an organisation\'s name',
  },
  {
    context: 'venue',
    text: 'The festival moved to the Ostrander Arena in Brooklyn.',
    found: ['Ostrander Arena/LOC', 'Brooklyn/LOC'],
  },
  {
    context: 'document consistency (a later, fuller use)',
    text: 'Brandvold declined to comment on Monday. The spokeswoman, Ilse Brandvold, had resigned a week earlier.',
    found: ['Brandvold/PER', 'Ilse Brandvold/PER'],
    never: ['Monday'],
  },
  {
    context: 'document consistency (short form after the full name)',
    text: 'The Hamblin Foundation paid for the study. Hamblin also funds a school in Accra.',
    found: ['Hamblin Foundation/ORG', 'Hamblin/ORG', 'Accra/LOC'],
  },
  {
    context: 'document consistency (short form after the full name)',
    text: 'Officials at Varnholt AG declined to comment. Varnholt has cut 300 jobs since March.',
    found: ['Varnholt AG/ORG', 'Varnholt/ORG'],
    miss: 'the short form is typed PER: nothing ties "Varnholt" to "Varnholt AG" but the shared word (a mention-classifier feature for longer forms gave no gain on cross-validation)',
  },
];

describe('names in the contexts of news', () => {
  for (const row of ROWS) {
    (row.miss ? it.fails : it)(`${row.context}: ${row.text}${row.miss ? ` (known miss: ${row.miss})` : ''}`, () => {
      const got = model.tag(row.text, splitSentences(row.text)).map((m) => `${m.text}/${m.type}`);
      expect(got).toEqual(expect.arrayContaining(row.found));
      for (const word of row.never ?? []) expect(got.filter((g) => g.startsWith(`${word}/`))).toEqual([]);
    });
  }
});
