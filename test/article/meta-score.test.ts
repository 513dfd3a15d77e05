import { describe, expect, it } from 'vitest';
import { isJunkName, scoreAuthors, scoreHeadline, scoreOutlet, scorePublished } from '../../scripts/article/meta-score';

describe('metadata golden-suite scoring', () => {
  it.each([
    ['Mayor opens  new bridge', 'Mayor opens new bridge', true, true],
    ['Mayor’s “big” day', `Mayor's "big" day`, false, true],
    ['Mayor opens new bridge', 'Mayor opens new bridge | Town Times', false, false],
    ['Mayor opens new bridge', null, false, false],
  ])('headline %j vs %j', (gold, guess, exact, lenient) => {
    expect(scoreHeadline(gold, guess)).toEqual({ exact, lenient });
  });

  it.each([
    [['Ana Ruiz', 'Li Wei'], ['li wei', 'ANA RUIZ'], true, true],
    [['Ana Ruiz'], ['Ana Ruiz', 'Reuters'], false, false],
    [['Ana Ruiz'], ['Dr. Ana Ruiz'], false, true],
    [[], [], true, true],
    [[], ['Town Times'], false, false],
  ])('authors %j vs %j', (gold, guess, exact, lenient) => {
    expect(scoreAuthors(gold, guess)).toEqual({ exact, lenient });
  });

  it.each([
    ['The Town Times', 'the town times', true, true],
    ['The Town Times', 'TownTimes', false, true],
    [['Town Times', 'TT'], 'TT', true, true],
    ['Town Times', 'Town Herald', false, false],
  ])('outlet %j vs %j', (gold, guess, exact, lenient) => {
    expect(scoreOutlet(gold, guess)).toEqual({ exact, lenient });
  });

  it.each([
    ['2024-03-05', '2024-03-05', true, true],
    ['2024-03-05', '2024-03-06T02:00:00Z', true, true], // evening of the 5th in New York
    ['2024-03-05', '2024-03-06T16:00:00Z', false, true],
    ['2024-03-05', '2024-03-06', false, true],
    ['2024-03-05', '2024-03-08', false, false],
    ['2024-03-05', null, false, false],
  ])('published %s vs %s', (gold, guess, exact, lenient) => {
    expect(scorePublished(gold, guess)).toEqual({ exact, lenient });
  });

  it.each([
    ['Jane Okoro', false], ['Reuters', false], ['Mary-Kate de la Cruz', false],
    ['Jane Okoro May 20', true], ['Follow Author', true], ['Last Updated: January 7', true], ['By Jane Okoro', true],
    ['Jane Okoro and', true], ['Ken Adams Games Editor', true], ['12 comments', true],
  ])('junk name %j → %s', (name, junk) => {
    expect(isJunkName(name)).toBe(junk);
  });
});
