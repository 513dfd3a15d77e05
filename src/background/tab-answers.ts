// Popups waiting for a tab's answer. A popup that has just asked a page to be read waits here instead of polling,
// and gets the annotation the moment the background has it, while the page is still painting.
import type { TabState } from '../shared/protocol';

export interface Waiting {
  /** The tab's answer, or null when none came within the time given. */
  answer: Promise<TabState | null>;
  cancel(): void;
}

export class TabAnswers {
  private readonly waiting = new Map<number, Set<(state: TabState | null) => void>>();

  wait(tabId: number, timeoutMs: number): Waiting {
    let settle!: (state: TabState | null) => void;
    const answer = new Promise<TabState | null>((resolve) => {
      const timer = setTimeout(() => settle(null), timeoutMs);
      settle = (state) => {
        clearTimeout(timer);
        this.waiting.get(tabId)?.delete(settle);
        if (!this.waiting.get(tabId)?.size) this.waiting.delete(tabId);
        resolve(state);
      };
    });
    (this.waiting.get(tabId) ?? this.waiting.set(tabId, new Set()).get(tabId)!).add(settle);
    return { answer, cancel: () => settle(null) };
  }

  /** Gives every popup waiting on `tabId` its answer. */
  answer(tabId: number, state: TabState): void {
    for (const settle of [...(this.waiting.get(tabId) ?? [])]) settle(state);
  }
}
