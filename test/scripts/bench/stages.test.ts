import { describe, expect, it } from 'vitest';
import { measure, type Records } from '../../../scripts/bench/reader/stages';

// Three documents on three clocks: the popup opened at 1000 (epoch ms), the page loaded at 400, the worker started at 0.
const popup = (marks: Record<string, number>) => ({ origin: 1000, marks });
const page = (marks: Record<string, number>) => ({ origin: 400, marks });
const background = (marks: Record<string, number>) => ({ origin: 0, marks });

const click: Records = {
  popup: popup({ script: 20, state: 30, prepared: 60, card: 270 }),
  page: page({ script: 650, run: 665, extract: 665, scanned: 670, cloned: 673, readability: 690, rendered: 695, extracted: 700, answered: 860, mapped: 870, highlight: 880 }),
  annotate: background({ request: 1105, 'looked-up': 1110, 'model-ready': 1110, annotated: 1200, replied: 1255 }),
};

describe('reader benchmark stages', () => {
  it('puts the documents on one line and splits the click into consecutive stages that add up', () => {
    const m = measure('click', click)!;
    expect(m.total).toBe(270);
    expect(m.highlight).toBe(280);
    const stages = Object.fromEntries(m.stages.map((s) => [s.name, s.ms]));
    expect(stages).toEqual({
      // popup.state (1030) → the page's script running (1050), then its start-up until extraction (1065)
      'popup start': 20, 'tab state': 10, injection: 20, 'start-up': 15,
      // page extracted (1100) → request (1105)
      messaging: 5,
      extraction: 35, 'cache lookup': 5, 'model load': 0, annotation: 90, 'history and reply': 55, 'card: layout': 15,
      // The page's path from the reply (1255), beside the card's.
      'page: messaging': 5, 'page: mapping': 10, 'page: first paint': 10,
    });
    const cardPath = m.stages.filter((s) => !s.name.startsWith('page: '));
    expect(cardPath.reduce((sum, s) => sum + s.ms, 0)).toBeCloseTo(m.total);
    expect(m.pageWork).toBe(35 + 10 + 10);
    expect(m.extraction).toEqual([
      { name: 'page scan', ms: 5 }, { name: 'clone', ms: 3 }, { name: 'readability', ms: 17 }, { name: 'blocks', ms: 5 }, { name: 'verdict and metadata', ms: 5 },
    ]);
  });

  it('ends the card\'s background part when the popup was answered, before the cache write the page waits for', () => {
    const early = measure('click', { ...click, annotate: { ...click.annotate!, marks: { ...click.annotate!.marks, answered: 1210 } } })!;
    const stages = Object.fromEntries(early.stages.map((s) => [s.name, s.ms]));
    expect(stages['history and reply']).toBe(10);
    expect(stages['card: layout']).toBe(60);
    // The page still hears at `replied` (1255).
    expect(stages['page: messaging']).toBe(5);
  });

  it('splits the card into the answer reaching the popup, its elements made and its layout', () => {
    const marks = { ...click.popup!.marks, polled: 262, 'card-built': 264 };
    const m = measure('click', { ...click, popup: popup(marks) })!;
    const stages = Object.fromEntries(m.stages.map((s) => [s.name, s.ms]));
    expect(stages).toMatchObject({ 'history and reply': 55, 'card: reply': 7, 'card: build': 2, 'card: layout': 6 });
    expect(m.total).toBe(270);
    const reopen = measure('reopen', { popup: popup({ script: 25, kept: 31, 'card-built': 33, card: 40 }) })!;
    expect(reopen.stages).toEqual([{ name: 'popup start', ms: 25 }, { name: 'tab state', ms: 6 }, { name: 'card: build', ms: 2 }, { name: 'card: layout', ms: 7 }]);
  });

  it('gives no extraction steps for a page that did not mark them (an older run)', () => {
    const older = measure('automatic', { page: page({ script: 250, extract: 270, extracted: 300, answered: 420, mapped: 430, highlight: 436 }) })!;
    expect(older.extraction).toBeUndefined();
  });

  it('leaves out a stage that did not happen and gives nothing when the answer never came', () => {
    const reopen = measure('reopen', { popup: popup({ script: 25, state: 40, card: 52 }) })!;
    expect(reopen.stages.map((s) => s.name)).toEqual(['popup start', 'tab state', 'card: layout']);
    expect(reopen.total).toBe(52);
    expect(measure('click', { popup: popup({ script: 20, error: 90 }) })).toBeNull();
    expect(measure('automatic', { page: page({ script: 300, reported: 320 }) })).toBeNull();
  });

  it('times automatic mode from the page\'s own navigation', () => {
    const m = measure('automatic', { page: page({ script: 250, extract: 270, extracted: 300, answered: 420, mapped: 430, highlight: 436 }) })!;
    expect(m.total).toBe(436);
    expect(m.stages.map((s) => s.name)).toEqual(['page load', 'idle wait', 'extraction', 'messaging', 'mapping', 'first paint']);
  });
});
