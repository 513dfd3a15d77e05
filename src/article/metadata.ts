// Article metadata with provenance. Structured sources first (JSON-LD, OpenGraph, <meta>, <time>), the page text
// last; each field records where it came from so the card can say how sure it is.
import type { ArticleMeta } from '../core/types';
import { readingMinutes } from '../core/text/reading-time';
import { detectLanguage } from '../core/text/language';
import { isOutletName, preferPeople, splitAuthors } from './byline';
import { findDatesInText, normalizeDate } from './dates';
import { chooseHeadline, titleAgreement, titleSegments } from './headline';
import { contentItem, namesOf, textOf, typesOf, type JsonLdItem } from './json-ld';
import { chooseOutlet, hostLabels, hostName } from './outlet';
import { metaValue, type PageScan } from './page-scan';
import { bylineFromPage, readHeader } from './page-header';


type Provenance = ArticleMeta['provenance'];

/** What the extractor already knows when metadata is read. */
export interface MetadataInput {
  doc: Document;
  url: string;
  scan: PageScan;
  jsonLd: JsonLdItem[];
  text: string;
  /** Words in `text` (extraction has counted them for its verdict already). */
  wordCount: number;
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
  const { doc, url, scan, jsonLd, text, wordCount, readability } = input;
  const meta = (...keys: string[]) => metaValue(scan, ...keys);
  const provenance: Provenance = {};
  const article = contentItem(jsonLd);
  const base = baseOf(doc, url);
  const ld = (key: string) => (article ? article[key] : undefined);

  const publisher = textOf(ld('publisher')) ?? textOf(jsonLd.find((i) => typesOf(i).some((t) => /Organization$/.test(t)))?.name);
  const docTitle = doc.title ?? '';
  const statedTitles = [meta('og:title'), docTitle].filter((t): t is string => !!t);
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
      ['title', docTitle || null],
      ['readability', readability?.title?.trim() || null],
    ].flatMap(([source, t]) => (t ? [{ source: source as string, text: t }] : [])),
    header.headings,
    siteNames,
  );
  if (headline) provenance.title = headline.source;
  const title = headline?.text ?? null;

  // The <title>'s first and last segments, when they are not the headline, often name the site.
  const segments = titleSegments(docTitle).filter((t) => !(title && titleAgreement(t, title) >= 0.5));
  const outlet = chooseOutlet(
    [
      { source: 'opengraph', name: ogSite, weight: 3 },
      { source: 'json-ld', name: publisher, weight: 3 },
      { source: 'meta', name: appName, weight: 2 },
      ...segments.slice(-1).concat(segments.length > 1 ? segments.slice(0, 1) : []).map((name) => ({ source: 'title', name, weight: 1 })),
      { source: 'readability', name: readability?.siteName?.trim() || null, weight: 1 },
      { source: 'url', name: hostName(url), weight: 0 },
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
      // The "By …" line under the headline may list the co-authors the structured data leaves out.
      const shown = people(header.byline);
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
