// One walk over the page collecting everything metadata, verdict and page flags need. Selector queries cost a
// full tree walk each in DOM implementations without indexes (linkedom), and there are dozens of them: a single
// pass keeps detection a small fraction of extraction time.

export interface PageScan {
  /** <meta> content by lower-cased property, name, itemprop and http-equiv (first occurrence wins). */
  meta: Map<string, string>;
  /** Every author <meta> value (author, article:author, DC.Creator, ...) in document order: pages repeat these. */
  authorMetas: string[];
  /** <link> href by lower-cased rel token (first occurrence wins). */
  links: Map<string, string>;
  jsonLdSources: string[];
  /** <time datetime> values in document order, with whether they sit in page furniture (lists, asides, comments). */
  times: { datetime: string; itemprop: string | null; pubdate: boolean; inFurniture: boolean; inArticle: boolean }[];
  /** Elements that usually hold the byline, first few in document order. */
  bylineElements: Element[];
  /** Short elements of the article header region that usually hold the date line. */
  dateElements: Element[];
  /** Elements whose class or id names a paywall. */
  paywallElements: Element[];
  /** Elements whose class or id hints at a subscription prompt: where a paywall notice would be written. */
  subscribePrompts: Element[];
  /** Links that read like "next page", in document order. */
  nextLinks: Element[];
  firstArticle: Element | null;
  firstH1: Element | null;
  articleH1: Element | null;
  /** The page's first <h1> and <h2> elements, in document order: where the visible headline is. */
  headings: Element[];
  articleElements: number;
  headlineLinks: number;
  codeBlocks: number;
  videoPlayers: number;
  /** A visible password field: a login form is the page's point. */
  passwordField: boolean;
  /** Element nesting depth of the deepest element (the root element is depth 1). */
  maxDepth: number;
  /** The page's first text (outside scripts and styles, about TEXT_SAMPLE characters), to tell text from binary noise. */
  textSample: string;
}

const TEXT_SAMPLE = 20_000;
const MAX_HEADINGS = 16;
const AUTHOR_META = new Set(['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl']);

const CLASS_HINT = /date|time|publish|posted|byline|author|paywall|regwall|meter|piano|subscri|premium|locked|paginat|pager|comment|related|gate|offer/i;
const PROMPT_CLASS = /subscri|premium|meter|piano|gate|offer|locked|regwall|paywall/i;
const DATE_CLASS = /date|time|publish|posted|byline|meta/i;
const BYLINE_CLASS = /byline|(?:^|[\s_-])author(?:$|[\s_-])/i;
const FURNITURE_CLASS = /comment|related/i;
const PAYWALL_CLASS = /(?:^|[\s_-])(?:paywall|paywalled|regwall|meter-?wall|piano-(?:offer|template|paywall)|subscriber-only|subscribers-only|premium-(?:content|wall|gate)|locked-content|article-locked)(?:$|[\s_-])/i;
const PAGINATION_CLASS = /paginat|pager/i;
const NEXT_TEXT = /^(?:next(?: page)?|continue(?: reading)?(?: on)? (?:to )?(?:next )?page(?: \d+)?|next ›|›|»|→)\s*[›»→]?$/i;

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    meta: new Map(), authorMetas: [], links: new Map(), jsonLdSources: [], times: [], bylineElements: [], dateElements: [],
    paywallElements: [], subscribePrompts: [], nextLinks: [], firstArticle: null, firstH1: null, articleH1: null, headings: [], articleElements: 0,
    headlineLinks: 0, codeBlocks: 0, videoPlayers: 0, passwordField: false, maxDepth: 0, textSample: '',
  };
  const setOnce = <V>(map: Map<string, V>, key: string | null, value: V) => {
    if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), value);
  };

  interface Context { furniture: boolean; article: boolean; heading: boolean; anchor: boolean; pagination: boolean; nav: boolean }
  // Returns the context for the element's children, or null when they are not worth visiting.
  const visit = (el: Element, ctx: Context): Context | null => {
    const tag = el.tagName.toUpperCase();
    let next = ctx;
    switch (tag) {
      case 'META': {
        const content = el.getAttribute('content');
        if (content !== null) {
          for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) setOnce(scan.meta, el.getAttribute(attr), content.trim());
          const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
          if (AUTHOR_META.has(key) && content.trim() && !/^https?:/i.test(content.trim())) scan.authorMetas.push(content.trim());
        }
        return null;
      }
      case 'LINK': {
        const href = el.getAttribute('href');
        if (href) for (const rel of (el.getAttribute('rel') ?? '').split(/\s+/)) setOnce(scan.links, rel || null, href);
        return null;
      }
      case 'SCRIPT':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') scan.jsonLdSources.push(el.textContent ?? '');
        return null;
      case 'STYLE': case 'NOSCRIPT': case 'TEMPLATE': case 'SVG':
        return null;
      case 'TIME': {
        const datetime = el.getAttribute('datetime');
        if (datetime) {
          scan.times.push({
            datetime, itemprop: el.getAttribute('itemprop'), pubdate: el.hasAttribute('pubdate'),
            inFurniture: ctx.furniture, inArticle: ctx.article,
          });
        }
        break;
      }
      case 'ARTICLE':
        scan.articleElements++;
        if (!scan.firstArticle) scan.firstArticle = el;
        next = { ...next, article: true };
        break;
      case 'H1':
        if (!scan.firstH1) scan.firstH1 = el;
        if (ctx.article && !scan.articleH1) scan.articleH1 = el;
        if (scan.headings.length < MAX_HEADINGS) scan.headings.push(el);
        next = { ...next, heading: true };
        if (ctx.anchor) scan.headlineLinks++;
        break;
      case 'H2': case 'H3': case 'H4':
        if (tag === 'H2' && scan.headings.length < MAX_HEADINGS) scan.headings.push(el);
        next = { ...next, heading: true };
        if (ctx.anchor) scan.headlineLinks++;
        break;
      case 'A': {
        if (ctx.heading) scan.headlineLinks++;
        next = { ...next, anchor: true };
        const rel = el.getAttribute('rel');
        if ((rel && /\bnext\b/i.test(rel)) || ((ctx.pagination || ctx.nav) && isNextLabel(el))) scan.nextLinks.push(el);
        break;
      }
      case 'PRE': case 'CODE':
        scan.codeBlocks++;
        break;
      case 'VIDEO':
        scan.videoPlayers++;
        break;
      case 'IFRAME':
        if (/player|embed/i.test(el.getAttribute('src') ?? '')) scan.videoPlayers++;
        return null;
      case 'INPUT':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'password' && !el.closest('[hidden], [style*="display:none"], [style*="display: none"]')) {
          scan.passwordField = true;
        }
        return null;
      case 'ASIDE': case 'FOOTER': case 'LI':
        next = { ...next, furniture: true };
        break;
      case 'NAV':
        next = { ...next, furniture: true, nav: true };
        break;
    }
    if (scan.bylineElements.length < 5 && (el.getAttribute('itemprop') === 'author' || (tag === 'A' && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')))) {
      scan.bylineElements.push(el);
    }
    const className = el.getAttribute('class');
    const id = el.getAttribute('id');
    const label = className === null ? id ?? '' : id === null ? className : `${className} ${id}`;
    if (label && CLASS_HINT.test(label)) {
      if (FURNITURE_CLASS.test(label)) next = { ...next, furniture: true };
      if (PAGINATION_CLASS.test(label)) next = { ...next, pagination: true };
      if (PAYWALL_CLASS.test(label)) scan.paywallElements.push(el);
      else if (PROMPT_CLASS.test(label) && scan.subscribePrompts.length < 10) scan.subscribePrompts.push(el);
      if (BYLINE_CLASS.test(label) && !ctx.furniture && scan.bylineElements.length < 5) scan.bylineElements.push(el);
      if (DATE_CLASS.test(label) && !ctx.furniture && scan.dateElements.length < 20) scan.dateElements.push(el);
    } else if (tag === 'HEADER' && !ctx.furniture && scan.dateElements.length < 20) {
      scan.dateElements.push(el);
    }
    return next;
  };
  // An explicit stack rather than recursion: pages nested thousands deep must not overflow the call stack.
  const root = doc.documentElement;
  const stack: { el: Element; ctx: Context; depth: number }[] = root
    ? [{ el: root, ctx: { furniture: false, article: false, heading: false, anchor: false, pagination: false, nav: false }, depth: 1 }]
    : [];
  const children: Element[] = [];
  while (stack.length) {
    const { el, ctx, depth } = stack.pop()!;
    if (depth > scan.maxDepth) scan.maxDepth = depth;
    const next = visit(el, ctx);
    if (!next) continue;
    children.length = 0;
    if (scan.textSample.length < TEXT_SAMPLE) {
      for (let node = el.firstChild; node; node = node.nextSibling) {
        // Indentation alone would fill the sample on deeply nested pages.
        if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) scan.textSample += node.nodeValue;
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    // Pushed last-first so elements are visited in document order (the first byline found is the first on the page).
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i], ctx: next, depth: depth + 1 });
  }
  return scan;
}

function isNextLabel(a: Element): boolean {
  return NEXT_TEXT.test(a.textContent?.trim() ?? '') || /\bnext\b/i.test(a.getAttribute('aria-label') ?? '');
}

/** The first <meta> content among `keys` (property or name, lower case). */
export function metaValue(scan: PageScan, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = scan.meta.get(key);
    if (value) return value;
  }
  return null;
}
