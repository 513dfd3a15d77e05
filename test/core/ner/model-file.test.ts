// The committed weights, loaded as the extension and the CLI load them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../src/core/ner/model';
import { splitSentences } from '../../../src/core/text/sentences';

const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../model/ner.bin')));
const model = loadNerModel(bytes);
const tag = (text: string) => model.tag(text, splitSentences(text));

describe('model/ner.bin', () => {
  it('loads and says what it was trained on', () => {
    const corpora = model.metadata.trainedOn.join(' ');
    for (const corpus of ['conll2003', 'uner-en-ewt', 'gum', 'wikigold', 'crossner', 'btc', 'wnut17']) expect(corpora).toContain(corpus);
    expect(corpora).not.toContain('politics-dev');
    expect(model.metadata.seed).toBeTypeOf('number');
  });

  it('returns sorted, non-overlapping mentions whose text is the text at their offsets', () => {
    const text =
      'Iraqi Prime Minister Adel Abdel Mahdi met NATO officials in Baghdad on Wednesday.\n\n' +
      '“We are talking to France, the UK and Canada,” said Abdelkarim Khalaf, his spokesman. ' +
      'The Islamic State group (IS) was defeated in 2017, the Pentagon said.';
    const mentions = tag(text);
    expect(mentions.length).toBeGreaterThan(6);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).toBe(m.text.trim());
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1].end);
    }
  });

  it('gives offsets in UTF-16 code units when the text has astral characters', () => {
    const text = '🎉🎉 Celebrations in Paris as 😀 Emmanuel Macron arrives.';
    for (const m of tag(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(tag(text).map((m) => m.text)).toEqual(expect.arrayContaining(['Paris', 'Emmanuel Macron']));
  });

  it('tags only inside the given sentence spans', () => {
    const text = 'Angela Merkel spoke. Then Emmanuel Macron answered.';
    const second = splitSentences(text)[1];
    expect(model.tag(text, [second]).map((m) => m.text)).toEqual(['Emmanuel Macron']);
  });

  it('finds nothing in empty, blank or name-free text', () => {
    expect(tag('')).toEqual([]);
    expect(model.tag('   ', [{ start: 0, end: 3 }])).toEqual([]);
    expect(tag('it was raining and the roads were closed for hours.')).toEqual([]);
  });

  it('survives garbage and a huge text', () => {
    expect(() => tag('\u0000\ud800%%%' + '—'.repeat(5000))).not.toThrow();
    const huge = 'Officials in Baghdad met NATO envoys on Monday. '.repeat(5000);
    const mentions = tag(huge);
    expect(mentions.filter((m) => m.text === 'Baghdad')).toHaveLength(5000);
  });
});
