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

export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** The block texts of `root`, in document order. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    const t = collapseWhitespace(buffer);
    if (t) out.push(t);
    buffer = '';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += (child as Text).data;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SILENT_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          visit(child);
          flush();
        } else {
          visit(child);
        }
      }
    }
  };
  visit(root);
  flush();
  return out;
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
