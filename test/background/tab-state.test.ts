import { describe, expect, it, vi } from 'vitest';
import { TabStates, type SessionChanges } from '../../src/background/tab-state';
import { createFakeBrowser } from './fake-browser';

/** A session area and its change events, as the worker's entry wires them. */
function storage() {
  const { storage: areas } = createFakeBrowser();
  const watch = (listener: (changes: SessionChanges) => void) => areas.onChanged.addListener((changes: SessionChanges, area: string) => {
    if (area === 'session') listener(changes);
  });
  return { session: areas.session, watch, states: () => new TabStates(areas.session, watch) };
}

describe('tab states', () => {
  it('answers from memory, and from storage after a restart', async () => {
    const { session, states } = storage();
    const tabs = states();
    await tabs.set(1, { status: 'not-article', reason: 'A section front.' });
    const restarted = states();
    const reads = vi.spyOn(session, 'get');
    expect(await tabs.get(1)).toEqual({ status: 'not-article', reason: 'A section front.' });
    expect(await restarted.get(1)).toEqual({ status: 'not-article', reason: 'A section front.' });
    expect(await restarted.get(2)).toEqual({ status: 'idle' });
    expect(reads).not.toHaveBeenCalled();
  });

  it('sees a state written to storage by another', async () => {
    const { session, states } = storage();
    const tabs = states();
    expect(await tabs.get(5)).toEqual({ status: 'idle' });
    await session.set({ 'tab:5': { status: 'annotating' } });
    expect(await tabs.get(5)).toEqual({ status: 'annotating' });
    await session.remove('tab:5');
    expect(await tabs.get(5)).toEqual({ status: 'idle' });
  });

  it('keeps a change heard while the start-up read runs over what that read returns', async () => {
    const { session, watch } = storage();
    await session.set({ 'tab:4': { status: 'annotating' } });
    let finish: (all: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(session, 'get').mockReturnValueOnce(new Promise((ok) => (finish = ok)));
    const tabs = new TabStates(session, watch);
    await session.remove('tab:4');
    finish({ 'tab:4': { status: 'annotating' } });
    expect(await tabs.get(4)).toEqual({ status: 'idle' });
  });

  it('does not take its own writes back from storage out of order', async () => {
    const { session, watch } = storage();
    const tabs = new TabStates(session, watch);
    await tabs.set(6, { status: 'annotating' });
    vi.spyOn(session, 'set').mockImplementationOnce(async () => undefined);
    await tabs.set(6, { status: 'error', reason: 'The model could not be read.' });
    await session.set({ 'tab:6': { status: 'annotating' } });
    expect(await tabs.get(6)).toEqual({ status: 'error', reason: 'The model could not be read.' });
  });

  it('forgets a tab in memory and in storage', async () => {
    const { states } = storage();
    const tabs = states();
    await tabs.set(1, { status: 'annotating' });
    await tabs.forget(1);
    expect(await tabs.get(1)).toEqual({ status: 'idle' });
    expect(await states().get(1)).toEqual({ status: 'idle' });
  });

  it('keeps the popup\'s view of a tab while the tab shows what it was kept for, and drops views on request', async () => {
    const { session, states } = storage();
    const tabs = states();
    const shown = { status: 'done' as const, url: 'https://harbour.example/a', key: 'k', cached: false };
    const view = { card: { title: 'x' } as never, settings: {} as never };
    await tabs.set(1, shown);
    expect(await tabs.keepView(1, shown, view)).toBe(true);
    expect(await tabs.keepView(2, shown, view)).toBe(false);
    expect(session.data).toMatchObject({ 'view:1': view });
    expect('view:2' in session.data).toBe(false);
    await tabs.forget(1);
    expect('view:1' in session.data).toBe(false);
    await tabs.set(3, shown);
    await tabs.keepView(3, shown, view);
    await tabs.dropViews();
    expect(Object.keys(session.data)).toEqual(['tab:3']);
  });

  it('keeps an annotation too large for storage in memory, and a state to act on in storage', async () => {
    const { session, states } = storage();
    const tabs = states();
    const set = session.set.bind(session);
    vi.spyOn(session, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).includes('"annotation"')) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const state = { status: 'done' as const, url: 'https://harbour.example/a', key: 'k', cached: false, annotation: { version: 'x' } as never };
    await tabs.set(1, state);
    expect(await tabs.get(1)).toEqual(state);
    expect((await states().get(1)).status).toBe('error');
  });

  it('is idle for a tab it knows nothing of, or holds something else', async () => {
    const { session, states } = storage();
    await session.set({ 'tab:2': { status: 'exploded' }, 'tab:x': { status: 'annotating' }, other: { status: 'annotating' } });
    const tabs = states();
    expect(await tabs.get(1)).toEqual({ status: 'idle' });
    expect(await tabs.get(2)).toEqual({ status: 'idle' });
  });

  it('answers for unknown tabs as idle when storage cannot be read', async () => {
    const { session, watch } = storage();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(session, 'get').mockRejectedValueOnce(new Error('storage unavailable'));
    expect(await new TabStates(session, watch).get(3)).toEqual({ status: 'idle' });
  });
});
