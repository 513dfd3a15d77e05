import { describe, expect, it, vi } from 'vitest';
import { TabStates } from '../../src/background/tab-state';
import { FakeStorageArea } from './fake-browser';

const area = () => new FakeStorageArea('session', { emit: () => [] } as never);

describe('tab states', () => {
  it('answers from memory what this worker wrote, and from storage after a restart', async () => {
    const session = area();
    const tabs = new TabStates(session);
    await tabs.set(1, { status: 'not-article', reason: 'A section front.' });
    const reads = vi.spyOn(session, 'get');
    expect(await tabs.get(1)).toEqual({ status: 'not-article', reason: 'A section front.' });
    expect(reads).not.toHaveBeenCalled();
    expect(await new TabStates(session).get(1)).toEqual({ status: 'not-article', reason: 'A section front.' });
  });

  it('reads a tab it has not written from storage each time, so a state written there by another is seen', async () => {
    const session = area();
    const tabs = new TabStates(session);
    expect(await tabs.get(5)).toEqual({ status: 'idle' });
    await session.set({ 'tab:5': { status: 'annotating' } });
    expect(await tabs.get(5)).toEqual({ status: 'annotating' });
  });

  it('forgets a tab in memory and in storage', async () => {
    const session = area();
    const tabs = new TabStates(session);
    await tabs.set(1, { status: 'annotating' });
    await tabs.forget(1);
    expect(await tabs.get(1)).toEqual({ status: 'idle' });
    expect(await new TabStates(session).get(1)).toEqual({ status: 'idle' });
  });

  it('keeps an annotation too large for storage in memory, and a state to act on in storage', async () => {
    const session = area();
    const tabs = new TabStates(session);
    const set = session.set.bind(session);
    vi.spyOn(session, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).includes('"annotation"')) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const state = { status: 'done' as const, url: 'https://harbour.example/a', key: 'k', cached: false, annotation: { version: 'x' } as never };
    await tabs.set(1, state);
    expect(await tabs.get(1)).toEqual(state);
    expect((await new TabStates(session).get(1)).status).toBe('error');
  });

  it('is idle for a tab it knows nothing of, or holds something else', async () => {
    const session = area();
    await session.set({ 'tab:2': { status: 'exploded' } });
    expect(await new TabStates(session).get(1)).toEqual({ status: 'idle' });
    expect(await new TabStates(session).get(2)).toEqual({ status: 'idle' });
  });
});
