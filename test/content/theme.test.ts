import { describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseColor } from '../../src/content/theme';

type Fake = { bg: string; parent: Fake | null; scheme?: string };

function chain(...backgrounds: string[]): { start: Element; style: (el: Element) => CSSStyleDeclaration } {
  // Elements from innermost to the root, as plain objects standing in for the DOM.
  const nodes: Fake[] = [];
  for (let i = backgrounds.length - 1; i >= 0; i--) nodes.unshift({ bg: backgrounds[i], parent: nodes[0] ?? null });
  const els = nodes.map((n) => ({ fake: n })) as unknown as (Element & { fake: Fake })[];
  els.forEach((el, i) => Object.assign(el, { parentElement: els[i + 1] ?? null, ownerDocument: { documentElement: els[els.length - 1] } }));
  return { start: els[0], style: (el) => ({ backgroundColor: (el as unknown as { fake: Fake }).fake.bg, colorScheme: (el as unknown as { fake: Fake }).fake.scheme ?? '' }) as CSSStyleDeclaration };
}

describe('parseColor', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseColor('rgb(18, 19, 23)')).toEqual([18, 19, 23, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
  });

  it('gives null for anything else', () => {
    for (const bad of ['', 'transparent', 'red', 'color(srgb 1 0 0)', 'rgb(1,2)', 'rgb(a, b, c)']) expect(parseColor(bad)).toBeNull();
  });
});

describe('luminance', () => {
  it('runs from black to white', () => {
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(255, 255, 255)).toBeCloseTo(1, 5);
    expect(luminance(18, 19, 23)).toBeLessThan(0.02);
  });
});

describe('pageTheme', () => {
  it('is dark on a dark page even when the article itself is transparent', () => {
    const { start, style } = chain('rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgb(18, 19, 23)');
    expect(pageTheme(start, style)).toBe('dark');
  });

  it('takes the nearest opaque background: a white article card on a dark page is light', () => {
    const { start, style } = chain('rgb(255, 255, 255)', 'rgb(10, 10, 10)');
    expect(pageTheme(start, style)).toBe('light');
  });

  it('ignores faint tints and falls back to the page’s colour scheme, else light', () => {
    const { start, style } = chain('rgba(0, 0, 0, 0.1)', 'rgba(0, 0, 0, 0)');
    expect(pageTheme(start, style)).toBe('light');
    const dark = chain('rgba(0, 0, 0, 0)');
    (dark.start as unknown as { fake: Fake }).fake.scheme = 'dark';
    expect(pageTheme(dark.start, dark.style)).toBe('dark');
    expect(pageTheme(null, style)).toBe('light');
  });
});
