// The headline a reader sees. Pages state it several times (JSON-LD headline, og:title, twitter:title, <title>,
// the <h1> above the article) and each source is wrong somewhere: a site-wide <h1> ("Hi, I'm Sam", a section
// banner, the site name), an SEO title that differs from the visible one, a JSON-LD headline holding a short
// description, a <title> with the site's name appended. No source is trusted by rank: the visible heading wins
// when the other sources agree with it or when it sits right above the article body; otherwise the stated title
// most sources agree on, with the site's name cut off.

export interface MetaTitle {
  source: string;
  text: string;
}

export interface HeadingCandidate {
  text: string;
  /** An <h1> (a page's own headline level) rather than an <h2>. */
  h1: boolean;
  /** Characters of page text between the heading and the start of the article body; null when not known. */
  gapToBody: number | null;
  /** Part of the site's chrome: a banner, logo, navigation, or a link to the home page. */
  chrome: boolean;
}

export interface HeadlineChoice {
  text: string;
  source: string;
}

/** A heading this close above the body (standfirst, byline, date, share buttons, a photo caption) is its headline. */
export const NEAR_BODY = 700;
/** Token agreement above which two titles say the same thing. */
const AGREE = 0.5;

const SEPARATOR = /\s+[|–—·•»\/~-]\s+|\s*[|:]\s+|\s*\|\s*/g;
const SEPARATOR_START = /^(?:\s+[|–—·•»:\/~-]\s+|\s*\|)/;

function tokens(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Titles are compared many times over (every heading with every stated title): their word sets are kept.
const wordSets = new Map<string, Set<string>>();
function wordSet(s: string): Set<string> {
  let set = wordSets.get(s);
  if (!set) {
    if (wordSets.size > 500) wordSets.clear();
    set = new Set(tokens(s));
    wordSets.set(s, set);
  }
  return set;
}

/** Dice overlap of the two titles' word sets. */
export function titleAgreement(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const nameKey = (s: string) => tokens(s).join('').replace(/^the/, '');

function isSiteName(segment: string, siteNames: string[]): boolean {
  const k = nameKey(segment);
  if (!k) return false;
  return siteNames.some((n) => {
    const s = nameKey(n);
    return !!s && (s === k || (k.length >= 4 && s.includes(k)) || (s.length >= 4 && k.includes(s) && tokens(segment).length <= 5));
  });
}

/** The segments of a title between its separators: "Storm closes bridge | Weather | Town Times" → three. */
export function titleSegments(title: string): string[] {
  return title.split(SEPARATOR).map((t) => t.trim()).filter(Boolean);
}

/**
 * "Storm closes bridge - Town Times" → "Storm closes bridge"; "Town Times: Storm closes bridge" → "Storm closes bridge".
 * Cuts only at a separator next to a segment that names the site; never rewrites the text it keeps.
 */
export function stripSiteSuffix(title: string, siteNames: string[]): string {
  let text = title.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 3; guard++) {
    const seps = [...text.matchAll(SEPARATOR)];
    if (!seps.length) break;
    const last = seps[seps.length - 1];
    const firstSep = seps[0];
    const tail = text.slice(last.index! + last[0].length);
    const head = text.slice(0, firstSep.index);
    if (isSiteName(tail, siteNames)) text = text.slice(0, last.index).trim();
    else if (isSiteName(head, siteNames)) text = text.slice(firstSep.index! + firstSep[0].length).trim();
    else break;
  }
  return text;
}

/** The stated title most other statements agree with, site name removed; ties go to the earlier source. */
function consensus(titles: MetaTitle[], siteNames: string[]): HeadlineChoice | null {
  const cleaned = titles
    .map((t) => ({ source: t.source, text: stripSiteSuffix(t.text, siteNames) }))
    .filter((t) => t.text && !isSiteName(t.text, siteNames));
  let best: HeadlineChoice | null = null;
  let bestSupport = -1;
  for (const t of cleaned) {
    let support = 0;
    for (const o of cleaned) if (o !== t) support += titleAgreement(t.text, o.text) >= 0.8 ? 1 : 0;
    if (support > bestSupport) [best, bestSupport] = [t, support];
  }
  if (!best) return null;
  // A longer statement that only adds a segment to another loses it: "Storm closes bridge - Town" when another
  // source says "Storm closes bridge".
  const shorter = cleaned.find((o) => o.text.length < best!.text.length && best!.text.startsWith(o.text) && SEPARATOR_START.test(best!.text.slice(o.text.length)));
  if (shorter) return { source: best.source, text: shorter.text };
  return best;
}

export function chooseHeadline(titles: MetaTitle[], headings: HeadingCandidate[], siteNames: string[]): HeadlineChoice | null {
  const stated = titles.filter((t) => t.text.trim());
  const visible = headings.filter((h) => h.text && h.text.length <= 300 && !h.chrome && !isSiteName(h.text, siteNames));
  const statedTexts = stated.map((t) => stripSiteSuffix(t.text, siteNames));
  const agreements = new Map(visible.map((h) => [h, Math.max(0, ...statedTexts.map((t) => titleAgreement(h.text, t)))]));
  const agreement = (h: HeadingCandidate) => agreements.get(h) ?? 0;
  // Where the chosen text came from: the first statement that says exactly it, else the page's heading.
  const sourceOf = (text: string) => stated[statedTexts.findIndex((t) => titleAgreement(t, text) === 1)]?.source ?? 'html';
  const near = (h: HeadingCandidate) => h.gapToBody !== null && h.gapToBody <= NEAR_BODY;
  // 1. A heading the page's own statements confirm; among several, the best confirmed, then the one nearest the body.
  const confirmed = visible
    .map((h) => ({ h, score: agreement(h) + (near(h) ? 0.25 : 0) + (h.h1 ? 0.1 : 0) }))
    .filter((c) => agreement(c.h) >= AGREE)
    .sort((a, b) => b.score - a.score);
  if (confirmed.length) return { text: confirmed[0].h.text, source: sourceOf(confirmed[0].h.text) };
  // 2. No statement matches, but an <h1> sits right above the body: the visible headline, the stated one being an SEO title.
  const above = visible.filter((h) => h.h1 && near(h)).sort((a, b) => (a.gapToBody ?? 0) - (b.gapToBody ?? 0));
  if (above.length) return { text: above[0].text, source: 'html' };
  // 3. What the statements agree on; an unconfirmed, distant <h1> only when nothing is stated.
  return consensus(stated, siteNames) ?? (visible.find((h) => h.h1) ? { text: visible.find((h) => h.h1)!.text, source: 'html' } : null);
}
