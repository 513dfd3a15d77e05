import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { fixturePage, URLS } from './pages';

function verdict(name: string, url: string, edit?: (html: string) => string) {
  return extractArticle(fixturePage(name, url, edit), url);
}

describe('non-article pages get no article and a reason', () => {
  const cases: [string, string, string, RegExp][] = [
    ['home page', 'non-article/home-page.html', 'https://www.dailyledger.example/', /home page/],
    ['section front', 'non-article/section-front.html', 'https://www.dailyledger.example/world', /section front/],
    ['search results', 'non-article/search-results.html', 'https://www.dailyledger.example/search?q=floods', /search results/],
    ['product page', 'non-article/product-page.html', 'https://northbound.example/packs/trailhead-28l-daypack-slate-grey', /product page/],
    ['login wall', 'non-article/login-wall.html', 'https://metrobiz.example/login?next=/news/2024/story', /sign in/],
    ['documentation', 'non-article/documentation.html', 'https://streamkit.example/docs/config/retries', /documentation/],
    ['video page', 'non-article/video-page.html', 'https://newsnow.example/video/drone-footage-shows-scale-of-wildfire-damage-88412', /video page/],
    ['empty page', 'non-article/empty.html', 'https://example.org/blank', /empty/],
  ];
  for (const [kind, file, url, reason] of cases) {
    it(kind, () => {
      const result = verdict(file, url);
      expect(result.article).toBeNull();
      expect(result.reason).toMatch(reason);
    });
  }
});

describe('verdicts from page shape when the page declares nothing', () => {
  const strip = (h: string) => h.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '').replace(/<meta (?:property|name)="(?:og:type|generator)"[^>]*>/g, '');

  it('a home page without JSON-LD or og:type', () => {
    expect(verdict('non-article/home-page.html', 'https://www.dailyledger.example/', strip).reason).toMatch(/home page/);
  });

  it('a section front without JSON-LD', () => {
    expect(verdict('non-article/section-front.html', 'https://www.dailyledger.example/world/', strip).reason).toMatch(/section front/);
  });

  it('documentation without a generator tag, from its path and code samples', () => {
    expect(verdict('non-article/documentation.html', 'https://streamkit.example/docs/config/retries', strip).reason).toMatch(/documentation/);
  });

  it('a video page without structured data, from its player and thin text', () => {
    expect(verdict('non-article/video-page.html', 'https://newsnow.example/video/drone-footage-shows-scale-of-wildfire-damage-88412', strip).reason).toMatch(/video page/);
  });
});

describe('articles stay articles', () => {
  it('an article whose header has a login form', () => {
    const withLogin = (h: string) => h.replace('<main>', '<form class="login"><input name="user"><input type="password" name="pw"><button>Log in</button></form><main>');
    expect(verdict('article/jsonld-news.html', URLS.jsonld, withLogin).article).not.toBeNull();
  });

  it('an article with an embedded video', () => {
    const withVideo = (h: string) => h.replace('<div class="story-body">', '<div class="story-body"><div class="video-player"><iframe src="https://player.example/embed/1"></iframe></div>');
    expect(verdict('article/jsonld-news.html', URLS.jsonld, withVideo).article).not.toBeNull();
  });

  it('an article that declares nothing, from its text alone', () => {
    expect(verdict('article/text-dated-news.html', URLS.text).article).not.toBeNull();
  });

  it('an article reached through a search-like URL whose path is a story slug', () => {
    const url = `${URLS.opengraph}?s=cycle`;
    expect(verdict('article/opengraph-news.html', url).article).not.toBeNull();
  });

  it('a long engineering blog post whose sidebar of recent posts makes it look like a section front', () => {
    const result = verdict('article/engineering-blog-post.html', 'https://priyawrites.example/posts/flaky-tests');
    expect(result.reason).toBeUndefined();
    expect(result.article?.meta.wordCount).toBeGreaterThan(700);
  });

  it('an encyclopedia entry with a navigation box, even without structured data', () => {
    const strip = (h: string) => h.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    expect(verdict('article/encyclopedia-entry.html', 'https://wikifauna.example/wiki/Snow_leopard', strip).article).not.toBeNull();
  });

  it('a video post with a written article under the player', () => {
    expect(verdict('article/video-post.html', 'https://highlanddispatch.example/video/2024/09/14/volunteers-rebuild-washed-out-mountain-footbridge').article).not.toBeNull();
  });

  it('but a video post whose text is only a caption stays a video page', () => {
    const captionOnly = (h: string) => h.replace(/<div class="article-body">[\s\S]*?<\/div>/, '<div class="article-body"><p>Volunteers rebuilt the bridge in two days.</p></div>');
    expect(verdict('article/video-post.html', 'https://highlanddispatch.example/video/2024/09/14/volunteers-rebuild-washed-out-mountain-footbridge', captionOnly).reason).toMatch(/video page/);
  });

  it('the sample news page', () => {
    expect(verdict('sample/index.html', URLS.sample).article).not.toBeNull();
  });
});
