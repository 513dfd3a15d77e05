// Cutting painting into slices so no task blocks the page: the visible part at once, the rest in idle time.
import { nextTask } from '../shared/next-task';

export { nextTask };

export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and continues in a new one: with scheduler.yield (Chromium) the continuation goes ahead of
 * other queued work, so a long job cut this way costs the page its responsiveness back but hardly any time.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}

/**
 * Ends the current task only where that costs next to nothing (scheduler.yield); elsewhere goes straight on. For
 * cuts between shorter steps, where a trip through the page's task queue would delay the reader's result more
 * than the shorter task is worth.
 */
export function yieldIfCheap(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : Promise.resolve();
}

export interface Deadline {
  timeRemaining(): number;
}

export function whenIdle(): Promise<Deadline> {
  if (typeof requestIdleCallback === 'function') return new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
  return new Promise((resolve) => setTimeout(() => {
    const end = performance.now() + SLICE_MS;
    resolve({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 16));
}

/** Index of the block containing `offset` (or the last block starting before it); -1 before the first. */
export function blockAt(blocks: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Mark indices in painting order: those in blocks `first..last` (what the reader sees) in reading order,
 * then everything after them, then everything before, each nearest first.
 */
export function visibleFirst(spans: readonly { start: number }[], blocks: readonly { start: number; end: number }[], first: number, last: number): number[] {
  const seen: number[] = [];
  const after: number[] = [];
  const before: number[] = [];
  spans.forEach((span, i) => {
    const b = blockAt(blocks, span.start);
    if (b < first) before.push(i);
    else if (b > last) after.push(i);
    else seen.push(i);
  });
  return [...seen, ...after, ...before.reverse()];
}
