// Two things a reader should be told about an article page: that it is a paywalled teaser (the text stops where
// the paywall starts), and that the article continues on another page.
import { PAYWALL_NOTICE } from './boilerplate';
import { articleItem, type JsonLdItem } from './json-ld';
import { metaValue, type PageScan } from './page-scan';

const isFalse = (v: unknown) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');

/** `articleText`: all the text extraction saw, before boilerplate removal (a teaser ends in its paywall notice). */
export function isPaywalled(scan: PageScan, jsonLd: JsonLdItem[], articleText: string): boolean {
  const item = articleItem(jsonLd);
  if (item) {
    if (isFalse(item.isAccessibleForFree)) return true;
    const parts = Array.isArray(item.hasPart) ? item.hasPart : item.hasPart ? [item.hasPart] : [];
    if (parts.some((p) => p && typeof p === 'object' && isFalse((p as JsonLdItem).isAccessibleForFree))) return true;
  }
  if (/locked|premium|metered/i.test(metaValue(scan, 'article:content_tier') ?? '')) return true;
  if (scan.paywallElements.length > 0 || PAYWALL_NOTICE.test(articleText)) return true;
  return scan.subscribePrompts.some((el) => PAYWALL_NOTICE.test((el.textContent ?? '').slice(0, 2000)));
}

/** The URL of the article's next page, when the page links one the way paginated articles do. */
export function nextPageUrl(scan: PageScan, base: string, url: string): string | undefined {
  let here: URL;
  try {
    here = new URL(url);
  } catch {
    return undefined;
  }
  const hrefs = [scan.links.get('next'), ...scan.nextLinks.map((a) => a.getAttribute('href'))];
  for (const href of hrefs) {
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    try {
      const next = new URL(href, base);
      // Another site, or the same page, is not a continuation.
      if (next.origin !== here.origin || next.href.replace(/#.*/, '') === here.href.replace(/#.*/, '')) continue;
      return next.href;
    } catch {
      // An unparsable href is not a next page.
    }
  }
  return undefined;
}
