import { describe, expect, it } from 'vitest';
import { contentItem, decodeEntities, isArticleType, textOf } from '../../src/article/json-ld';

describe('isArticleType', () => {
  it.each([
    ['NewsArticle', true], ['ScholarlyArticle', true], ['ReportageNewsArticle', true], ['BlogPosting', true],
    ['LiveBlogPosting', true], ['SocialMediaPosting', true], ['Report', true],
    ['WebPage', false], ['VideoObject', false], ['Product', false], ['CollectionPage', false], ['ClaimReview', false],
  ])('%s → %s', (type, yes) => {
    expect(isArticleType(type)).toBe(yes);
  });
});

describe('contentItem', () => {
  it('prefers the article item, then a page item that states a headline with a date or author', () => {
    const page = { '@type': 'MedicalWebPage', headline: 'Sleep and memory', datePublished: '2024-02-01' };
    const article = { '@type': 'NewsArticle', headline: 'Ferry strike ends' };
    expect(contentItem([page, article])).toBe(article);
    expect(contentItem([page])).toBe(page);
    expect(contentItem([{ '@type': 'WebPage', name: 'Home' }, { '@type': 'ClaimReview', datePublished: '2024-02-01', headline: 'x' }])).toBeNull();
  });
});

describe('entities in JSON-LD text', () => {
  it.each([
    ['Ferry strike &#8211; day two', 'Ferry strike – day two'],
    ['Mayor&#8217;s plan', 'Mayor’s plan'],
    ['Salt &amp; pepper', 'Salt & pepper'],
    ['&#x201C;Quoted&#x201D;', '“Quoted”'],
    ['No entities here', 'No entities here'],
    ['Unknown &bogus; stays', 'Unknown &bogus; stays'],
  ])('%j → %j', (raw, shown) => {
    expect(decodeEntities(raw)).toBe(shown);
  });

  it('textOf decodes and trims, and turns non-breaking spaces into spaces', () => {
    expect(textOf('  win this&nbsp;game ')).toBe('win this game');
  });
});
