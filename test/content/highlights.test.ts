import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_PREFIX, Painter, highlightName, type HighlightApi } from '../../src/content/highlights';

class FakeHighlight {
  priority = 0;
  readonly ranges = new Set<unknown>();
  add(r: unknown) { this.ranges.add(r); return this; }
  clear() { this.ranges.clear(); }
  get size() { return this.ranges.size; }
}

function fakeApi() {
  const registry = new Map<string, unknown>();
  const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
  return { api, registry };
}

const range = (n: number) => ({ n }) as unknown as AbstractRange;

describe('Painter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers one highlight per visible group under prefixed names, entities above quotes', () => {
    const { api, registry } = fakeApi();
    const painter = new Painter(api);
    painter.setVisible(new Set(['PER', 'QUOTE']));
    painter.add('PER', [range(1), range(2)]);
    painter.add('QUOTE', [range(3)]);
    painter.add('LOC', [range(4)]);
    expect([...registry.keys()].sort()).toEqual([highlightName('PER'), highlightName('QUOTE')].sort());
    expect(highlightName('PER').startsWith(HIGHLIGHT_PREFIX)).toBe(true);
    const per = registry.get(highlightName('PER')) as FakeHighlight;
    const quote = registry.get(highlightName('QUOTE')) as FakeHighlight;
    expect(per.size).toBe(2);
    expect(per.priority).toBeGreaterThan(quote.priority);
  });

  it('puts back highlights the page deleted or replaced, and reports it', () => {
    const { api, registry } = fakeApi();
    const painter = new Painter(api);
    painter.setVisible(new Set(['ORG']));
    painter.add('ORG', [range(1)]);
    const ours = registry.get(highlightName('ORG'));
    expect(painter.ensure()).toBe(false);
    registry.delete(highlightName('ORG'));
    expect(painter.ensure()).toBe(true);
    registry.set(highlightName('ORG'), new FakeHighlight());
    expect(painter.ensure()).toBe(true);
    expect(registry.get(highlightName('ORG'))).toBe(ours);
  });

  it('hides and shows groups without losing their ranges', () => {
    const { api, registry } = fakeApi();
    const painter = new Painter(api);
    painter.setVisible(new Set(['PER', 'LOC']));
    painter.add('LOC', [range(1)]);
    painter.setVisible(new Set(['PER']));
    expect(registry.has(highlightName('LOC'))).toBe(false);
    painter.setVisible(new Set(['PER', 'LOC']));
    expect((registry.get(highlightName('LOC')) as FakeHighlight).size).toBe(1);
  });

  it('clears only what it owns: a newer copy of the script keeps its highlights', () => {
    const { api, registry } = fakeApi();
    const painter = new Painter(api);
    painter.setVisible(new Set(['PER', 'MISC']));
    painter.add('PER', [range(1)]);
    painter.add('MISC', [range(2)]);
    const newer = new FakeHighlight();
    registry.set(highlightName('MISC'), newer);
    painter.clear();
    expect(registry.has(highlightName('PER'))).toBe(false);
    expect(registry.get(highlightName('MISC'))).toBe(newer);
  });

  it('flashes one range briefly', () => {
    const { api, registry } = fakeApi();
    const painter = new Painter(api);
    painter.flash(range(9), 1000);
    expect((registry.get(highlightName('FLASH')) as FakeHighlight).size).toBe(1);
    painter.flash(range(10), 1000);
    expect((registry.get(highlightName('FLASH')) as FakeHighlight).size).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(registry.has(highlightName('FLASH'))).toBe(false);
  });
});
