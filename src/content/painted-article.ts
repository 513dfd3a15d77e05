// One article's marks mapped onto the live page: the ranges, the hit index, and the time-sliced painting
// (what the reader sees first, the rest when the page is idle).
import { createLiveMapper, type LiveMapper } from '../article/live-ranges';
import type { ArticleText } from '../core/types';
import { HitIndex, textPieces } from './hit-index';
import type { Painter } from './highlights';
import type { Mark, MarkGroup } from './marks';
import { SLICE_MS, visibleFirst, whenIdle } from './schedule';

export class PaintedArticle {
  readonly ranges: (StaticRange | null)[];
  readonly index = new HitIndex();
  readonly root: Element | null;
  private readonly mapper: LiveMapper;
  private readonly painted = new WeakSet<Node>();

  /** `mapper`: the article already mapped onto this page (while the background read it), used if still intact. */
  constructor(private readonly doc: Document, private readonly article: ArticleText, readonly marks: readonly Mark[], private readonly painter: Painter, mapper: LiveMapper | null = null) {
    this.mapper = mapper?.intact() ? mapper : createLiveMapper(doc, article);
    this.root = this.mapper.root;
    this.ranges = marks.map(() => null);
  }

  /** Blocks of the article currently in the viewport, found by bisection (a handful of layout reads). */
  visibleBlocks(): [number, number] {
    const blocks = this.article.blocks;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const top = (i: number, edge: 'top' | 'bottom'): number | null => {
      const r = this.mapper.toRange(blocks[i])?.getBoundingClientRect();
      return r && (r.width || r.height) ? r[edge] : null;
    };
    const search = (edge: 'top' | 'bottom', limit: number): number => {
      let lo = 0;
      let hi = blocks.length - 1;
      let found = blocks.length;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const y = top(mid, edge);
        if (y === null || y >= limit) {
          found = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      }
      return found;
    };
    if (!blocks.length) return [0, 0];
    return [search('bottom', 0), search('top', height) - 1];
  }

  /**
   * Maps and paints every mark, visible ones first, yielding between slices; stops early when `current`
   * turns false (toggled off, navigated away, superseded by a newer run). `visibleDone` runs after the first
   * slice: the reader can use what they see while the rest is painted. `visible`: the blocks in view, when the
   * caller read them before changing any style (a layout read after a style change recomputes the page's styles).
   */
  async paint(current: () => boolean, visibleDone: () => void = () => {}, visible = this.visibleBlocks()): Promise<void> {
    const [first, last] = visible;
    const order = visibleFirst(this.marks.map((m) => m.span), this.article.blocks, first, Math.max(first, last));
    let next = 0;
    const slice = (budget: () => boolean) => {
      const batch = new Map<MarkGroup, StaticRange[]>();
      while (next < order.length && budget()) {
        const end = Math.min(order.length, next + 64);
        const ids = order.slice(next, end);
        const ranges = this.mapper.toRanges(ids.map((i) => this.marks[i].span));
        ids.forEach((i, k) => {
          const live = ranges[k];
          if (!live) return;
          const range = new StaticRange({ startContainer: live.startContainer, startOffset: live.startOffset, endContainer: live.endContainer, endOffset: live.endOffset });
          this.ranges[i] = range;
          this.index.add(i, range);
          for (const piece of textPieces(range)) this.painted.add(piece.node);
          const group = this.marks[i].group;
          (batch.get(group) ?? batch.set(group, []).get(group)!).push(range);
        });
        next = end;
      }
      for (const [group, list] of batch) this.painter.add(group, list);
    };
    // The first slice runs now so what the reader is looking at lights up with the page's next frame.
    let start = performance.now();
    slice(() => performance.now() - start < SLICE_MS);
    visibleDone();
    // The rest waits for idle time; a slice always makes some progress, even on a page that is never idle.
    while (next < order.length && current()) {
      const deadline = await whenIdle();
      if (!current()) return;
      start = performance.now();
      slice(() => deadline.timeRemaining() > 1 || performance.now() - start < 2);
    }
  }

  isPainted(node: Node): boolean {
    return this.painted.has(node);
  }

  /** A live Range for a mark, made on demand (live ranges cost the page on every DOM change). */
  liveRange(i: number): Range | null {
    const r = this.ranges[i];
    if (!r) return null;
    try {
      const range = this.doc.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    } catch {
      // The page changed the text under a static range: the watcher will re-map.
      return null;
    }
  }

  rects(i: number): DOMRect[] {
    const range = this.liveRange(i);
    return range ? [...range.getClientRects()] : [];
  }
}
