// The card header read from whole invented pages: one page shape per failure class, and the things Lede already
// did better than a reader mode that must stay (author tags over stray names, dates from <time>, Dublin Core and
// "Posted on" lines).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import type { ArticleMeta } from '../../src/core/types';
import { fixturePage } from './pages';

const BODY = [
  'The town council voted on Tuesday to keep the harbour library open on Sundays through the winter, reversing a plan that would have closed it from November to March to save on heating and staff costs.',
  'More than four hundred people signed a petition against the closure, and several spoke at the meeting about using the reading room as a warm place to work and study when the weather turns.',
  'The council will pay for the extra hours from a fund set aside for community buildings, and the library will ask volunteers to help run a homework club on Sunday afternoons.',
  'Councillors said they would review the decision in the spring, once they know how many people used the library on winter Sundays and how much the longer opening hours had cost.',
].map((p) => `<p>${p}</p>`).join('\n');

const URL = 'https://harbourtimes.example/news/2024/01/12/library-stays-open-on-winter-sundays';

function page(head: string, header: string, extra = ''): ArticleMeta {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header class="masthead"><a href="/">Harbour Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>${header}<div class="share"><a href="#">Share</a> <a href="#">Email</a></div>
<div class="body">${BODY}</div></article>${extra}</main>
<footer>© 2024 Harbour Times</footer></body></html>`;
  const result = extractArticle(parseHtml(html, URL), URL);
  if (!result.article) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article.meta;
}

const H1 = '<h1>Library stays open on winter Sundays</h1>';

describe('bylines on whole pages', () => {
  it.each([
    ['a date stub after the name', `${H1}<p class="byline">By Joanna Sorel May 20</p>`, ['Joanna Sorel']],
    ['a job title glued to the name', `${H1}<div class="author"><span>Ben Osei</span><span>Games Editor</span></div>`, ['Ben Osei']],
    ['a "Follow Author" button in the byline box', `${H1}<div class="byline"><a rel="author" href="/staff/kim">Kim Aalto</a><button>Follow Author</button></div>`, ['Kim Aalto']],
    ['"Last Updated" beside the name', `${H1}<p class="byline">By Mira Holt</p><p class="byline-date">Last Updated: January 7</p>`, ['Mira Holt']],
    ['"Posted by" a team', `${H1}<p class="post-meta">Posted by Harbour Library Team</p>`, ['Harbour Library Team']],
    ['several authors with the outlet after them', `${H1}<p class="byline">By ANA LINDQVIST and OMAR HASSAN, Harbour Times</p>`, ['Ana Lindqvist', 'Omar Hassan']],
    ['an organisation as the only author', `${H1}<p class="byline">By Our Foreign Staff</p>`, ['Our Foreign Staff']],
    ['a bare name with the date on the next line', `${H1}<p>Dana Holt</p><p>Published 12 January 2024</p>`, ['Dana Holt']],
    ['post navigation above the "by" line', `${H1}<p><a href="/p">Previous Post</a></p><p><a href="/n">Next Post</a></p><p>January 12, 2024 | by Catherine</p>`, ['Catherine']],
    ['a kicker above the date is no author', `${H1}<p>Local News</p><p>Published 12 January 2024</p>`, []],
  ])('%s', (_name, header, authors) => {
    expect(page('<meta property="og:site_name" content="Harbour Times">', header).authors).toEqual(authors);
  });

  it('takes the article author from two DC.Creator tags when the first names a desk', () => {
    const meta = page('<meta name="DC.Creator" content="Harbour Times Web Desk"><meta name="DC.Creator" content="Hanna Berg">', H1);
    expect(meta.authors).toEqual(['Hanna Berg']);
  });

  it('keeps the author tag over a stray name elsewhere on the page', () => {
    const sidebar = '<aside class="related"><h2>Most read</h2><p class="author">By Tom Reeve</p><a href="/x">Ferry fares rise</a></aside>';
    expect(page('<meta name="author" content="Liv Strand">', H1, sidebar).authors).toEqual(['Liv Strand']);
  });

  it('does not credit the publisher as the author of its own page', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library stays open on winter Sundays","author":{"@type":"Organization","name":"Harbour Times"},"publisher":{"@type":"Organization","name":"Harbour Times"}}</script>';
    expect(page(ld, H1).authors).toEqual([]);
  });
});

describe('dates on whole pages', () => {
  it.each([
    ['JSON-LD SocialMediaPosting', '{"@type":"SocialMediaPosting","headline":"Library stays open","datePublished":"2024-01-12T09:00:00Z"}'],
    ['JSON-LD Report', '{"@type":"Report","headline":"Library stays open","datePublished":"2024-01-12T09:00:00Z"}'],
    ['JSON-LD ScholarlyArticle', '{"@type":"ScholarlyArticle","headline":"Library stays open","datePublished":"2024-01-12T09:00:00Z"}'],
    ['JSON-LD LiveBlogPosting', '{"@type":"LiveBlogPosting","headline":"Library stays open","datePublished":"2024-01-12T09:00:00Z"}'],
    ['a JSON-LD page type stating its headline and date', '{"@type":"MedicalWebPage","headline":"Library stays open","datePublished":"2024-01-12T09:00:00Z"}'],
  ])('%s', (_name, json) => {
    const meta = page(`<script type="application/ld+json">${json}</script>`, H1);
    expect(meta.published).toBe('2024-01-12T09:00:00Z');
    expect(meta.provenance.published).toBe('json-ld');
  });

  it.each([
    ['time[itemprop=datePublished] after a sidebar <time>', `<aside><time datetime="2023-05-01">1 May</time></aside>${H1}<time itemprop="datePublished" datetime="2024-01-12T09:00:00Z">12 January</time>`, '', '2024-01-12T09:00:00Z'],
    ['Dublin Core', H1, '<meta name="DC.date.issued" content="2024-01-12">', '2024-01-12'],
    ['a "Posted on" line', `${H1}<p class="post-meta">Posted on January 12, 2024 by Liv Strand</p>`, '', '2024-01-12'],
    ['a date line under the headline with no label', `${H1}<p>Liv Strand | Friday, January 12, 2024</p>`, '', '2024-01-12'],
  ])('%s', (_name, header, head, published) => {
    expect(page(head, header).published).toBe(published);
  });
});

describe('headlines on whole pages', () => {
  it("a blog's site-wide <h1> is not the post's headline", () => {
    const meta = extractArticle(fixturePage('article/engineering-blog-post.html', 'https://priyawrites.example/posts/flaky-tests'), 'https://priyawrites.example/posts/flaky-tests').article?.meta;
    expect(meta).toMatchObject({ title: 'Why our integration tests were flaky', authors: ['Priya Natarajan'], siteName: 'Priya Writes', published: '2024-03-03' });
  });

  it("an encyclopedia's JSON-LD description is not its title", () => {
    const url = 'https://wikifauna.example/wiki/Snow_leopard';
    expect(extractArticle(fixturePage('article/encyclopedia-entry.html', url), url).article?.meta.title).toBe('Snow leopard');
  });

  it('a site suffix is cut without rewriting the headline', () => {
    const title = 'Library stays open - and adds a homework club | Harbour Times';
    const meta = page(`<title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Harbour Times">`, '<h2 class="kicker">News</h2>');
    expect(meta.title).toBe('Library stays open - and adds a homework club');
  });

  it('a section banner <h1> far above the story is not the headline', () => {
    const banner = '<h1 class="hub-heading">Harbour Community Hub</h1>';
    const html = `<!doctype html><html lang="en"><head><meta property="og:title" content="Library stays open on winter Sundays"></head><body>${banner}
<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/hub/topic-${i}">Community topic number ${i}</a>`).join(' ')}</nav>
<main><h2>Library stays open on winter Sundays</h2>${BODY}</main></body></html>`;
    expect(extractArticle(parseHtml(html, URL), URL).article?.meta.title).toBe('Library stays open on winter Sundays');
  });
});
