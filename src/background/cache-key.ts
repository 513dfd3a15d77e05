// What identifies a cached annotation: the page, the exact article content, and the pipeline that produced it.
// Any of the three changing means the old annotation is not the right answer any more.
import type { ArticleText } from '../core/types';
import { PIPELINE_VERSION } from '../core/version';

/** Query parameters that only track where the reader came from; they never change the article. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|smid|s_cid|at_medium|at_campaign|__twitter_impression)$/i;

/**
 * One URL per article: fragment and tracking parameters dropped, host lower-cased, parameters sorted.
 * The page's declared canonical URL is used when it is on the same site, so a hostile page cannot file its
 * content under another site's address.
 */
export function canonicalUrl(pageUrl: string, declared?: string | null): string {
  const page = new URL(pageUrl);
  let chosen = page;
  if (declared) {
    try {
      const candidate = new URL(declared, page);
      const site = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
      if (/^https?:$/.test(candidate.protocol) && site(candidate) === site(page)) chosen = candidate;
    } catch {
      // An unparsable canonical link is the page's mistake; the page URL still identifies it.
    }
  }
  const out = new URL(chosen.href);
  out.hash = '';
  const kept = [...out.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = new URLSearchParams(kept).toString();
  return out.href;
}

/** SHA-256 (hex) of everything the annotation is computed from: the text, its blocks and the metadata. */
export async function contentHash(article: ArticleText): Promise<string> {
  const { text, blocks, meta } = article;
  const data = new TextEncoder().encode(JSON.stringify([text, blocks, meta]));
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function cacheKey(url: string, hash: string, version: string = PIPELINE_VERSION): string {
  return `${version} ${hash} ${url}`;
}
