// Article metadata with provenance. Structured sources first (JSON-LD, OpenGraph, <meta>, <time>), the page text
// last; each field records where it came from so the card can say how sure it is.
import type { ArticleMeta } from '../core/types';
import { countWords, readingMinutes } from '../core/text/reading-time';
import { detectLanguage } from '../core/text/language';
import { isOutletName, preferPeople, splitAuthors } from './byline';
import { findDatesInText, normalizeDate } from './dates';
import { chooseHeadline, titleAgreement, type HeadingCandidate } from './headline';
import { contentItem, namesOf, textOf, typesOf, type JsonLdItem } from './json-ld';
import { chooseOutlet, hostLabels } from './outlet';
import { metaValue, type PageScan } from './page-scan';
import { renderBlocks } from './render-text';
import { findSnippet, pageText } from './page-text';

export { splitAuthors } from './byline';

type Provenance = ArticleMeta['provenance'];

/** What the extractor already knows when metadata is read. */
export interface MetadataInput {
  doc: Document;
  url: string;
  scan: PageScan;
  jsonLd: JsonLdItem[];
  text: string;
  /** The opening words of the extracted body: where the article starts on the page. */
  bodyStart?: string;
  /** Readability's guesses, used as the last structured fallback. */
  readability: { title?: string | null; byline?: string | null; siteName?: string | null } | null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function baseOf(doc: Document, url: string): string {
  const base = doc.baseURI;
  return base && /^https?:/i.test(base) ? base : url;
}

/** Picks the first source that has a value, recording which. */
function first<T>(provenance: Provenance, field: keyof ArticleMeta, candidates: [string, () => T | null][]): T | null {
  for (const [source, read] of candidates) {
    const value = read();
    if (value !== null && value !== undefined && (!Array.isArray(value) || value.length)) {
      provenance[field] = source;
      return value;
    }
  }
  return null;
}

function uniq(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
function bylineFromPage(scan: PageScan, outlet: string | null): string[] | null {
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

interface PageHeader {
  headings: HeadingCandidate[];
  /** Names on a "By …" line between the headline and the body. */
  byline: string[] | null;
  /** The first publication date written between the headline and the body. */
  date: string | null;
}

const CHROME_CLASS = /logo|brand|site-?(?:title|name|header|banner)|masthead|banner|section-?(?:title|header|name|banner)|category-?(?:title|header|name)|channel|archive-?title|page-?title--section/i;
const HEADER_LINES = 1500;
const HEADER_AFTER = 600;
/** "By Jane Doe", "Posted on May 3 by Jane Doe", "12 May | by Jane Doe"; not a credit ("Photo by …"). */
const BYLINE_LINE = /(?<!\b(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Ii]llustration|[Vv]ideo|[Gg]raphic|[Mm]ap|[Cc]hart|[Cc]redit|[Aa]rt|[Dd]esign)\s+)\b(?:[Bb]y|BY)\s+(?=\p{Lu})/u;

function isChrome(el: Element, url: string): boolean {
  if (el.closest('nav, [role="banner"], [role="navigation"]')) return true;
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (CHROME_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  // A heading that links to the home page is the site's name.
  return [...el.querySelectorAll('a[href]')].some((a) => {
    try {
      const href = new URL(a.getAttribute('href') ?? '', url);
      return href.pathname.replace(/\/+$/, '') === '' && href.origin === new URL(url).origin;
    } catch {
      return false;
    }
  });
}

/** The page's headings with their distance above the body, and the header lines between the headline and the body. */
function readHeader(doc: Document, scan: PageScan, bodyStart: string, siteNames: string[]): PageHeader {
  const url = doc.baseURI && /^https?:/i.test(doc.baseURI) ? doc.baseURI : 'http://localhost/';
  const { text, spans } = pageText(doc.body, scan.headings);
  const anchor = findSnippet(text, bodyStart);
  const headings: HeadingCandidate[] = scan.headings.map((el) => {
    const span = spans.get(el);
    let gap: number | null = null;
    if (span && anchor >= 0) gap = span.end <= anchor ? anchor - span.end : span.start - anchor < 300 ? 0 : null;
    return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), h1: el.tagName.toUpperCase() === 'H1', gapToBody: gap, chrome: isChrome(el, url) };
  });
  // The header region: from the heading nearest above the body to the body.
  const nearest = scan.headings
    .map((el, i) => ({ el, gap: headings[i].gapToBody }))
    .filter((h) => h.gap !== null && !headings[scan.headings.indexOf(h.el)].chrome && headings[scan.headings.indexOf(h.el)].text && !siteNames.includes(headings[scan.headings.indexOf(h.el)].text))
    .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0))[0];
  const span = nearest ? spans.get(nearest.el) : undefined;
  // When the body's first block sits above the heading (a pull quote, a standfirst), the header lines follow the heading.
  const regionEnd = span ? (anchor > span.end ? Math.min(anchor, span.end + HEADER_LINES) : span.end + HEADER_AFTER) : 0;
  const region = span ? text.slice(span.end, regionEnd) : '';
  let byline: string[] | null = null;
  let date: string | null = null;
  for (const line of region.split('\n')) {
    if (line.split(' ').length >= 30) break; // the prose has started
    const by = byline ? null : BYLINE_LINE.exec(line);
    // "by" opens the line or follows a date or a label ("Posted on May 3 by …"), not a clause ("led by the mayor").
    const opensByline = by && (!line.slice(0, by.index).trim() || /(?:[|·•–—-]|\d(?:\s*[ap]\.?m\.?)?|\b(?:posted|published|written|updated|story|words)\b.*)\s*$/i.test(line.slice(0, by.index)));
    if (by && opensByline && line.split(' ').length <= 24) {
      const names = splitAuthors(line.slice(by.index), siteNames[0] ?? null);
      if (names.length) byline = names;
    }
    if (!date) date = findDatesInText(line).find((d) => !d.updated)?.iso ?? null;
  }
  return { headings, byline, date };
}

function timeElementDate(scan: PageScan, which: 'published' | 'modified'): string | null {
  const wanted = which === 'published' ? 'datepublished' : 'datemodified';
  const marked = scan.times.find((t) => t.itemprop?.toLowerCase() === wanted || (which === 'published' && t.pubdate));
  if (marked || which === 'modified') return normalizeDate(marked?.datetime);
  // The first <time> of the article (of the page when it has no <article>), outside lists, asides and comments.
  const inArticle = scan.times.some((t) => t.inArticle);
  for (const time of scan.times) {
    if (time.inFurniture || (inArticle && !time.inArticle)) continue;
    const value = normalizeDate(time.datetime);
    if (value) return value;
  }
  return null;
}

function textDate(doc: Document, scan: PageScan, which: 'published' | 'modified'): string | null {
  for (const el of scan.dateElements) {
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    const hit = findDatesInText(text).find((d) => d.updated === (which === 'modified'));
    if (hit) return hit.iso;
  }
  if (which === 'modified') return null;
  // No dated element: a line near the top of the article that says it is the publication date.
  const scope = scan.firstArticle ?? doc.body;
  const head = (scope?.textContent ?? '').slice(0, 5000);
  const labelled = /(?:published|posted|first published|date)\s*:?\s*/gi;
  for (let m = labelled.exec(head); m; m = labelled.exec(head)) {
    const dates = findDatesInText(head.slice(m.index, m.index + 80));
    if (dates[0] && !dates[0].updated) return dates[0].iso;
  }
  return null;
}

export function readMetadata(input: MetadataInput): ArticleMeta {
  const { doc, url, scan, jsonLd, text, readability } = input;
  const meta = (...keys: string[]) => metaValue(scan, ...keys);
  const provenance: Provenance = {};
  const article = contentItem(jsonLd);
  const base = baseOf(doc, url);
  const ld = (key: string) => (article ? article[key] : undefined);

  const publisher = textOf(ld('publisher')) ?? textOf(jsonLd.find((i) => typesOf(i).some((t) => /Organization$/.test(t)))?.name);
  const statedTitles = [meta('og:title'), doc.title].filter((t): t is string => !!t);
  // Some CMSs put the page title in application-name or og:site_name: a name that reads like the title is not the site's.
  const siteLike = (n: string | null) => (n && !(n.split(/\s+/).length >= 4 && statedTitles.some((t) => titleAgreement(n, t) >= 0.6)) ? n : null);
  const ogSite = siteLike(meta('og:site_name'));
  const appName = siteLike(meta('application-name', 'apple-mobile-web-app-title'));
  const siteNames = [ogSite, publisher, appName, ...hostLabels(url)].filter((n): n is string => !!n);

  const header = readHeader(doc, scan, input.bodyStart ?? '', siteNames);
  const headline = chooseHeadline(
    [
      ['json-ld', textOf(ld('headline'))],
      ['opengraph', meta('og:title')],
      ['meta', meta('twitter:title', 'dc.title', 'title')],
      ['title', doc.title || null],
      ['readability', readability?.title?.trim() || null],
    ].flatMap(([source, t]) => (t ? [{ source: source as string, text: t }] : [])),
    header.headings,
    siteNames,
  );
  if (headline) provenance.title = headline.source;
  const title = headline?.text ?? null;

  const titleSegments = (doc.title ?? '').split(/\s+[|–—·•»\/~-]\s+|\s*[|:]\s+|\s*\|\s*/).map((t) => t.trim()).filter((t) => t && !(title && titleAgreement(t, title) >= 0.5));
  const outlet = chooseOutlet(
    [
      { source: 'opengraph', name: ogSite, weight: 3 },
      { source: 'json-ld', name: publisher, weight: 3 },
      { source: 'meta', name: appName, weight: 2 },
      ...titleSegments.slice(-1).concat(titleSegments.length > 1 ? titleSegments.slice(0, 1) : []).map((name) => ({ source: 'title', name, weight: 1 })),
      { source: 'readability', name: readability?.siteName?.trim() || null, weight: 1 },
      { source: 'url', name: (() => { try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; } })(), weight: 0 },
    ],
    url,
  );
  if (outlet) provenance.siteName = outlet.source;
  const siteName = outlet?.name ?? null;
  const outlets = [siteName, ogSite, publisher, appName];
  // A publisher credited as the author of its own page ("BBC News" on bbc.com) is no byline.
  const people = (names: string[] | null) => (names ? names.filter((n) => !isOutletName(n, outlets)) : null);

  const authorNames = first(provenance, 'authors', [
    ['json-ld', () => {
      const stated = uniq(namesOf(ld('author')).filter((n) => !isOutletName(n, outlets)).flatMap((n) => splitAuthors(n, siteName)));
      // The page's byline may list the co-authors the structured data leaves out.
      const shown = people(header.byline ?? bylineFromPage(scan, siteName));
      const covers = stated.length && shown && shown.length > stated.length && stated.every((n) => shown.some((m) => m.toLowerCase() === n.toLowerCase()));
      return covers ? shown : stated;
    }],
    ['meta', () => {
      // Every author tag: a page may carry two DC.Creator tags, the first naming a desk or the publisher.
      const names = people(preferPeople(uniq(scan.authorMetas.flatMap((v) => splitAuthors(v, siteName))), siteName));
      // A hidden author tag naming someone other than the visible "By …" line under the headline is stale.
      const shown = header.byline ? people(header.byline) : null;
      const agreeing = shown?.length ? names?.filter((n) => shown.some((m) => m.toLowerCase() === n.toLowerCase())) : names;
      return agreeing?.length ? agreeing : shown?.length ? null : names;
    }],
    ['html', () => people(header.byline) ?? people(bylineFromPage(scan, siteName))],
    ['readability', () => (readability?.byline ? people(splitAuthors(readability.byline, siteName)) : null)],
  ]) ?? [];
  if (provenance.authors) provenance.byline = provenance.authors;

  const published = first(provenance, 'published', [
    ['json-ld', () => normalizeDate(textOf(ld('datePublished')) ?? textOf(ld('dateCreated')))],
    ['opengraph', () => normalizeDate(meta('article:published_time', 'og:published_time'))],
    ['meta', () => normalizeDate(meta(
      'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created',
      'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'datepublished',
    ))],
    ['time', () => timeElementDate(scan, 'published')],
    ['text', () => textDate(doc, scan, 'published') ?? header.date],
  ]);

  let modified = first(provenance, 'modified', [
    ['json-ld', () => normalizeDate(textOf(ld('dateModified')))],
    ['opengraph', () => normalizeDate(meta('article:modified_time', 'og:updated_time'))],
    ['meta', () => normalizeDate(meta('last-modified', 'dcterms.modified', 'dc.date.modified', 'datemodified'))],
    ['time', () => timeElementDate(scan, 'modified')],
    ['text', () => textDate(doc, scan, 'modified')],
  ]);
  // A modification before publication is a CMS artefact, not information.
  if (modified && published && modified.slice(0, 10) < published.slice(0, 10)) {
    modified = null;
    delete provenance.modified;
  }

  const declaredLang = first(provenance, 'lang', [
    ['html', () => doc.documentElement?.getAttribute('lang')?.trim() || null],
    ['json-ld', () => textOf(ld('inLanguage'))],
    ['meta', () => meta('content-language', 'language', 'dc.language')],
    ['opengraph', () => meta('og:locale')],
  ]);
  let lang = declaredLang ? declaredLang.toLowerCase().split(/[-_\s,]/)[0] || null : null;
  if (!lang) {
    lang = detectLanguage(text).lang;
    if (lang) provenance.lang = 'text';
  }

  const canonicalUrl = first(provenance, 'canonicalUrl', [
    ['html', () => absolute(scan.links.get('canonical'), base)],
    ['opengraph', () => absolute(meta('og:url'), base)],
    ['json-ld', () => absolute(textOf(ld('mainEntityOfPage'), 'url') ?? textOf(ld('url')), base)],
  ]);

  const image = first(provenance, 'image', [
    ['opengraph', () => absolute(meta('og:image', 'og:image:url', 'og:image:secure_url'), base)],
    ['json-ld', () => absolute(textOf(ld('image'), 'url'), base)],
    ['meta', () => absolute(meta('twitter:image', 'twitter:image:src'), base)],
  ]);

  const wordCount = countWords(text);
  provenance.wordCount = 'text';
  provenance.readingMinutes = 'text';
  return {
    title,
    byline: authorNames.length ? authorNames.join(', ') : null,
    authors: authorNames,
    siteName,
    published,
    modified,
    lang,
    canonicalUrl,
    image,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang, text.length),
    provenance,
  };
}
