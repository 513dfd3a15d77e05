// Turns the stage records the bench build leaves in storage (src/shared/timing.ts) into what the reader waited
// for and where that time went. Each document notes times on its own clock; its time origin (ms since the epoch)
// puts them on one line. The popup's origin is the toolbar click: the browser opens the popup for it.
import type { StageRecord } from '../../../src/shared/timing';

/** The records one scenario left: the popup, the page's content script, and the background's. */
export interface Records {
  popup?: StageRecord;
  page?: StageRecord;
  /** The background's record of the page's annotate request. */
  annotate?: StageRecord;
  /** The background's record of the popup's tab-state request that found the article. */
  tabState?: StageRecord;
  /** The background's model load, when it happened during the scenario (a fresh worker). */
  model?: StageRecord;
  /** The background putting the content script into the tab (a click on a page without it). */
  inject?: StageRecord;
}

export type Scenario = 'click' | 'reopen' | 'automatic';

/** One stage of a waterfall: from the end of the one before it to its own end. */
export interface Stage {
  name: string;
  ms: number;
}

export interface Measured {
  /** The answer the reader waited for (card, or first highlight in automatic mode), ms from the start. */
  total: number;
  /** Click scenarios: ms from the click to the first highlight. */
  highlight?: number;
  /** The page's own work up to the first highlight: extraction, mapping, first slice (from marks, both browsers). */
  pageWork?: number;
  stages: Stage[];
  /** Extraction step by step (scan, clone, Readability, blocks, the rest), where the page marked the steps. */
  extraction?: Stage[];
}

/** Absolute time (ms since the epoch) of `stage` in `record`, or undefined when it was not reached. */
function at(record: StageRecord | undefined, stage: string): number | undefined {
  const t = record?.marks[stage];
  return t === undefined ? undefined : record!.origin + t;
}

/** Consecutive stages from `start`: each point that was reached closes a stage; missing points merge into the next. */
function waterfall(start: number, points: [string, number | undefined][]): Stage[] {
  const out: Stage[] = [];
  let last = start;
  for (const [name, t] of points) {
    if (t === undefined) continue;
    out.push({ name, ms: Math.max(0, t - last) });
    last = Math.max(last, t);
  }
  return out;
}

const span = (r: StageRecord | undefined, from: string, to: string) => {
  const a = r?.marks[from];
  const b = r?.marks[to];
  return a === undefined || b === undefined ? 0 : b - a;
};

/** Extraction, mapping and the first slice; the one task between mapping and painting is included (a few ms at most). */
function pageWork(page: StageRecord | undefined): number | undefined {
  if (page?.marks.extracted === undefined) return undefined;
  return span(page, 'extract', 'extracted') + span(page, 'answered', 'mapped') + span(page, 'mapped', 'highlight');
}

/** The steps inside extraction (src/article/extract.ts marks them), or undefined for records without them. */
function extractionSteps(page: StageRecord | undefined): Stage[] | undefined {
  const start = at(page, 'extract');
  if (start === undefined || at(page, 'scanned') === undefined || at(page, 'extracted') === undefined) return undefined;
  return waterfall(start, [
    ['page scan', at(page, 'scanned')],
    ['clone', at(page, 'cloned')],
    ['readability', at(page, 'readability')],
    ['blocks', at(page, 'rendered')],
    ['verdict and metadata', at(page, 'extracted')],
  ]);
}

/**
 * The background's part of an annotate request, shared by the click and automatic waterfalls: the popup waiting
 * for the tab is answered (`answered`, where a run marked it), then the page (`replied`); the cache write and the
 * history record follow both.
 */
function backgroundPoints(r: Records, end: 'answered' | 'replied'): [string, number | undefined][] {
  return [
    ['messaging', at(r.annotate, 'request')],
    ['cache lookup', at(r.annotate, 'looked-up')],
    ['model load', at(r.annotate, 'model-ready')],
    ['annotation', at(r.annotate, 'annotated')],
    ['history and reply', at(r.annotate, end) ?? at(r.annotate, 'replied')],
  ];
}

/** The page's part after the background's reply: the reply reaching it, mapping, the first slice painted. */
function pagePoints(r: Records, prefix = ''): [string, number | undefined][] {
  return [
    [`${prefix}messaging`, at(r.page, 'answered')],
    [`${prefix}mapping`, at(r.page, 'mapped')],
    [`${prefix}first paint`, at(r.page, 'highlight')],
  ];
}

/** The popup drawing the card: its elements made, then shown and fitted to the box (the layout). */
function cardPoints(r: Records): [string, number | undefined][] {
  return [
    ['card: build', at(r.popup, 'card-built')],
    ['card: layout', at(r.popup, 'card')],
  ];
}

/** Merges stages of the same name (the two messaging legs) so tables have one column each. */
function merged(stages: Stage[]): Stage[] {
  const out = new Map<string, number>();
  for (const s of stages) out.set(s.name, (out.get(s.name) ?? 0) + s.ms);
  return [...out].map(([name, ms]) => ({ name, ms }));
}

export function measure(scenario: Scenario, r: Records): Measured | null {
  if (scenario === 'automatic') {
    const end = at(r.page, 'highlight');
    if (!r.page || end === undefined) return null;
    const stages = waterfall(r.page.origin, [
      ['page load', at(r.page, 'script')],
      ['idle wait', at(r.page, 'extract')],
      ['extraction', at(r.page, 'extracted')],
      ...backgroundPoints(r, 'replied'),
      ...pagePoints(r),
    ]);
    return { total: end - r.page.origin, pageWork: pageWork(r.page), stages: merged(stages), extraction: extractionSteps(r.page) };
  }
  const card = at(r.popup, 'card');
  if (!r.popup || card === undefined) return null;
  const start = r.popup.origin;
  const highlight = at(r.page, 'highlight');
  if (scenario === 'reopen') {
    const stages = waterfall(start, [
      ['popup start', at(r.popup, 'script')],
      // The view the background kept for the tab, when the popup drew it before the background answered.
      ['tab state', at(r.popup, 'kept') ?? at(r.popup, 'state')],
      ...cardPoints(r),
    ]);
    return { total: card - start, stages };
  }
  // The card and the first highlight part after the background's reply: the popup draws while the page paints.
  const stages = waterfall(start, [
    ['popup start', at(r.popup, 'script')],
    ['tab state', at(r.popup, 'state')],
    // Until the injected script runs; then its start-up (settings, and the popup's request to read unless the
    // script starts on its own) until extraction begins.
    ['injection', at(r.page, 'script')],
    ['start-up', at(r.page, 'extract')],
    ['extraction', at(r.page, 'extracted')],
    ...backgroundPoints(r, 'answered'),
    // The background's answer reaching the popup (its look after asking the page to read).
    ['card: reply', at(r.popup, 'polled')],
    ...cardPoints(r),
  ]);
  const replied = at(r.annotate, 'replied');
  const page = replied === undefined ? [] : waterfall(replied, pagePoints(r, 'page: '));
  return {
    total: card - start, highlight: highlight === undefined ? undefined : highlight - start, pageWork: pageWork(r.page),
    stages: [...merged(stages), ...page], extraction: extractionSteps(r.page),
  };
}
