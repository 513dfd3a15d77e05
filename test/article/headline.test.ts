import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteSuffix, titleAgreement, titleSegments, type HeadingCandidate } from '../../src/article/headline';

const heading = (text: string, gapToBody: number | null, more: Partial<HeadingCandidate> = {}): HeadingCandidate => ({ text, h1: true, gapToBody, chrome: false, ...more });
const stated = (...pairs: [string, string][]) => pairs.map(([source, text]) => ({ source, text }));

describe('stripSiteSuffix', () => {
  it.each([
    ['Storm closes bridge - Town Times', ['Town Times'], 'Storm closes bridge'],
    ['Storm closes bridge | The Town Times', ['Town Times'], 'Storm closes bridge'],
    ['Town Times: Storm closes bridge', ['Town Times'], 'Storm closes bridge'],
    ['Storm closes bridge – townnews', ['townnews'], 'Storm closes bridge'],
    // the headline's own separators are never rewritten
    ['Band reunites - and tours again | Town Times', ['Town Times'], 'Band reunites - and tours again'],
    ['Budget vote: what it means for renters', ['Town Times'], 'Budget vote: what it means for renters'],
    ['Storm closes bridge | Weather | Town Times', ['Town Times'], 'Storm closes bridge | Weather'],
    ['Storm closes bridge', ['Town Times'], 'Storm closes bridge'],
    // a segment that only shares a word with the site is not the site
    ['Times are changing - a review', ['Town Times'], 'Times are changing - a review'],
  ])('%j with site %j → %j', (title, sites, expected) => {
    expect(stripSiteSuffix(title, sites)).toBe(expected);
  });
});

describe('titleSegments', () => {
  it.each([
    ['Storm closes bridge | Weather | Town Times', ['Storm closes bridge', 'Weather', 'Town Times']],
    ['Town Times: Storm closes bridge', ['Town Times', 'Storm closes bridge']],
    ['Storm-hit bridge closes', ['Storm-hit bridge closes']],
    ['', []],
  ])('%j → %j', (title, segments) => {
    expect(titleSegments(title)).toEqual(segments);
  });
});

describe('chooseHeadline weighs every source', () => {
  it.each<[string, ReturnType<typeof stated>, HeadingCandidate[], string[], string]>([
    ['a blog header <h1> far above the post loses to the confirmed post heading',
      stated(['opengraph', 'Why our integration tests were flaky'], ['title', 'Why our integration tests were flaky - Priya Writes']),
      [heading("Hi, I'm Priya, and I write about build systems", 2400), heading('Why our integration tests were flaky', 90, { h1: false })],
      ['Priya Writes'], 'Why our integration tests were flaky'],
    ['a section banner <h1> that no source confirms loses to what the sources agree on',
      stated(['json-ld', 'Seven signs your cat is stressed'], ['opengraph', 'Seven signs your cat is stressed'], ['title', 'Seven signs your cat is stressed | PetWell']),
      [heading('Cat Health Center', 1900)], ['PetWell'], 'Seven signs your cat is stressed'],
    ['a site-name <h1> is never the headline',
      stated(['opengraph', 'Trail guide: the northern ridge loop']),
      [heading('Trailnotes beta', 40)], ['Trailnotes'], 'Trail guide: the northern ridge loop'],
    ['a heading in the site chrome is never the headline',
      stated(['opengraph', 'Ferry timetable changes from Monday']),
      [heading('Coastal Courier', 30, { chrome: true })], [], 'Ferry timetable changes from Monday'],
    ["an encyclopedia's JSON-LD description loses to the title the other sources and the heading agree on",
      stated(['json-ld', 'Large cat native to the mountain ranges of Central Asia'], ['opengraph', 'Snow leopard - WikiFauna'], ['title', 'Snow leopard - WikiFauna']),
      [heading('Snow leopard', 200)], ['WikiFauna'], 'Snow leopard'],
    ['the same without a heading: the agreeing sources win, site cut off',
      stated(['json-ld', 'Large cat native to the mountain ranges of Central Asia'], ['opengraph', 'Snow leopard - WikiFauna'], ['title', 'Snow leopard - WikiFauna']),
      [], ['WikiFauna'], 'Snow leopard'],
    ['the visible <h1> right above the body beats an SEO title it does not match',
      stated(['opengraph', 'Ten things to know about new bus fares'], ['json-ld', 'Ten things to know about new bus fares']),
      [heading('Bus fares rise for the first time in a decade', 150)], [], 'Bus fares rise for the first time in a decade'],
    ['the visible spelling of a confirmed heading is kept',
      stated(['json-ld', 'Mayor&apos;s plan: "green" roofs'.replace('&apos;', "'")]),
      [heading('Mayor’s plan: “green” roofs', 60)], [], 'Mayor’s plan: “green” roofs'],
    ['with no heading, a shorter source shows where the suffix starts',
      stated(['title', 'Band reunites - and tours again - Gigs Weekly'], ['opengraph', 'Band reunites - and tours again']),
      [], [], 'Band reunites - and tours again'],
  ])('%s', (_name, titles, headings, sites, expected) => {
    expect(chooseHeadline(titles, headings, sites)?.text).toBe(expected);
  });

  it('says which source gave the headline', () => {
    expect(chooseHeadline(stated(['json-ld', 'Storm closes bridge']), [heading('Storm closes bridge', 10)], [])?.source).toBe('json-ld');
    expect(chooseHeadline(stated(['opengraph', 'Something else entirely']), [heading('Storm closes bridge', 10)], [])?.source).toBe('html');
  });

  it('gives nothing when the page states no title and has no heading', () => {
    expect(chooseHeadline([], [], [])).toBeNull();
  });

  it('measures agreement on words, not spelling', () => {
    expect(titleAgreement('Mayor’s “green” plan', "Mayor's green plan")).toBe(1);
    expect(titleAgreement('Storm closes bridge', 'Budget vote delayed')).toBe(0);
  });
});
