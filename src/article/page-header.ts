// The article's header as a reader sees it: the headings with their distance above the body (which one is the
// headline), the lines between the headline and the body (a "By …" line, a date line), and the byline elements.
import { isPersonName, splitAuthors } from './byline';
import { findDatesInText } from './dates';
import type { HeadingCandidate } from './headline';
import type { PageScan } from './page-scan';
import { pageText } from './page-text';
import { renderBlocks } from './render-text';

const uniq = (names: string[]) => [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];

/** A byline box's name lines: it often goes on into the author's bio ("Jane Doe is a reporter who ...") and links. */
function bylineLines(lines: string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    const words = line.split(' ');
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (words.length >= 6 && lower >= 2) break;
    if (/^(?:about|more (?:from|by|articles|stories)|see (?:all|more)|view|read more)\b/i.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

/** Names from the page's byline elements (itemprop=author, rel=author, a "byline" class), read as a reader sees them. */
export function bylineFromPage(scan: PageScan, outlet: string | null): string[] | null {
  let names: string[] = [];
  for (const el of scan.bylineElements) {
    const named = el.querySelector('[itemprop="name"]');
    // An element whose class merely mentions an author (<body class="single-author">) is not a byline.
    if ((el.textContent ?? '').length > 600) continue;
    const raw = named ? named.textContent ?? '' : bylineLines(renderBlocks(el).map((b) => b.text));
    const found = splitAuthors(raw, outlet);
    // Separate itemprop=author elements are separate authors; otherwise the first byline that names someone.
    if (!names.length) names = found;
    else if (el.getAttribute('itemprop') === 'author') names = uniq([...names, ...found]);
  }
  return names.length ? names : null;
}

export interface PageHeader {
  headings: HeadingCandidate[];
  /** Names on a "By …" line between the headline and the body. */
  byline: string[] | null;
  /** The first publication date written between the headline and the body. */
  date: string | null;
}

const CHROME_CLASS = /logo|brand|site-?(?:title|name|header|banner)|masthead|banner|section-?(?:title|header|name|banner)|category-?(?:title|header|name)|channel|archive-?title|page-?title--section/i;
const HEADER_LINES = 1500;
const HEADER_AFTER = 600;
/** A heading this close below the body's first block still heads it (the block was a pull quote or a standfirst). */
const HEADING_BELOW = 300;
/** "By Jane Doe", "Posted on May 3 by Jane Doe", "12 May | by Jane Doe"; not a credit ("Photo by …"). */
const BYLINE_LINE = /(?<!\b(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Ii]llustration|[Vv]ideo|[Gg]raphic|[Mm]ap|[Cc]hart|[Cc]redit|[Aa]rt|[Dd]esign)\s+)\b(?:[Bb]y|BY)\s+(?=\p{Lu})/u;

function isChrome(el: Element, url: string): boolean {
  if (el.closest('nav, [role="banner"], [role="navigation"]')) return true;
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (CHROME_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  // A heading that links to the home page is the site's name.
  const links = el.querySelectorAll('a[href]');
  if (!links.length) return false;
  const origin = new URL(url).origin;
  return [...links].some((a) => {
    try {
      const href = new URL(a.getAttribute('href') ?? '', url);
      return href.pathname.replace(/\/+$/, '') === '' && href.origin === origin;
    } catch {
      return false;
    }
  });
}

/** A line that is nothing but a person's name: two to four capitalised words, no digits, no organisation. */
function isBareName(line: string, siteNames: string[]): boolean {
  if (!/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(line)) return false;
  const names = splitAuthors(line, siteNames[0] ?? null);
  return names.length === 1 && names[0] === line && isPersonName(line, siteNames[0] ?? null);
}

/** The page's headings with their distance above the body, and the header lines between the headline and the body. */
export function readHeader(doc: Document, scan: PageScan, bodyStart: string, siteNames: string[]): PageHeader {
  const url = doc.baseURI && /^https?:/i.test(doc.baseURI) ? doc.baseURI : 'http://localhost/';
  const { text, spans, anchor } = pageText(doc.body, scan.headings, bodyStart, HEADER_AFTER + HEADING_BELOW);
  const headings: HeadingCandidate[] = scan.headings.map((el) => {
    const span = spans.get(el);
    let gap: number | null = null;
    if (span && anchor >= 0) gap = span.end <= anchor ? anchor - span.end : span.start - anchor < HEADING_BELOW ? 0 : null;
    return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), h1: el.tagName.toUpperCase() === 'H1', gapToBody: gap, chrome: isChrome(el, url) };
  });
  // The header region: from the heading nearest above the body to the body.
  const nearest = scan.headings
    .map((el, i) => ({ el, heading: headings[i] }))
    .filter(({ heading: h }) => h.gapToBody !== null && !h.chrome && h.text && !siteNames.includes(h.text))
    .sort((a, b) => (a.heading.gapToBody ?? 0) - (b.heading.gapToBody ?? 0))[0];
  const span = nearest ? spans.get(nearest.el) : undefined;
  // When the body's first block sits above the heading (a pull quote, a standfirst), the header lines follow the heading.
  const regionEnd = span ? (anchor > span.end ? Math.min(anchor, span.end + HEADER_LINES) : span.end + HEADER_AFTER) : 0;
  const region = span ? text.slice(span.end, regionEnd) : '';
  let byline: string[] | null = null;
  let bareName: string | null = null;
  let date: string | null = null;
  const lines = region.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    if (line.split(' ').length >= 30) break; // the prose has started
    // A bare name on its own line with the date on the next ("Dana Holt" / "Published 3 May 2024") is the byline.
    if (!bareName && !date && isBareName(line, siteNames) && findDatesInText(lines[i + 1] ?? '').length) bareName = line;
    const by = byline ? null : BYLINE_LINE.exec(line);
    // "by" opens the line or follows a date or a label ("Posted on May 3 by …"), not a clause ("led by the mayor").
    const opensByline = by && (!line.slice(0, by.index).trim() || /(?:[|·•–—-]|\d(?:\s*[ap]\.?m\.?)?|\b(?:posted|published|written|updated|story|words)\b.*)\s*$/i.test(line.slice(0, by.index)));
    if (by && opensByline && line.split(' ').length <= 24) {
      const names = splitAuthors(line.slice(by.index), siteNames[0] ?? null);
      if (names.length) byline = names;
    }
    if (!date) date = findDatesInText(line).find((d) => !d.updated)?.iso ?? null;
  }
  // An explicit "By …" line wins over a bare name.
  return { headings, byline: byline ?? (bareName ? [bareName] : null), date };
}
