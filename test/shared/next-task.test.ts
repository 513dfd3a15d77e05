import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/shared/next-task';

describe('nextTask', () => {
  it('resolves after the microtasks of the current task and the tasks queued before it, not before', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('task queued before'), 0);
    const waited = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => Promise.resolve()).then(() => order.push('microtask chain'));
    order.push('current task');
    await waited;
    expect(order).toEqual(['current task', 'microtask chain', 'task queued before', 'next task']);
  });
});
