// Is this page a news article? Pages that are not (home pages, section fronts, search results, product pages,
// login walls, documentation, video pages, empty pages) get a reason instead of highlights.
// The page's own declarations (JSON-LD type, og:type) weigh most; page shape decides when it declares nothing.
import { GARBLED_LIMIT, garbledShare } from '../core/text/language';
import { isArticleType, typesOf, type JsonLdItem } from './json-ld';
import { metaValue, type PageScan } from './page-scan';

export interface PageSignals {
  /** The page declares itself an article (JSON-LD article type or og:type article). */
  declaredArticle: boolean;
  /** Schema.org types the page declares, without namespace. */
  types: Set<string>;
  ogType: string | null;
  path: string;
  query: string;
  hasPasswordField: boolean;
  /** <pre>/<code> blocks: documentation is made of them, news rarely is. */
  codeBlocks: number;
  /** <article> elements and headline links: a front page is a grid of teasers. */
  articleElements: number;
  headlineLinks: number;
  videoPlayers: number;
  generator: string;
}

export function readPageSignals(scan: PageScan, url: string, jsonLd: JsonLdItem[]): PageSignals {
  const types = new Set(jsonLd.flatMap(typesOf));
  const ogType = metaValue(scan, 'og:type')?.toLowerCase() ?? null;
  let path = '/';
  let query = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch {
    // An unparsable URL tells us nothing about the page kind.
  }
  return {
    declaredArticle: [...types].some(isArticleType) || ogType === 'article',
    types,
    ogType,
    path,
    query,
    hasPasswordField: scan.passwordField,
    codeBlocks: scan.codeBlocks,
    articleElements: scan.articleElements,
    headlineLinks: scan.headlineLinks,
    videoPlayers: scan.videoPlayers,
    generator: metaValue(scan, 'generator')?.toLowerCase() ?? '',
  };
}

/** What the extractor found, for judging the page after extraction. */
export interface ExtractionSummary {
  words: number;
  paragraphs: number;
  /** Blocks of at least 25 words: running prose, not teasers or captions. */
  proseParagraphs: number;
  /** All text the extractor saw, boilerplate included: a login wall says what it wants. */
  rawText: string;
  /** Subheadings that are mostly link text: each teaser on a front page is a linked headline. */
  linkedHeadings: number;
}

/** A written article: this much running prose is a story even on a page whose chrome or player says otherwise. */
const WRITTEN = { words: 250, prose: 3 };
/** A long single-topic text: over this many words in prose paragraphs, with few linked headings among them. */
const LONG = { words: 500, prose: 6 };

const VIDEO_PAGE = 'This is a video page, not an article.';
const declaresVideo = (s: PageSignals) => /^video/.test(s.ogType ?? '') || (s.types.has('VideoObject') && !s.types.has('WebPage'));

const LOGIN_TEXT =
  /\b(?:log ?in|sign ?in)\b.{0,40}\b(?:to (?:continue|read|view|access|see)|required)|\b(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in)|\bmembers?[ -]only\b|\bcreate (?:an|a free) account to\b/i;

const DOCS_GENERATORS = /docusaurus|sphinx|mkdocs|vuepress|vitepress|gitbook|docsify|jsdoc|typedoc|javadoc|doxygen|readthedocs|antora|hexo-theme-doc|starlight|nextra/;
const DOCS_PATH = /\/(?:docs?|documentation|api|reference|manual|guides?|handbook|tutorials?|man\d?)(?:\/|$)/i;
const SEARCH_PATH = /\/(?:search|find|results)(?:\/|$)|[?&](?:q|query|s|search|keywords?|term)=/i;

/** A reason the page is not an article, judged before extraction from what the page declares; or null. */
export function declaredNonArticle(s: PageSignals): string | null {
  if (s.declaredArticle) return null;
  if (s.types.has('Product') || s.types.has('ProductGroup') || /^product/.test(s.ogType ?? '')) return 'This is a product page, not an article.';
  if (s.types.has('SearchResultsPage')) return 'This is a page of search results, not an article.';
  if (s.types.has('TechArticle') || s.types.has('APIReference') || DOCS_GENERATORS.test(s.generator)) {
    return 'This is documentation, not a news article.';
  }
  return null;
}

function looksLikeSlug(path: string): boolean {
  const last = path.split('/').filter(Boolean).pop() ?? '';
  // Article URLs end in a headline slug or a numeric id; fronts end in a section name.
  return last.split(/[-_]/).length >= 4 || /\d{4,}/.test(path) || /\.s?html?$/i.test(last) && last.length > 20;
}

/** "/", "/world", "/news/politics/", "/sport/index.html": a path naming a section, not a story. */
function isSectionPath(path: string): boolean {
  const segments = path.split('/').filter(Boolean);
  if (segments.length && /^(?:index|default)\.\w+$/i.test(segments[segments.length - 1])) segments.pop();
  return segments.length <= 2 && segments.every((seg) => seg.length <= 30 && seg.split(/[-_]/).length <= 3 && !/\d{3,}/.test(seg));
}

export const UNREADABLE = 'This page is not readable text (binary or corrupt data).';

/** A reason the page is not an article, judged from what extraction found; or null. */
export function extractedNonArticle(s: PageSignals, found: ExtractionSummary | null): string | null {
  // Before any declaration counts: random bytes can spell "og:type article" as well as anything else.
  if (found && garbledShare(found.rawText) > GARBLED_LIMIT) return UNREADABLE;
  if (!found || found.words === 0) {
    if (s.hasPasswordField) return 'This page asks you to sign in; there is no article to read.';
    // Readability found something, but all of it was headline, byline, date, links or comments.
    return found && /\p{L}/u.test(found.rawText) ? 'This page has no article body: only its byline, links or comments.' : 'No article text found on this page.';
  }
  const thin = found.words < 150 || found.proseParagraphs < 2;
  if (s.hasPasswordField && !s.declaredArticle && (found.words < 50 || (thin && LOGIN_TEXT.test(found.rawText)))) {
    return 'This page asks you to sign in; there is no article to read.';
  }
  if (SEARCH_PATH.test(s.path + s.query) && !s.declaredArticle && !looksLikeSlug(s.path)) {
    return 'This is a page of search results, not an article.';
  }
  if (s.declaredArticle) return null;
  const written = found.words >= WRITTEN.words && found.proseParagraphs >= WRITTEN.prose;
  // A video post with a written article under the player is an article.
  if (declaresVideo(s) && !written) return VIDEO_PAGE;
  if (thin && s.videoPlayers > 0) return VIDEO_PAGE;
  if (DOCS_PATH.test(s.path) && s.codeBlocks >= 3) return 'This is documentation, not a news article.';
  // A long text on one subject is an article even when the sidebar's story links make the page look like a front.
  const longArticle = found.words >= LONG.words && found.proseParagraphs >= LONG.prose && found.linkedHeadings * 4 <= found.proseParagraphs;
  if (longArticle) return null;
  const teaserGrid = s.articleElements >= 4 || s.headlineLinks >= 8;
  if (teaserGrid && (s.path === '/' || s.path === '')) return 'This is a home page: it lists articles rather than being one.';
  if (teaserGrid && isSectionPath(s.path)) return 'This is a section front: it lists articles rather than being one.';
  if (s.path === '/' && thin) return 'This is a home page: it lists articles rather than being one.';
  if (found.words < 50) return 'Too little text for an article.';
  return null;
}
