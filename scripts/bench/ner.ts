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

interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system): steadier than wall time on a shared, busy machine. */
  cpu: number;
}

/** Best of `ROUNDS` timed passes after one warm-up pass. */
function bestOf(work: () => void): Timing {
  work();
  const best = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    work();
    const c = process.cpuUsage(c0);
    best.wall = Math.min(best.wall, performance.now() - t0);
    best.cpu = Math.min(best.cpu, (c.user + c.system) / 1000);
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
  const row = (name: string, t: Timing) => `| ${name} | ${rate(t.wall)} | ${rate(t.cpu)} | ${t.wall.toFixed(0)} |`;
  return [
    '## Named entities',
    '',
    `${texts.length} news articles (PolNeAR dev), ${tokens} tokens; end to end from text (sentences, tokens, tags); best of ${ROUNDS} passes after a warm-up.`,
    '',
    '| tagger | tokens/s (wall) | tokens/s (CPU time) | ms per pass (wall) |',
    '| --- | --- | --- | --- |',
    row('Lede (model/ner.bin)', ours),
    row(`compromise ${(nlp as unknown as { version: string }).version} (people, places, organizations)`, theirs),
    '',
    `Speed-up over compromise: ${(theirs.wall / ours.wall).toFixed(1)}× (wall), ${(theirs.cpu / ours.cpu).toFixed(1)}× (CPU time).`,
    '',
    `Weights: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped; load ${loadTimes[0].toFixed(1)} ms the first time, ` +
      `${Math.min(...loadTimes.slice(1)).toFixed(1)} ms at best after.`,
    '',
  ].join('\n');
}
