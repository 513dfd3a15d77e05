import { describe, expect, it } from 'vitest';
import { chooseOutlet, hostLabels, hostName, type OutletWitness } from '../../src/article/outlet';

const w = (source: string, name: string | null, weight: number): OutletWitness => ({ source, name, weight });

describe('chooseOutlet', () => {
  it.each<[string, OutletWitness[], string, string]>([
    ['a section name in og:site_name loses to the title segment the host confirms',
      [w('opengraph', 'World', 3), w('title', 'Wirenews', 1), w('url', 'wirenews.example', 0)], 'https://www.wirenews.example/world/story-1', 'Wirenews'],
    ['a squashed og:site_name is written as the publisher writes it',
      [w('opengraph', 'harbourgazette', 3), w('json-ld', 'The Harbour Gazette', 3)], 'https://harbourgazette.example/a', 'The Harbour Gazette'],
    ['a URL or a handle is not a name',
      [w('opengraph', 'https://www.pinevalley.example', 3), w('opengraph', '@pinevalley', 3), w('title', 'Pine Valley Post', 1)], 'https://pinevalley.example/x', 'Pine Valley Post'],
    ['a domain-style name is written as the publisher writes it',
      [w('opengraph', 'valleyscience.com', 3), w('json-ld', 'Valley Science', 3)], 'https://www.valleyscience.example/a', 'Valley Science'],
    ['a longer corporate name does not replace the brand',
      [w('opengraph', 'Pawcare', 3), w('json-ld', 'Pawcare Media', 3)], 'https://www.pawcare.example/a', 'Pawcare'],
    ['two names for one outlet: the first',
      [w('opengraph', 'The Desert Star | DesertStar.example', 3)], 'https://www.desertstar.example/a', 'The Desert Star'],
    ['the host when nothing else names the site',
      [w('url', 'valleybirds.example', 0)], 'https://valleybirds.example/a', 'valleybirds.example'],
    ['the title segment over a bare host',
      [w('title', 'The Evening Ledger', 1), w('url', 'eveledger.example', 0)], 'https://eveledger.example/a', 'The Evening Ledger'],
  ])('%s', (_name, witnesses, url, expected) => {
    expect(chooseOutlet(witnesses, url)?.name).toBe(expected);
  });

  it('gives nothing without witnesses', () => {
    expect(chooseOutlet([w('opengraph', null, 3)], 'https://a.example/')).toBeNull();
  });
});

describe('hostLabels', () => {
  it.each([
    ['https://www.towntimes.example/a', ['towntimes']],
    ['https://news.towntimes.co.uk/a', ['news', 'towntimes']],
    ['not a url', []],
  ])('%s → %j', (url, labels) => {
    expect(hostLabels(url)).toEqual(labels);
  });
});

describe('hostName', () => {
  it.each([
    ['https://www.towntimes.example/a', 'towntimes.example'],
    ['https://news.towntimes.example/a', 'news.towntimes.example'],
    ['not a url', null],
  ])('%s → %j', (url, host) => {
    expect(hostName(url)).toBe(host);
  });
});
