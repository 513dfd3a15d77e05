// The quick look every page gets before any real work: is this plausibly an article? Most pages a person
// opens are not (search, mail, feeds, apps), and the content script must cost them nothing.
import { isProbablyReaderable } from '@mozilla/readability';

const ARTICLE_TYPES = /"@type"\s*:\s*\[?[^\]}]*?"[A-Za-z]*(?:Article|BlogPosting)"/;

/** Pages that say so in their metadata: Open Graph `article`, or schema.org article types in JSON-LD. */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length < 200_000 && ARTICLE_TYPES.test(text)) return true;
  }
  return false;
}

export function looksLikeArticle(doc: Document): { ok: true } | { ok: false; reason: string } {
  if (!doc.body || doc.documentElement.nodeName.toUpperCase() !== 'HTML') return { ok: false, reason: 'Not an HTML page.' };
  if (declaresArticle(doc)) return { ok: true };
  // Readability's own quick test: enough visible paragraph text, no layout or cloning involved.
  if (isProbablyReaderable(doc)) return { ok: true };
  return { ok: false, reason: 'This page does not look like an article (too little running text).' };
}
