import { describe, expect, it } from 'vitest';
import { footprintOf, type Footprint } from '../../src/shared/footprint';
import { onInstalled, WELCOME_PAGE } from '../../src/background/installed';

const now = footprintOf({ version: '2.0.0', permissions: ['activeTab', 'storage'] }, 1, 2);

function run(reason: string, stored: Footprint | null) {
  const log: string[] = [];
  let kept: Footprint | null = stored;
  const done = onInstalled(reason, {
    now,
    stored: async () => kept,
    store: async (f) => { log.push('store'); kept = f; },
    open: async (path) => void log.push(`open ${path}`),
  });
  return done.then(() => ({ log, kept }));
}

describe('onInstalled', () => {
  it('opens the welcome page on a first install, after remembering the footprint', async () => {
    const { log, kept } = await run('install', null);
    expect(log).toEqual(['store', `open ${WELCOME_PAGE}`]);
    expect(kept).toEqual(now);
  });

  it('opens the what-changed note after an update that changed a permission', async () => {
    const before = { ...now, version: '1.0.0', permissions: ['activeTab'] };
    const { log } = await run('update', before);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatch(new RegExp(`^open ${WELCOME_PAGE}\\?changed=`));
    const query = new URLSearchParams(log[1].split('?')[1]);
    expect(JSON.parse(query.get('changed')!).version).toBe('1.0.0');
  });

  it.each([
    ['an update that changed nothing that matters', 'update', { ...now, version: '1.9.0' }],
    ['an update from a version that kept no footprint', 'update', null],
    ['a browser update', 'browser_update', { ...now, permissions: [] }],
    ['a shared module update', 'shared_module_update', null],
  ])('stays quiet on %s', async (_name, reason, stored) => {
    const { log } = await run(reason, stored as Footprint | null);
    expect(log.filter((l) => l.startsWith('open'))).toEqual([]);
  });

  it('shows the note once: the next update with the same footprint opens nothing', async () => {
    const first = await run('update', { ...now, permissions: [] });
    const second = await run('update', first.kept);
    expect(first.log.some((l) => l.startsWith('open'))).toBe(true);
    expect(second.log.some((l) => l.startsWith('open'))).toBe(false);
  });
});
