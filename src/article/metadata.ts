// Article metadata with provenance. Structured sources first (JSON-LD, OpenGraph, <meta>, <time>), the page text
// last; each field records where it came from so the card can say how sure it is.
import type { ArticleMeta } from '../core/types';
import { countWords, readingMinutes } from '../core/text/reading-time';
import { detectLanguage } from '../core/text/language';
import { findDatesInText, normalizeDate } from './dates';
import { articleItem, namesOf, textOf, type JsonLdItem } from './json-ld';
import { metaValue, type PageScan } from './page-scan';

type Provenance = ArticleMeta['provenance'];

/** What the extractor already knows when metadata is read. */
export interface MetadataInput {
  doc: Document;
  url: string;
  scan: PageScan;
  jsonLd: JsonLdItem[];
  text: string;
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

function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1].trim().toLowerCase();
  const firstPart = parts[0].trim().toLowerCase();
  const site = siteName?.trim().toLowerCase();
  if (site && last === site) return parts.slice(0, -1).join(' | ').trim();
  if (site && firstPart === site) return parts.slice(1).join(' | ').trim();
  return title.trim();
}

const BY_PREFIX = /^\s*(?:by|written by|words by|von|par|por|di)\s+/i;

/** "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. */
export function splitAuthors(byline: string): string[] {
  const cleaned = byline.replace(BY_PREFIX, '').replace(/\s*[|•·]\s*.*$/, '').replace(/\s+/g, ' ').trim();
  if (!cleaned || cleaned.length > 200 || /^https?:/i.test(cleaned)) return [];
  return cleaned
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s && /\p{L}/u.test(s) && s.split(' ').length <= 5 && !/^(?:staff|updated|published)\b/i.test(s));
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

function bylineFromPage(scan: PageScan): string | null {
  for (const el of scan.bylineElements) {
    const name = el.querySelector('[itemprop="name"]')?.textContent ?? el.textContent;
    const t = name?.replace(/\s+/g, ' ').trim();
    if (t && t.length <= 120 && /\p{L}/u.test(t)) return t;
  }
  return null;
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
  const article = articleItem(jsonLd);
  const base = baseOf(doc, url);
  const ld = (key: string) => (article ? article[key] : undefined);

  const siteName = first(provenance, 'siteName', [
    ['opengraph', () => meta('og:site_name')],
    ['json-ld', () => textOf(ld('publisher'))],
    ['meta', () => meta('application-name', 'apple-mobile-web-app-title')],
    ['readability', () => readability?.siteName?.trim() || null],
    ['url', () => { try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; } }],
  ]);

  const title = first(provenance, 'title', [
    ['json-ld', () => textOf(ld('headline'))],
    ['opengraph', () => meta('og:title')],
    ['meta', () => meta('twitter:title', 'title', 'dc.title')],
    ['html', () => (scan.articleH1 ?? scan.firstH1)?.textContent?.replace(/\s+/g, ' ').trim() || null],
    ['readability', () => readability?.title?.trim() || null],
  ]);

  const authorNames = first(provenance, 'authors', [
    ['json-ld', () => uniq(namesOf(ld('author')).flatMap(splitAuthors))],
    ['meta', () => {
      const value = meta('author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author');
      return value ? splitAuthors(value) : null;
    }],
    ['html', () => { const b = bylineFromPage(scan); return b ? splitAuthors(b) : null; }],
    ['readability', () => (readability?.byline ? splitAuthors(readability.byline) : null)],
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
    ['text', () => textDate(doc, scan, 'published')],
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
    title: title ? stripSiteSuffix(title, siteName) : null,
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
