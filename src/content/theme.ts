// Light or dark cards and highlights, chosen from what the page actually paints behind the article.
export type Theme = 'light' | 'dark';

/** Parses the `rgb()`/`rgba()` strings getComputedStyle returns (space or comma syntax); null otherwise. */
export function parseColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The first opaque-enough background from `start` up to the root decides. With none (a transparent page),
 * the canvas is white unless the page opts into a dark colour scheme.
 */
export function pageTheme(start: Element | null, style: (el: Element) => CSSStyleDeclaration): Theme {
  for (let el: Element | null = start; el; el = el.parentElement) {
    const colour = parseColor(style(el).backgroundColor);
    if (colour && colour[3] >= 0.5) return luminance(colour[0], colour[1], colour[2]) < 0.2 ? 'dark' : 'light';
  }
  const root = start?.ownerDocument?.documentElement;
  const scheme = root ? style(root).colorScheme : '';
  return /^\s*dark\b/.test(scheme ?? '') ? 'dark' : 'light';
}
