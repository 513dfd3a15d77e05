// Which mark is under a point. Painted highlights get no events, so hovering needs its own lookup:
// the caret position under the pointer gives a text node and offset, this index gives the marks covering it,
// and a client-rect check throws out the caret's snapping to the nearest word in margins and gaps.
export interface Piece {
  start: number;
  end: number;
  mark: number;
}

export interface Boundary {
  node: Node;
  offset: number;
}

function nextInOrder(node: Node, stop: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n === stop) return null;
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** The text nodes a range covers, each with the covered offsets. */
export function textPieces(range: AbstractRange): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  let node: Node | null = startContainer.nodeType === 3 ? startContainer : startContainer.childNodes[startOffset] ?? nextInOrder(startContainer, endContainer);
  const root = startContainer.getRootNode();
  while (node) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const start = node === startContainer ? startOffset : 0;
      const end = node === endContainer ? endOffset : text.data.length;
      if (end > start) out.push({ node: text, start, end });
    }
    if (node === endContainer || (endContainer.nodeType !== 3 && node === endContainer.childNodes[endOffset])) break;
    node = nextInOrder(node, root);
  }
  return out;
}

export class HitIndex {
  private readonly byNode = new Map<Text, Piece[]>();

  add(mark: number, range: AbstractRange): void {
    for (const { node, start, end } of textPieces(range)) {
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push({ start, end, mark });
    }
  }

  /** Pieces whose text contains the caret boundary (a boundary at either end counts: the rect check decides). */
  candidates(at: Boundary): { node: Text; piece: Piece }[] {
    if (at.node.nodeType !== 3) return [];
    const list = this.byNode.get(at.node as Text);
    if (!list) return [];
    return list.filter((p) => p.start <= at.offset && at.offset <= p.end).map((piece) => ({ node: at.node as Text, piece }));
  }

  get size(): number {
    return this.byNode.size;
  }

  /** Whether every indexed text node is still in the page: a re-render replaces them. */
  stale(): boolean {
    for (const node of this.byNode.keys()) if (!node.isConnected) return true;
    return false;
  }

  clear(): void {
    this.byNode.clear();
  }
}

function caretAt(doc: Document, x: number, y: number): Boundary | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const SLOP = 1;

function rectHit(node: Text, piece: Piece, x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  range.setStart(node, piece.start);
  range.setEnd(node, piece.end);
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/** The marks under (x, y) that `accept` lets through, in index order; the caller picks among overlaps. */
export function hitTest(doc: Document, index: HitIndex, x: number, y: number, accept: (mark: number) => boolean): number[] {
  const at = caretAt(doc, x, y);
  if (!at) return [];
  const hits: number[] = [];
  for (const { node, piece } of index.candidates(at)) {
    if (accept(piece.mark) && !hits.includes(piece.mark) && rectHit(node, piece, x, y)) hits.push(piece.mark);
  }
  return hits;
}
