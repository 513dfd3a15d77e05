// Extraction from a page's serialised HTML, for a DOM off the page (Chrome's offscreen document, Firefox's event
// page): the page only serialises itself, and the extractor's 30-150 ms run off its main thread, in code that
// stays compiled from one article to the next.
import { extractArticle, type ExtractResult } from './extract';

/** The page's markup and where it came from, as the content script sends it. */
export interface PageHtml {
  url: string;
  /** The page's base URL (`document.baseURI`): links in the copy resolve against it, not the extension's address. */
  base: string;
  html: string;
}

/**
 * Inline scripts (but structured data) and style sheets, emptied: extraction never reads them, and on news pages
 * they are often most of the markup, which the page would otherwise pay to send.
 */
const CODE = /(<script\b(?![^>]*ld\+json)[^>]*>)[\s\S]*?(<\/script>)|(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi;

/** The HTML the content script sends: the whole document, in standards mode as the page most likely was. */
export function serialisePage(doc: Document): PageHtml {
  const html = doc.documentElement.outerHTML.replace(CODE, '$1$2$3$4');
  return { url: doc.location?.href ?? doc.URL, base: doc.baseURI, html: `<!DOCTYPE html>${html}` };
}

/**
 * The markup with its <base> elements and inline event handler attributes renamed. The copy is parsed under the
 * extension's own policy (`base-uri 'none'`, no inline script), which reports each of them as a violation while
 * parsing, although the copy never runs or loads anything. Only tags are touched: text in HTML has its `<` escaped.
 */
export function inertHtml(html: string): string {
  return html.replace(TAG, (tag) => {
    const renamed = BASE_TAG.test(tag) ? `<lede-base${tag.slice(5)}` : tag;
    return HAS_ON.test(renamed) ? renamed.replace(HANDLER, '$1data-lede-$2') : renamed;
  });
}

const TAG = /<[a-z][^>]*>/gi;
const BASE_TAG = /^<base\b/i;
const HAS_ON = /\son/i;
const HANDLER = /(\s)(on[a-z]+\s*=)/gi;

export function extractFromHtml({ url, base, html }: PageHtml, parser: DOMParser = new DOMParser()): ExtractResult {
  const doc = parser.parseFromString(inertHtml(html), 'text/html');
  // The copy's own base is this extension page's address: links resolve against the page's instead.
  Object.defineProperty(doc, 'baseURI', { value: base });
  return extractArticle(doc, url);
}
