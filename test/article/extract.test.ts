import { describe, expect, it, vi } from 'vitest';
import { extractArticle, extractArticleInSteps } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import { fixturePage, URLS } from './pages';

function extract(name: string, url: string, edit?: (html: string) => string) {
  const doc = fixturePage(name, url, edit);
  const result = extractArticle(doc, url);
  if (!result.article) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

describe('extractArticle: the body', () => {
  it('keeps every paragraph and subheading of a news story, in order', () => {
    const { text } = extract('article/jsonld-news.html', URLS.jsonld);
    const expected = [
      'Night ferries between the east quay',
      'The service, which crosses every ninety minutes',
      '"People told us the last boat',
      'The decision was not unanimous. Two board members argued that the £1.2m annual subsidy',
      'Operators will have to meet new noise limits',
      'Fares unchanged',
      'Fares will stay at the daytime rate',
      'The first permanent night crossing leaves the east quay at 10pm on 2 May.',
    ];
    let cursor = -1;
    for (const start of expected) {
      const at = text.indexOf(start);
      expect(at, start).toBeGreaterThan(cursor);
      cursor = at;
    }
  });

  it('drops share bars, ad labels, captions, related links, "read more", newsletter boxes and comments', () => {
    const { text } = extract('article/jsonld-news.html', URLS.jsonld);
    for (const junk of [
      'Share on Facebook', 'Advertisement', 'Photograph: Ingrid Moe', 'Ferry fares to rise', 'Read more',
      'Residents say ferry noise', 'Sign up', 'Courier briefing', 'About time', 'Most read', 'Storm warning',
      'We use cookies', 'All rights reserved', 'Topics:', 'Local news',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('drops a share prompt and a "more stories" list on a page without structured data', () => {
    const { text } = extract('article/opengraph-news.html', URLS.opengraph);
    expect(text).toContain('federal safety grant');
    for (const junk of ['Share this article', 'More stories', 'Library extends', 'Posted by', 'Tweet']) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('drops a list of teaser posts marked up as articles beside the story', () => {
    const { text } = extract('article/teaser-posts.html', 'https://northshore-weekly.example/harbour-town-community-fridge');
    expect(text).toContain('lockable shelter');
    for (const junk of ['You might like', 'Lifeboat crew', 'bravery award', 'vegetables', 'winter timetable']) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('keeps every entry of a live blog whose entries are articles under a short intro', () => {
    const { text } = extract('article/live-blog.html', 'https://capital-ledger.example/politics/budget-live');
    for (const entry of ['employer national insurance', 'Fuel duty stays frozen', 'tax raid on working people']) {
      expect(text, entry).toContain(entry);
    }
  });

  it('returns blocks that are exactly the paragraphs of text, joined by blank lines', () => {
    const { text, blocks } = extract('article/jsonld-news.html', URLS.jsonld);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
  });

  it('never changes the live page', () => {
    const doc = fixturePage('article/jsonld-news.html', URLS.jsonld);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URLS.jsonld);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a paywalled teaser as an article, flagged, without the subscription prompt', () => {
    const article = extract('article/paywalled-teaser.html', URLS.paywalled);
    expect(article.meta.paywalled).toBe(true);
    expect(article.text).toContain('state-backed scheme');
    expect(article.text).not.toMatch(/subscribe|already a subscriber/i);
  });

  it('does not flag an ordinary article as paywalled', () => {
    expect(extract('article/jsonld-news.html', URLS.jsonld).meta.paywalled).toBeUndefined();
  });

  it('reads page one of a multi-page article, pointing at the next page and leaving out the pager', () => {
    const article = extract('article/multi-page-1.html', URLS.multiPage);
    expect(article.meta.nextPage).toBe(`${URLS.multiPage}/2`);
    expect(article.text).toContain('restoring the turbines');
    expect(article.text).not.toMatch(/Page 1 of 3|Next/);
  });

  it('finds the next page from the pager alone when the head has no rel=next', () => {
    const article = extract('article/multi-page-1.html', URLS.multiPage, (h) => h.replace(/<link rel="next"[^>]*>/, ''));
    expect(article.meta.nextPage).toBe(`${URLS.multiPage}/2`);
  });

  it('handles a very long article', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} of the inquiry report describes how the council spent its budget on roads and schools in detail.</p>`);
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Inquiry report</h1>${paragraphs.join('')}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.org/news/inquiry-report-published-in-full'), 'https://example.org/news/inquiry-report-published-in-full');
    const article = result.article!;
    expect(article.blocks.length).toBeGreaterThanOrEqual(3000);
    const last = article.blocks[article.blocks.length - 1];
    expect(article.text.slice(last.start, last.end)).toMatch(/^Paragraph 2999 /);
    expect(article.meta.readingMinutes).toBeGreaterThan(50);
  });
});

describe('extractArticle: stage marks', () => {
  it('names each step as it ends, in order, so the benchmark can time them', () => {
    const steps: string[] = [];
    const url = URLS.jsonld;
    expect(extractArticle(fixturePage('article/jsonld-news.html', url), url, (s) => steps.push(s)).article).not.toBeNull();
    expect(steps).toEqual(['scanned', 'cloned', 'readability', 'rendered', 'verdict']);
  });
});

describe('extractArticleInSteps', () => {
  it('pauses between the steps and reads exactly what the one-piece extraction reads', async () => {
    const url = URLS.jsonld;
    const events: string[] = [];
    const stepped = await extractArticleInSteps(fixturePage('article/jsonld-news.html', url), url, async () => {
      events.push('pause');
    }, (s) => events.push(s));
    expect(events).toEqual(['scanned', 'pause', 'cloned', 'pause', 'readability', 'pause', 'rendered', 'pause', 'verdict', 'pause']);
    expect(stepped).toEqual(extractArticle(fixturePage('article/jsonld-news.html', url), url));
  });

  it('takes the brief pause, when given one, between the shorter steps (after the copy, after the verdict)', async () => {
    const url = URLS.jsonld;
    const events: string[] = [];
    await extractArticleInSteps(fixturePage('article/jsonld-news.html', url), url, async () => {
      events.push('pause');
    }, (s) => events.push(s), async () => {
      events.push('brief');
    });
    expect(events).toEqual(['scanned', 'pause', 'cloned', 'brief', 'readability', 'pause', 'rendered', 'pause', 'verdict', 'brief']);
  });

  it('ends without a pause on an empty page, and gives a reason for a page it cannot walk', async () => {
    const pause = vi.fn(async () => undefined);
    const empty = await extractArticleInSteps(null as unknown as Document, 'https://example.org/', pause);
    expect(empty.reason).toBe('The page is empty.');
    expect(pause).not.toHaveBeenCalled();
    const broken = { documentElement: {} } as unknown as Document;
    expect((await extractArticleInSteps(broken, 'https://example.org/x', pause)).reason).toMatch(/^Could not read this page: /);
  });
});

describe('extractArticle: bad input', () => {
  it('gives a reason, not an exception, for a document it cannot walk', () => {
    const broken = { get documentElement(): Element { throw new Error('detached document'); } } as unknown as Document;
    const result = extractArticle(broken, 'https://example.org/x');
    expect(result.article).toBeNull();
    expect(result.reason).toMatch(/Could not read this page: detached document/);
  });

  it('gives a reason for something that is not a document at all', () => {
    expect(extractArticle(null as unknown as Document, 'https://example.org/').reason).toBe('The page is empty.');
  });

  it('calls binary garbage decoded as a page unreadable, even under an article declaration', () => {
    let seed = 5;
    const bytes = new Uint8Array(50_000).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const html = `<html><head><meta property="og:type" content="article"></head><body>${new TextDecoder().decode(bytes)}</body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.org/file.bin'), 'https://example.org/file.bin');
    expect(result.article).toBeNull();
    expect(result.reason).toBe('This page is not readable text (binary or corrupt data).');
  });

  it('still reads an article with a few broken characters in it', () => {
    const para = '<p>Officials said on Tuesday that the council had approved the budget \ufffd after a long debate in the chamber that lasted well into the night.</p>';
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Council approves budget</h1>${para.repeat(8)}</article></body></html>`;
    expect(extractArticle(parseHtml(html, 'https://example.org/news/council-approves-the-budget'), 'https://example.org/news/council-approves-the-budget').article?.text).toContain('long debate');
  });

  it('says there is no article body when a declared article holds only navigation, byline, related links and comments', () => {
    const html = `<html><head><meta property="og:type" content="article"><title>Ledger</title></head><body>
      <header><nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
      <main><article><p class="byline">By <a href="/staff/jo-reed">Jo Reed</a> · <time datetime="2025-03-14T08:00:00Z">14 March 2025</time></p>
      <div class="share"><a href="#fb">Facebook</a> <a href="#tw">Twitter</a></div><div class="article-body"></div></article>
      <aside class="related"><h2>You may also like</h2><ul><li><a href="/a">Markets steady after rate decision</a></li></ul></aside>
      <section class="comments"><h2>Comments (12)</h2><p>Sign in to join the conversation.</p></section></main></body></html>`;
    const url = 'https://example.org/news/2025/03/14/empty-story';
    const result = extractArticle(parseHtml(html, url), url);
    expect(result.article).toBeNull();
    expect(result.reason).toMatch(/no article body/);
  });

  it('reads an article nested 5,000 wrappers deep, and refuses a page nested too deeply to flatten', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: officials in Lisbon said on Tuesday that the port would reopen next week after the storm, according to documents seen by reporters.</p>`).join('');
    const page = (body: string) => `<html><head><meta property="og:type" content="article"><title>Port to reopen</title></head><body><article><h1>Port to reopen</h1>${body}</article></body></html>`;
    const url = 'https://example.org/news/2025/port-to-reopen-after-storm';
    const wrapped = extractArticle(parseHtml(page(`${'<div class="w">'.repeat(5000)}${story}${'</div>'.repeat(5000)}`), url), url);
    expect(wrapped.article?.text).toContain('Paragraph 5: officials in Lisbon');
    // Every level holds text of its own, so no wrapper can go.
    const layered = extractArticle(parseHtml(page(`${'<div>level '.repeat(1500)}${story}${'</div>'.repeat(1500)}`), url), url);
    expect(layered.article).toBeNull();
    expect(layered.reason).toMatch(/nested too deeply/);
  });

  it('survives unclosed tags and broken JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="og:type" content="article"></head><body><article><h1>Storm closes ports</h1><p>Three ports closed on Friday as the storm moved up the coast, stranding ferries and cancelling flights across the region.<p>Officials said they hoped to reopen by Sunday morning if the wind dropped as forecast, but warned of further disruption.<div><p>Residents were told to stay indoors and to avoid the sea front until the warning is lifted.`;
    const result = extractArticle(parseHtml(html, 'https://example.org/news/storm-closes-ports-along-coast'), 'https://example.org/news/storm-closes-ports-along-coast');
    expect(result.article?.text).toContain('stranding ferries');
    expect(result.article?.meta.title).toBe('Storm closes ports');
  });
});
