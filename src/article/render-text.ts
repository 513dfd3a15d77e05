// Turns an extracted article element into the text the language core reads: one block per paragraph, heading,
// list item or line-broken segment, whitespace collapsed, blocks joined by a blank line.
import type { Span } from '../core/types';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SILENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

export interface RenderedText {
  text: string;
  blocks: Span[];
}

/** One paragraph-like block of an article element. */
export interface TextBlock {
  text: string;
  /** The block element the text sits in ("P", "LI", "H2", ...). */
  tag: string;
  /** Share of the characters that are link text: navigation and related-story lists are nearly all links. */
  linkDensity: number;
}

export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** The blocks of `root`, in document order. */
export function renderBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let tag = root.tagName;
  let inLink = 0;
  const flush = () => {
    const t = collapseWhitespace(buffer);
    if (t) out.push({ text: t, tag, linkDensity: Math.min(1, linkChars / t.length) });
    buffer = '';
    linkChars = 0;
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        buffer += data;
        if (inLink) linkChars += data.trim().length;
      } else if (child.nodeType === 1) {
        const childTag = (child as Element).tagName;
        if (SILENT_TAGS.has(childTag)) continue;
        const isLink = childTag === 'A';
        if (isLink) inLink++;
        if (BLOCK_TAGS.has(childTag)) {
          flush();
          const outer = tag;
          tag = childTag;
          visit(child);
          flush();
          tag = outer;
        } else {
          visit(child);
        }
        if (isLink) inLink--;
      }
    }
  };
  visit(root);
  flush();
  return out;
}

/** The block texts of `root`, in document order. */
export function blockTexts(root: Element): string[] {
  return renderBlocks(root).map((b) => b.text);
}

export function joinBlocks(texts: string[]): RenderedText {
  const blocks: Span[] = [];
  let offset = 0;
  for (const t of texts) {
    blocks.push({ start: offset, end: offset + t.length });
    offset += t.length + 2;
  }
  return { text: texts.join('\n\n'), blocks };
}
