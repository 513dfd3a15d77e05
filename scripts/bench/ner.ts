// NER speed benchmark: our tagger against compromise on the same news texts in the same run, plus the load time
// and size of the committed weights. `run()` returns a markdown report (called by the bench script).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { loadNerModel } from '../../src/core/ner/model';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { DATA_DIR } from '../lib/ner-corpora';

const MODEL = join(import.meta.dirname, '../../model/ner.bin');
const ROUNDS = 5;

function newsTexts(): string[] {
  return readFileSync(join(DATA_DIR, 'quotes/polnear/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Best of `ROUNDS` timed passes after one warm-up pass, in milliseconds. */
function bestOf(work: () => void): number {
  work();
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function run(): Promise<string> {
  const bytes = readFileSync(MODEL);
  const loadTimes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    loadNerModel(bytes);
    loadTimes.push(performance.now() - t0);
  }
  const model = loadNerModel(bytes);
  const texts = newsTexts();
  const tokens = texts.reduce((n, t) => n + tokenize(t).length, 0);
  const ours = bestOf(() => {
    for (const t of texts) model.tag(t, splitSentences(t));
  });
  const theirs = bestOf(() => {
    for (const t of texts) {
      const doc = nlp(t);
      doc.people().out('offset');
      doc.places().out('offset');
      doc.organizations().out('offset');
    }
  });
  const rate = (ms: number) => Math.round(tokens / (ms / 1000));
  return [
    '## Named entities',
    '',
    `${texts.length} news articles (PolNeAR dev), ${tokens} tokens; end to end from text (sentences, tokens, tags); best of ${ROUNDS} passes after a warm-up.`,
    '',
    '| tagger | tokens/s | ms per pass |',
    '| --- | --- | --- |',
    `| Lede (model/ner.bin) | ${rate(ours)} | ${ours.toFixed(0)} |`,
    `| compromise ${(nlp as unknown as { version: string }).version} (people, places, organizations) | ${rate(theirs)} | ${theirs.toFixed(0)} |`,
    '',
    `Speed-up over compromise: ${(theirs / ours).toFixed(1)}×.`,
    '',
    `Weights: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped; load ${loadTimes[0].toFixed(1)} ms the first time, ` +
      `${Math.min(...loadTimes.slice(1)).toFixed(1)} ms at best after.`,
    '',
  ].join('\n');
}
