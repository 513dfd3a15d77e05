import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createLiveMapper } from '../../src/article/live-ranges';
import { joinBlocks } from '../../src/article/render-text';
import type { ArticleMeta, ArticleText, Span } from '../../src/core/types';

const META: ArticleMeta = {
  title: null, byline: null, authors: [], siteName: null, published: null, modified: null, lang: 'en',
  canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 1, provenance: {},
};

function articleOf(paragraphs: string[]): ArticleText {
  return { ...joinBlocks(paragraphs), meta: META };
}

function spanOf(article: ArticleText, needle: string, from = 0): Span {
  const start = article.text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture lacks ${needle}`);
  return { start, end: start + needle.length };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const PARAGRAPHS = [
  'Iraq is considering a larger role for NATO at the expense of the US-led coalition, officials told AFP.',
  '"We are talking to the coalition countries - France, the UK, Canada - about a range of scenarios," said Abdelkarim Khalaf, spokesman for Prime Minister Adel Abdel Mahdi.',
  'The essential thing is that no combat troops are present, Khalaf told AFP on Wednesday.',
];

const PAGE = `<!doctype html><html lang="en"><head><title>NATO role in Iraq</title>
<style>p { color: black }</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/x">Iraq is considering a larger role</a></nav>
<form role="search"><input name="q" value="Abdelkarim Khalaf"><textarea>Abdelkarim Khalaf</textarea></form>
<main><article>
  <h1>NATO Troops May Replace US Presence in Iraq</h1>
  <p>Iraq is considering a larger role for <a href="/tag/nato">NATO</a>
     at the expense of the <em>US-led</em> coalition,
     officials told <strong>AFP</strong>.</p>
  <div class="ad" aria-hidden="true">Advertisement: buy now</div>
  <p>"We are talking to the coalition countries - France, the UK, Canada - about a range of scenarios,"
     said <a href="/people/khalaf"><b>Abdelkarim</b> Khalaf</a>,<br>spokesman for Prime Minister
     Adel&nbsp;Abdel&nbsp;Mahdi.</p>
  <p>The essential thing is that no combat troops are present<span style="display:none"> [hidden note]</span>,
     Khalaf told AFP on Wednesday.</p>
</article></main>
<footer>Khalaf told AFP on Wednesday. &copy; 2020</footer>
</body></html>`;

function setup(html = PAGE, paragraphs = PARAGRAPHS) {
  const dom = new JSDOM(html);
  const article = articleOf(paragraphs);
  return { doc: dom.window.document, article, mapper: createLiveMapper(dom.window.document, article) };
}

describe('createLiveMapper', () => {
  it('maps a span across inline links, bold text, <br> and non-breaking spaces', () => {
    const { article, mapper } = setup();
    const span = spanOf(article, 'Abdelkarim Khalaf, spokesman for Prime Minister Adel Abdel Mahdi');
    const range = mapper.toRange(span);
    expect(range).not.toBeNull();
    expect(squash(range!.toString().replace(/\u00a0/g, ' '))).toBe(
      'Abdelkarim Khalaf,spokesman for Prime Minister Adel Abdel Mahdi',
    );
    expect(range!.startContainer.parentElement?.tagName).toBe('B');
  });

  it('maps names inside inline elements exactly', () => {
    const { article, mapper } = setup();
    const nato = mapper.toRange(spanOf(article, 'NATO'))!;
    expect(nato.toString()).toBe('NATO');
    expect(nato.startContainer.parentElement?.tagName).toBe('A');
    expect(nato.startContainer.parentElement?.closest('article')).not.toBeNull();
    const afp = mapper.toRange(spanOf(article, 'AFP'))!;
    expect(afp.startContainer.parentElement?.tagName).toBe('STRONG');
  });

  it('finds the article, not the same words in navigation or the footer', () => {
    const { article, mapper } = setup();
    expect(mapper.root?.tagName).toBe('ARTICLE');
    const last = mapper.toRange(spanOf(article, 'Khalaf told AFP on Wednesday.'))!;
    expect(last.startContainer.parentElement?.closest('footer')).toBeNull();
    const first = mapper.toRange(spanOf(article, 'Iraq is considering a larger role'))!;
    expect(first.startContainer.parentElement?.closest('nav')).toBeNull();
  });

  it('skips text hidden in the live page and never maps into form fields', () => {
    const { doc, article, mapper } = setup();
    const range = mapper.toRange(spanOf(article, 'present, Khalaf told'))!;
    expect(range).not.toBeNull();
    expect(range.toString()).toContain('[hidden note]'); // the range spans the hidden span
    expect(squash(range.toString().replace(' [hidden note]', ''))).toBe('present, Khalaf told');
    const form = doc.querySelector('form')!;
    for (const r of mapper.toRanges([spanOf(article, 'Abdelkarim Khalaf')])) {
      expect(r && form.contains(r.startContainer)).toBeFalsy();
    }
  });

  it('still maps unchanged parts of a paragraph the live page edited after extraction', () => {
    const edited = PAGE.replace('no combat troops are present', 'no foreign combat troops are present');
    const { article, mapper } = setup(edited);
    const khalaf = mapper.toRange(spanOf(article, 'Khalaf told AFP on Wednesday'));
    expect(khalaf?.toString().replace(/\s+/g, ' ')).toBe('Khalaf told AFP on Wednesday');
    expect(khalaf!.startContainer.parentElement?.closest('article')).not.toBeNull();
  });

  it('survives paragraphs the live page inserted or removed after extraction', () => {
    const changed = PAGE
      .replace('<div class="ad"', '<p>Sponsored: Iraq is considering a larger role for NATO — read our guide.</p><div class="ad"')
      .replace(/<p>The essential thing[\s\S]*?<\/p>/, '');
    const { article, mapper } = setup(changed);
    const ranges = mapper.toRanges(article.blocks);
    expect(squash(ranges[0]!.toString())).toBe(PARAGRAPHS[0]);
    expect(ranges[0]!.startContainer.parentElement?.closest('article')).not.toBeNull();
    expect(squash(ranges[1]!.toString().replace(/\u00a0/g, ' '))).toBe(PARAGRAPHS[1].replace('Khalaf, spokesman', 'Khalaf,spokesman'));
    // The removed paragraph's words still exist in the footer; a range there would be wrong.
    const gone = ranges[2];
    expect(gone === null || gone.startContainer.parentElement?.closest('article') !== null).toBe(true);
  });

  it('returns a range for every span of a batch, null for spans it cannot place', () => {
    const { article, mapper } = setup();
    const spans = [spanOf(article, 'France'), { start: -1, end: 3 }, { start: 5, end: 5 }, { start: 0, end: 1e9 }];
    const ranges = mapper.toRanges(spans);
    expect(ranges).toHaveLength(4);
    expect(ranges[0]?.toString()).toBe('France');
    expect(ranges.slice(1)).toEqual([null, null, null]);
  });

  it('maps nothing when the page does not contain the article', () => {
    const { mapper, article } = setup('<html><body><p>Completely different text about gardening.</p></body></html>');
    expect(mapper.root).toBeNull();
    expect(mapper.toRange(spanOf(article, 'NATO'))).toBeNull();
  });

  it('copes with an empty document and an empty article', () => {
    const dom = new JSDOM('');
    const mapper = createLiveMapper(dom.window.document, articleOf([]));
    expect(mapper.root).toBeNull();
    expect(mapper.toRanges([{ start: 0, end: 0 }])).toEqual([null]);
  });

  it('never lets a range run through a code block', () => {
    const html = '<html><body><article><p>Run the tool <code>lede --fast</code> before lunch today.</p></article></body></html>';
    const { article, mapper } = setup(html, ['Run the tool lede --fast before lunch today.']);
    const range = mapper.toRange({ start: 0, end: article.text.length })!;
    expect(range).not.toBeNull();
    expect(range.toString()).not.toContain('lede');
  });

  it('says whether the article\'s text nodes are still as indexed', () => {
    const cases: [string, (doc: Document) => void, boolean][] = [
      ['nothing changed', () => undefined, true],
      ['text outside the article changed', (doc) => doc.querySelector('footer')!.append(' and more'), true],
      ['a word of the article edited', (doc) => { (doc.querySelector('strong')!.firstChild as Text).data = 'Reuters'; }, false],
      ['a paragraph of the article replaced', (doc) => doc.querySelectorAll('article p')[1].replaceWith(doc.createElement('p')), false],
    ];
    for (const [what, change, intact] of cases) {
      const { doc, mapper } = setup();
      change(doc);
      expect(mapper.intact(), what).toBe(intact);
    }
    expect(createLiveMapper(new JSDOM('').window.document, articleOf([])).intact()).toBe(true);
  });

  it('ignores exactly whitespace, zero-width marks and soft hyphens where page and article disagree', () => {
    const cases: [string, string, string, boolean][] = [
      ['soft hyphen', 'Ada\u00adLovelace', 'AdaLovelace', true],
      ['zero-width space', 'Ada\u200bLovelace', 'AdaLovelace', true],
      ['no-break space', 'Ada\u00a0Lovelace', 'Ada Lovelace', true],
      ['byte-order mark and tab', 'Ada\ufeff\tLovelace', 'Ada Lovelace', true],
      ['line separator', 'Ada\u2028Lovelace', 'Ada Lovelace', true],
      // Visible characters are never skipped.
      ['a hyphen', 'Ada\u2010Lovelace', 'AdaLovelace', false],
      ['a middle dot', 'Ada\u00b7Lovelace', 'AdaLovelace', false],
    ];
    for (const [what, live, text, maps] of cases) {
      const { article, mapper } = setup(`<html><body><article><p>Computing pioneer ${live} wrote the first program.</p></article></body></html>`, [`Computing pioneer ${text} wrote the first program.`]);
      const range = mapper.toRange(spanOf(article, text));
      expect(range?.toString() ?? null, what).toBe(maps ? live : null);
    }
  });
});

