// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HitIndex, textPieces } from '../../src/content/hit-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function rangeOver(startNode: Node, startOffset: number, endNode: Node, endOffset: number): StaticRange {
  return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
}

describe('textPieces', () => {
  it('splits a range over inline markup into its text nodes with local offsets', () => {
    const body = page('<p id="p">said <a href="#">Abdelkarim <b>Khalaf</b></a>, spokesman</p>');
    const p = body.querySelector('#p')!;
    const first = p.firstChild as Text;
    const last = p.querySelector('b')!.firstChild as Text;
    const pieces = textPieces(rangeOver(first, 5, last, 6));
    expect(pieces.map((x) => x.node.data.slice(x.start, x.end))).toEqual(['Abdelkarim ', 'Khalaf']);
  });

  it('handles a range inside one node and an empty range', () => {
    const body = page('<p>Baghdad sparked outrage</p>');
    const text = body.querySelector('p')!.firstChild as Text;
    expect(textPieces(rangeOver(text, 0, text, 7)).map((x) => [x.start, x.end])).toEqual([[0, 7]]);
    expect(textPieces(rangeOver(text, 3, text, 3))).toEqual([]);
  });

  it('accepts element boundaries', () => {
    const body = page('<p><span>NATO</span> and <span>AFP</span></p>');
    const p = body.querySelector('p')!;
    const pieces = textPieces(rangeOver(p, 0, p, 2));
    expect(pieces.map((x) => x.node.data.slice(x.start, x.end))).toEqual(['NATO', ' and ']);
  });
});

describe('HitIndex', () => {
  it('finds the marks covering a caret position, including both ends', () => {
    const body = page('<p>Iraq is considering a larger role for NATO</p>');
    const text = body.querySelector('p')!.firstChild as Text;
    const index = new HitIndex();
    index.add(0, rangeOver(text, 0, text, 4));
    index.add(1, rangeOver(text, 38, text, 42));
    index.add(2, rangeOver(text, 0, text, 42));
    const at = (offset: number) => index.candidates({ node: text, offset }).map((c) => c.piece.mark).sort();
    expect(at(2)).toEqual([0, 2]);
    expect(at(4)).toEqual([0, 2]);
    expect(at(20)).toEqual([2]);
    expect(at(40)).toEqual([1, 2]);
    expect(index.candidates({ node: body, offset: 0 })).toEqual([]);
    expect(index.candidates({ node: document.createTextNode('x'), offset: 0 })).toEqual([]);
  });

  it('notices when the page replaces painted text (a re-render)', () => {
    const body = page('<p id="p">Khalaf told AFP</p>');
    const text = body.querySelector('#p')!.firstChild as Text;
    const index = new HitIndex();
    index.add(0, rangeOver(text, 0, text, 6));
    expect(index.stale()).toBe(false);
    body.querySelector('#p')!.textContent = 'Khalaf told AFP';
    expect(index.stale()).toBe(true);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.stale()).toBe(false);
  });
});
