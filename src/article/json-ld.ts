// Schema.org JSON-LD items of a page: the richest metadata a news page carries, and what kind of page it says it is.

export type JsonLdItem = Record<string, unknown>;

/** Every typed item in the page's JSON-LD scripts, with @graph and nested arrays flattened. Malformed blocks are skipped. */
export function parseJsonLd(sources: string[]): JsonLdItem[] {
  const items: JsonLdItem[] = [];
  const collect = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) collect(v, depth + 1);
      return;
    }
    const item = value as JsonLdItem;
    if (item['@type']) items.push(item);
    if (item['@graph']) collect(item['@graph'], depth + 1);
  };
  for (const source of sources) {
    const raw = source.trim();
    if (!raw) continue;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      collect(JSON.parse(raw.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')), 0);
    } catch {
      // Invalid JSON-LD is common in the wild; the other metadata sources still apply.
    }
  }
  return items;
}

export function typesOf(item: JsonLdItem): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

// Every schema.org Article subtype ends in "Article" (NewsArticle, ScholarlyArticle, ReportageNewsArticle, ...);
// the rest are postings and reports that carry an article's headline, author and dates.
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** Page types that describe the page's own content; their headline, author and dates stand in when no article item exists. */
const PAGE_TYPES = /^(?:\w*WebPage|ItemPage)$/;

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type);
}

/** The item describing the page's article, if the JSON-LD has one. */
export function articleItem(items: JsonLdItem[]): JsonLdItem | null {
  return items.find((item) => typesOf(item).some(isArticleType)) ?? null;
}

/** The article item, else a page item that states a headline with a date or an author (a MedicalWebPage, say). */
export function contentItem(items: JsonLdItem[]): JsonLdItem | null {
  return articleItem(items) ?? items.find((item) => typesOf(item).some((t) => PAGE_TYPES.test(t)) && item.headline && (item.datePublished || item.author)) ?? null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

/** JSON-LD is script text, so CMSs leave HTML entities in it ("&#8211;", "&amp;"): decoded, as a browser would show them. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string, hex: string, name: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A text value: a string, or the name/url/@id of a nested object, or the first of an array. */
export function textOf(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return decodeEntities(value).replace(/\u00a0/g, ' ').trim() || null;
  if (Array.isArray(value)) return value.length ? textOf(value[0], key) : null;
  if (value && typeof value === 'object') {
    const obj = value as JsonLdItem;
    return textOf(obj[key]) ?? (key === 'url' ? textOf(obj['@id']) : null);
  }
  return null;
}

/** Names of a JSON-LD author field: a string, a Person/Organization, or a list of them. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => textOf(v)).filter((x): x is string => !!x);
}
