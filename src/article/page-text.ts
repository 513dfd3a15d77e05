// The page's visible text in document order, one line per block, with where given elements start and end in it:
// enough to tell which heading sits right above the article body and to read the header lines between them
// (byline, date) the way a reader sees them.

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HGROUP|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL|TIME)$/;
const SILENT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|MATH|BUTTON|SELECT|TEXTAREA|IFRAME|OBJECT|CANVAS|VIDEO|AUDIO|HEAD)$/;
/** Pages over this many characters of text are only indexed this far: headers sit near the top. */
const TEXT_LIMIT = 400_000;

export interface PageText {
  text: string;
  /** Start and end offsets in `text` of each marked element found. */
  spans: Map<Element, { start: number; end: number }>;
  /** Where `stopAt` begins in `text`, or -1. */
  anchor: number;
}

/**
 * `stopAt`: a snippet of the article's first paragraph. The walk ends `after` characters past it: the header sits
 * above the body, and walking the rest of a long page would cost as much as the extraction itself.
 */
export function pageText(root: Element | null, marks: Element[], stopAt = '', after = 0): PageText {
  const wanted = new Set(marks);
  const spans = new Map<Element, { start: number; end: number }>();
  // The text grows in pieces joined once at the end: looking at the end of a string built with += flattens the
  // whole string each time, which made this walk quadratic in the page's text (tens of ms on long pages).
  const parts: string[] = [];
  let length = 0;
  /** The text's last few characters: all that the spacing rules look at. */
  let tail = '';
  /** The text from `windowStart` on, while the snippet is looked for: the part a later search can still match. */
  let window = '';
  let windowStart = 0;
  let anchor = -1;
  let limit = TEXT_LIMIT;
  let searchedTo = 0;
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    tail = (tail + piece).slice(-4);
    if (stopAt && anchor < 0) window += piece;
  };
  const endsWithSpace = () => /\s$/.test(tail);
  const newline = () => {
    if (length && !tail.endsWith('\n')) append('\n');
  };
  const search = () => {
    const found = findSnippet(window, stopAt, Math.max(0, searchedTo - stopAt.length - 200) - windowStart);
    searchedTo = length;
    if (found >= 0) return windowStart + found;
    const keep = Math.max(0, searchedTo - stopAt.length - 200);
    window = window.slice(keep - windowStart);
    windowStart = keep;
    return -1;
  };
  // An explicit stack: pages nested thousands deep must not overflow the call stack. A null entry closes `el`.
  const stack: { node: Node; closing?: Element }[] = root ? [{ node: root }] : [];
  while (stack.length && length < limit) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      if (BLOCK.test(closing.tagName.toUpperCase())) {
        newline();
        if (stopAt && anchor < 0 && length - searchedTo > 200) {
          anchor = search();
          if (anchor >= 0) limit = Math.min(limit, anchor + after);
        }
      }
      const span = spans.get(closing);
      if (span) span.end = length - (tail.length - tail.replace(/\s+$/, '').length);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data.replace(/[\s\u200b\ufeff]+/g, ' ');
      // Whitespace between inline elements still separates their words ("Minh Do</a> <span>on").
      if (!data.trim()) {
        if (length && !endsWithSpace()) append(' ');
      } else append(endsWithSpace() || !length ? data.replace(/^ /, '') : data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SILENT.test(tag)) continue;
    if (BLOCK.test(tag)) newline();
    if (wanted.has(el)) spans.set(el, { start: length, end: length });
    stack.push({ node: el, closing: el });
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  if (stopAt && anchor < 0) anchor = search();
  return { text: parts.join(''), spans, anchor };
}

/** Where `snippet` (whitespace collapsed) first occurs in `text` from `from` on, ignoring spacing differences; -1 when absent. */
export function findSnippet(text: string, snippet: string, from = 0): number {
  const words = snippet.split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length < 3) return -1;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(escaped.join('\\s+'), 'g');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
