// Random but well-aimed HTML for the fuzz test: real page furniture and article paragraphs, nested at random
// depth with random attributes, character references (valid, invalid, unterminated), every quote mark style,
// unclosed and stray tags, comments, CDATA and raw-text elements. One seed, one document.
import { seededRandom } from '../../scripts/lib/seeded-random';
import { newsParagraph, pick } from '../fixtures/hostile/generate';

const BLOCKS = ['div', 'section', 'article', 'main', 'p', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'figure', 'aside', 'nav', 'header', 'footer', 'h1', 'h2', 'h3', 'pre', 'form', 'details'];
const INLINES = ['span', 'a', 'b', 'i', 'em', 'strong', 'code', 'sup', 'small', 'time', 'abbr', 'q', 'mark', 'font', 'blink'];
const RAW = ['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp', 'iframe', 'svg', 'math'];
const ATTRS = [
  'class="article-body"', 'id="main"', 'onclick="alert(1)"', 'style="display:none"', 'hidden', 'data-x=\'{"a":1}\'',
  'href="javascript:alert(1)"', 'aria-hidden="true"', 'itemprop="articleBody"', 'dir="rtl"', 'lang="fr"', 'contenteditable',
  'class=comment', 'id=""', '="broken"', 'a=b=c', 'title="unterminated', "x='&quot;&#39;'", 'role="main"', 'class="share-bar social"',
];
const REFS = ['&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&mdash;', '&#8220;', '&#x201D;', '&#x1F600;', '&#xD800;', '&#0;', '&#x110000;', '&bogus;', '&amp', '&#', '&#x;', '&eacute', '&#65533;', '&zwj;', '&#x200B;', '&shy;'];
const MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', "'", '`', '「', '」'];
const JUNK = ['<!-- comment -->', '<!-- unterminated', '<![CDATA[ x ]]>', '</p>', '</div></div>', '<br>', '<br/>', '<hr>', '<img src=x>', '<p', '<<>>', '</>', '<?php echo 1; ?>', '<!doctype html>', '\u0000', '\uFEFF', '\r\n', '\t'];

/** A random document for seed `seed`: depth up to `maxDepth`, at most `maxNodes` elements and texts. */
export function fuzzHtml(seed: number, maxDepth = 40, maxNodes = 400): string {
  const rng = seededRandom(seed);
  const out: string[] = [];
  let nodes = 0;
  const text = (): string => {
    let s = newsParagraph(rng);
    const edits = Math.floor(rng() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rng() * s.length);
      const insert = rng() < 0.5 ? pick(rng, REFS) : pick(rng, MARKS);
      s = s.slice(0, at) + insert + s.slice(at);
    }
    return s.replace(/</g, rng() < 0.9 ? '&lt;' : '<');
  };
  const attrs = (): string => Array.from({ length: Math.floor(rng() * 3) }, () => ' ' + pick(rng, ATTRS)).join('');
  const node = (depth: number): void => {
    const r = rng();
    if (++nodes > maxNodes) return;
    if (depth >= maxDepth || r < 0.25) {
      out.push(text());
    } else if (r < 0.3) {
      out.push(pick(rng, JUNK));
    } else if (r < 0.36) {
      const tag = pick(rng, RAW);
      out.push(`<${tag}${attrs()}>${rng() < 0.5 ? text() : 'var q = "“"; if (a < b && c > d) {}'}${rng() < 0.9 ? `</${tag}>` : ''}`);
    } else {
      const tag = rng() < 0.7 ? pick(rng, BLOCKS) : pick(rng, INLINES);
      out.push(`<${tag}${attrs()}>`);
      const children = 1 + Math.floor(rng() * 4);
      for (let c = 0; c < children; c++) node(depth + 1);
      if (rng() < 0.92) out.push(`</${tag}>`);
    }
  };
  const head = rng() < 0.8 ? `<head><meta charset="utf-8"><title>${text().slice(0, 60)}</title></head>` : '';
  out.push(rng() < 0.7 ? '<!doctype html><html lang="en">' : '', head, '<body>');
  const roots = 2 + Math.floor(rng() * 8);
  for (let i = 0; i < roots; i++) node(0);
  out.push(rng() < 0.7 ? '</body></html>' : '');
  return out.join('');
}
