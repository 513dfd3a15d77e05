import { describe, expect, it } from 'vitest';
import { rememberArticle, siteOf } from '../../../src/core/memory/record';
import { fixtureAnnotation } from '../../background/annotation-fixture';

describe('rememberArticle', () => {
  it('keeps per entity its name, role and own full quotes, and the site', () => {
    const record = rememberArticle('https://www.harbour.example/a', fixtureAnnotation(), 7)!;
    expect(record.site).toBe('harbour.example');
    const castelein = record.named!.find((e) => e.name === 'Allard Castelein')!;
    expect(castelein).toMatchObject({ role: 'chief executive of the authority', keys: ['PER:allard castelein'] });
    expect(castelein.quotes).toEqual(['We respect the judgment and will submit a corrected application within weeks']);
    expect(record.named!.find((e) => e.name === 'Rotterdam')!.quotes).toEqual([]);
    expect(record.bytes).toBeGreaterThan(100);
  });

  it('remembers nothing without an article', () => {
    expect(rememberArticle('https://a.example/', fixtureAnnotation({ article: null }), 1)).toBeNull();
  });

  it.each([['https://www.A.example/x', 'a.example'], ['not a url', '']])('siteOf(%s) is %s', (url, site) => expect(siteOf(url)).toBe(site));
});
