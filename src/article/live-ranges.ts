// Maps character offsets in `ArticleText.text` back to Ranges over the live page's text nodes.
//
// Extraction works on a clone and normalises whitespace, so offsets cannot be replayed on the live DOM directly.
// Both sides are reduced to their non-whitespace characters (whitespace, <br> and block breaks are exactly where
// the clone and the live page disagree), then the article's blocks are located in the live stream in order:
// the longest block first as an anchor, exact matches outward from it, and chunk-by-chunk matching for blocks
// the live page changed. One walk over the page builds the index; every span after that is two array lookups.
import type { ArticleText, Span } from '../core/types';

export interface LiveMapper {
  /** The live element holding the mapped article text, or null when nothing could be located. */
  root: Element | null;
  toRange(span: Span): Range | null;
  toRanges(spans: Span[]): (Range | null)[];
  /** Whether the page's text nodes holding the article are still in place as indexed (the page may have changed). */
  intact(): boolean;
}

// Text the reader never sees as prose.
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);
// Text highlighting must never alter: user input and code. A range may not cross these.
const UNTOUCHABLE = new Set(['FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP']);

/**
 * Runs of the characters both sides keep: all but whitespace, zero-width marks and soft hyphens. Found by the regex
 * engine rather than a loop over every character in script: the script starts afresh in each page, so such a loop
 * ran uncompiled there and was most of mapping's time.
 */
const KEPT_RUN = /[^\x00-\x20\x85\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;
/** The characters KEPT_RUN leaves out, exactly. */
const DROPPED = /[\x00-\x20\x85\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

type Skip = 'hidden' | 'barrier' | null;

function skipOf(el: Element): Skip {
  const tag = el.tagName.toUpperCase();
  if (UNTOUCHABLE.has(tag)) return 'barrier';
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'barrier';
  if (INVISIBLE.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style) ? 'hidden' : null;
}

interface LiveIndex {
  /** Non-ignorable characters of the page's visible text, in document order. */
  chars: string;
  /** The text nodes holding any of them. */
  nodes: Text[];
  /** Each node's text when indexed. */
  texts: string[];
  /** Per node: where its characters start in `chars`, and how many untouchable subtrees precede it. */
  nodeStart: Int32Array;
  nodeBarrier: Int32Array;
  /** Per node, made when a range first ends in it: the offset in its text of each of its kept characters. */
  offsets: Map<number, Int32Array>;
}

/** The node holding live character `pos` (the last node starting at or before it). */
function nodeAt(live: LiveIndex, pos: number): number {
  let lo = 0;
  let hi = live.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (live.nodeStart[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where live character `pos` sits: its text node and its offset there. */
function pointAt(live: LiveIndex, pos: number): [Text, number] {
  const n = nodeAt(live, pos);
  let offsets = live.offsets.get(n);
  if (!offsets) {
    // Only the few nodes a range ends in need this; the walk over the page keeps one regex call per node.
    const data = live.texts[n];
    offsets = new Int32Array(data.length);
    let k = 0;
    KEPT_RUN.lastIndex = 0;
    for (let m = KEPT_RUN.exec(data); m; m = KEPT_RUN.exec(data)) {
      for (let i = 0; i < m[0].length; i++) offsets[k++] = m.index + i;
    }
    live.offsets.set(n, offsets);
  }
  return [live.nodes[n], offsets[pos - live.nodeStart[n]]];
}

function indexLiveText(doc: Document): LiveIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const texts: string[] = [];
  // Typed arrays grown by doubling: a page holds thousands of text nodes.
  let nodeStart = new Int32Array(1 << 10);
  let nodeBarrier = new Int32Array(1 << 10);
  let count = 0;
  let barrier = 0;
  const start = doc.body ?? doc.documentElement;
  let node: Node | null = start;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const skip = node === start ? null : skipOf(node as Element);
      if (skip === 'barrier') barrier++;
      descend = skip === null;
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      const kept = data.replace(DROPPED, '');
      if (kept) {
        const n = nodes.length;
        if (n === nodeStart.length) {
          const grown = new Int32Array(n * 2);
          grown.set(nodeStart);
          nodeStart = grown;
          const grownBarrier = new Int32Array(n * 2);
          grownBarrier.set(nodeBarrier);
          nodeBarrier = grownBarrier;
        }
        nodeStart[n] = count;
        nodeBarrier[n] = barrier;
        nodes.push(node as Text);
        texts.push(data);
        parts.push(kept);
        count += kept.length;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== start && !node.nextSibling) node = node.parentNode;
    if (!node || node === start) break;
    node = node.nextSibling;
  }
  return { chars: parts.join(''), nodes, texts, nodeStart, nodeBarrier, offsets: new Map() };
}

interface ArticleIndex {
  chars: string;
  /** Non-ignorable characters in text[0, i). */
  countBefore(i: number): number;
}

function indexArticleText(text: string): ArticleIndex {
  // Per run of dropped characters (one between words, mostly): where it starts and ends, and how many were dropped
  // before it. A per-character table ran uncompiled in every page.
  const starts: number[] = [];
  const ends: number[] = [];
  const droppedBefore: number[] = [];
  let dropped = 0;
  DROPPED.lastIndex = 0;
  for (let m = DROPPED.exec(text); m; m = DROPPED.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    droppedBefore.push(dropped);
    dropped += m[0].length;
  }
  const countBefore = (i: number): number => {
    // The last dropped run starting before i.
    let lo = 0;
    let hi = starts.length - 1;
    let run = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < i) {
        run = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return run < 0 ? i : i - droppedBefore[run] - (Math.min(i, ends[run]) - starts[run]);
  };
  return { chars: text.replace(DROPPED, ''), countBefore };
}

// A short block ("Reuters", "Photo") can occur anywhere; accept it only near where the previous block ended.
const SHORT_BLOCK = 40;
const SHORT_BLOCK_MAX_GAP = 2000;
const CHUNKS = [16, 8];

/** article non-ignorable index → live character index, or -1 where the live page has no counterpart. */
function alignBlocks(article: ArticleIndex, live: string, blocks: { from: number; to: number }[]): Int32Array {
  const align = new Int32Array(article.chars.length).fill(-1);
  const placed: (number | null)[] = blocks.map(() => null);
  const keyOf = (b: { from: number; to: number }) => article.chars.slice(b.from, b.to);
  const place = (i: number, pos: number) => {
    placed[i] = pos;
    for (let k = blocks[i].from; k < blocks[i].to; k++) align[k] = pos + (k - blocks[i].from);
  };

  const order = blocks.map((_, i) => i).sort((a, b) => (blocks[b].to - blocks[b].from) - (blocks[a].to - blocks[a].from));
  let anchor = -1;
  for (const i of order.slice(0, 5)) {
    const key = keyOf(blocks[i]);
    if (!key) continue;
    const pos = live.indexOf(key);
    if (pos >= 0) {
      place(i, pos);
      anchor = i;
      break;
    }
  }
  if (anchor >= 0) {
    let cursor = (placed[anchor] as number) + keyOf(blocks[anchor]).length;
    for (let i = anchor + 1; i < blocks.length; i++) {
      const key = keyOf(blocks[i]);
      if (!key) continue;
      const pos = live.indexOf(key, cursor);
      if (pos < 0 || (key.length < SHORT_BLOCK && pos - cursor > SHORT_BLOCK_MAX_GAP)) continue;
      place(i, pos);
      cursor = pos + key.length;
    }
    let limit = placed[anchor] as number;
    for (let i = anchor - 1; i >= 0; i--) {
      const key = keyOf(blocks[i]);
      if (!key || limit - key.length < 0) continue;
      const pos = live.lastIndexOf(key, limit - key.length);
      if (pos < 0 || (key.length < SHORT_BLOCK && limit - (pos + key.length) > SHORT_BLOCK_MAX_GAP)) continue;
      place(i, pos);
      limit = pos;
    }
  }

  // Blocks the live page altered: match them piecewise inside the gap their neighbours leave.
  let windowStart = 0;
  for (let i = 0; i < blocks.length; i++) {
    const done = placed[i];
    if (done !== null) {
      windowStart = done + (blocks[i].to - blocks[i].from);
      continue;
    }
    let windowEnd = live.length;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = placed[j];
      if (next !== null) {
        windowEnd = next;
        break;
      }
    }
    const length = blocks[i].to - blocks[i].from;
    windowEnd = Math.min(windowEnd, windowStart + 4 * length + SHORT_BLOCK_MAX_GAP);
    let cursor = windowStart;
    // Coarse pieces first; finer ones when an edit inside the block breaks most coarse pieces.
    for (const chunk of CHUNKS) {
      cursor = windowStart;
      let matched = 0;
      for (let from = blocks[i].from; from < blocks[i].to; from += chunk) {
        const to = Math.min(from + chunk, blocks[i].to);
        const piece = article.chars.slice(from, to);
        const pos = live.indexOf(piece, cursor);
        if (pos < 0 || pos + piece.length > windowEnd) continue;
        for (let k = from; k < to; k++) align[k] = pos + (k - from);
        matched += to - from;
        cursor = pos + piece.length;
      }
      if (matched >= length / 2) break;
      // A block the page mostly lacks is gone, whatever stray words of it turn up nearby.
      align.fill(-1, blocks[i].from, blocks[i].to);
      cursor = windowStart;
    }
    windowStart = Math.max(windowStart, cursor);
  }
  return align;
}

export function createLiveMapper(doc: Document, article: ArticleText): LiveMapper {
  const live = indexLiveText(doc);
  const art = indexArticleText(article.text);
  const spans = article.blocks.length ? article.blocks : [{ start: 0, end: article.text.length }];
  const blocks = spans.map((b) => ({ from: art.countBefore(b.start), to: art.countBefore(b.end) }));
  const align = alignBlocks(art, live.chars, blocks);

  const rangeBetween = (from: number, to: number): Range | null => {
    let first = from;
    while (first < to && align[first] < 0) first++;
    let last = to - 1;
    while (last >= first && align[last] < 0) last--;
    if (first > last) return null;
    // Never let a range swallow a form field or code lying inside the span's live extent.
    const barrier = live.nodeBarrier[nodeAt(live, align[first])];
    while (last > first && (align[last] < 0 || live.nodeBarrier[nodeAt(live, align[last])] !== barrier)) last--;
    const a = align[first];
    const b = align[last];
    // A span whose ends landed far apart in the page matched unrelated text: no range beats a wrong one.
    if (b - a > 2 * (last - first) + 64) return null;
    const range = doc.createRange();
    range.setStart(...pointAt(live, a));
    const [endNode, endOffset] = pointAt(live, b);
    range.setEnd(endNode, endOffset + 1);
    return range;
  };

  const toRange = (span: Span): Range | null => {
    if (!(span.start >= 0 && span.end <= article.text.length && span.start < span.end)) return null;
    return rangeBetween(art.countBefore(span.start), art.countBefore(span.end));
  };

  const extent = alignedExtent(align);
  return {
    root: findRoot(live, extent),
    toRange,
    toRanges: (list) => list.map(toRange),
    intact: () => {
      if (!extent) return true;
      for (let i = nodeAt(live, extent[0]); i <= nodeAt(live, extent[1]); i++) {
        const node = live.nodes[i];
        if (!node.isConnected || node.length !== live.texts[i].length) return false;
      }
      return true;
    },
  };
}

/**
 * The first and last live character the article was aligned to, or null when none was. Blocks are placed in
 * reading order (alignBlocks), so these are the first and last aligned entries: no pass over the whole article.
 */
function alignedExtent(align: Int32Array): [number, number] | null {
  let first = 0;
  while (first < align.length && align[first] < 0) first++;
  if (first === align.length) return null;
  let last = align.length - 1;
  while (align[last] < 0) last--;
  return [align[first], align[last]];
}

function findRoot(live: LiveIndex, extent: [number, number] | null): Element | null {
  if (!extent) return null;
  const [first, last] = extent;
  const from = live.nodes[nodeAt(live, first)];
  const to = live.nodes[nodeAt(live, last)];
  const ancestors = new Set<Node>();
  for (let n: Node | null = from; n; n = n.parentNode) ancestors.add(n);
  let common: Node | null = to;
  while (common && !ancestors.has(common)) common = common.parentNode;
  while (common && common.nodeType !== 1) common = common.parentNode;
  return common as Element | null;
}
