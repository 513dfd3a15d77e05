import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabAnswers } from '../../src/background/tab-answers';

afterEach(() => vi.useRealTimers());

describe('popups waiting for a tab\'s answer', () => {
  it('gives every popup waiting on the tab the answer, and none to another tab', async () => {
    const answers = new TabAnswers();
    const a = answers.wait(4, 5000);
    const b = answers.wait(4, 5000);
    const other = answers.wait(5, 5000);
    answers.answer(4, { status: 'not-article', reason: 'A list of links.' });
    await expect(a.answer).resolves.toEqual({ status: 'not-article', reason: 'A list of links.' });
    await expect(b.answer).resolves.toEqual({ status: 'not-article', reason: 'A list of links.' });
    other.cancel();
    await expect(other.answer).resolves.toBeNull();
  });

  it('gives up after the time given, and a later answer finds nobody waiting', async () => {
    vi.useFakeTimers();
    const answers = new TabAnswers();
    const waiting = answers.wait(4, 100);
    vi.advanceTimersByTime(100);
    await expect(waiting.answer).resolves.toBeNull();
    expect(() => answers.answer(4, { status: 'error', reason: 'late' })).not.toThrow();
  });
});
