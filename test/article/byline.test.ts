import { describe, expect, it } from 'vitest';
import { isOutletName, isPersonName, splitAuthors } from '../../src/article/byline';

describe('splitAuthors: bylines as lists of names', () => {
  it.each([
    // several authors, "By" and "and"
    ['By Jane Doe and John Roe', null, ['Jane Doe', 'John Roe']],
    ['By Ana Ruiz, Li Wei & Sam Cole | Reuters', null, ['Ana Ruiz', 'Li Wei', 'Sam Cole']],
    ['Von Jana Keller und Martin Brandt', null, ['Jana Keller', 'Martin Brandt']],
    ['Por Lucía Gómez y Pablo Sanz', null, ['Lucía Gómez', 'Pablo Sanz']],
    // dates and times left on the name
    ['Marta Olsen May 20', null, ['Marta Olsen']],
    ['Oscar Pettersen March 25', null, ['Oscar Pettersen']],
    ['DORA KLEIN March 11, 2015 3:46 PM', null, ['Dora Klein']],
    ['Ivo Brandt\nNovember 15', null, ['Ivo Brandt']],
    ['Nadia Farouk - 2021-06-02', null, ['Nadia Farouk']],
    ['By Lena Fischer , Tom Aalto on Monday, March 4th, 2024 at 9:02 a.m.', null, ['Lena Fischer', 'Tom Aalto']],
    // job titles glued on or after a comma
    ['Colin Marsh Games Editor', null, ['Colin Marsh']],
    ['By Ruth Abara, AP Senior Political Writer', null, ['Ruth Abara']],
    ['Analysis by Noel Graves, Town Times Editor-at-large', 'Town Times', ['Noel Graves']],
    ['Hugo VanceBusiness Columnist', null, ['Hugo Vance']],
    ['Rita Ochoa, MS, RDN', null, ['Rita Ochoa']],
    // labels that are not names
    ['Follow Author', null, []],
    ['Next Post', null, []],
    ['Last Updated: January 7', null, []],
    ['Posted by Harbor Robotics Team', null, ['Harbor Robotics Team']],
    ['Author:\nTess Moreau', null, ['Tess Moreau']],
    ['Paul Quist\nView author archive\nemail the author', null, ['Paul Quist']],
    ['Irene Solberg is a science reporter who covers oceans', null, ['Irene Solberg']],
    ["Ben Tarr\nReporter\nBen Tarr's Most Recent Stories", null, ['Ben Tarr']],
    ['By Kim Lavoie@kimlavoie Nov 19, 2019, 7:53pm EST', null, ['Kim Lavoie']],
    // affiliations beside a person; an organisation alone is the author
    ['By Aline Brun, Town Times', 'Town Times', ['Aline Brun']],
    ['Greta Lind, CNN', null, ['Greta Lind']],
    ['DEAN OSEI and MAY LUND, Associated Press', null, ['Dean Osei', 'May Lund']],
    ['Omar Said Associated Press', null, ['Omar Said']],
    ['Iris Hale and Rob Kent USA TODAY', null, ['Iris Hale', 'Rob Kent']],
    ['Reuters', null, ['Reuters']],
    ['Our Foreign Staff', null, ['Our Foreign Staff']],
    ['By The Associated Press', null, ['The Associated Press']],
    ['PTI, Lisbon', null, ['PTI']],
    // names that must survive
    ['Bruce Y. Lee', null, ['Bruce Y. Lee']],
    ['Maria de la Cruz', null, ['Maria de la Cruz']],
    ['Theresa May', null, ['Theresa May']],
    ['Sandra LaMotte and Kevin McCoy', null, ['Sandra LaMotte', 'Kevin McCoy']],
    ['Nora Holm Nora Holm', null, ['Nora Holm']],
    ['Tom Whitmore and Ann Livermore', null, ['Tom Whitmore', 'Ann Livermore']],
    // inline elements glued together without a space
    ['Jose AltoverosView More Articles', null, ['Jose Altoveros']],
    ['Ilse MarrNovember 15', null, ['Ilse Marr']],
    ['By Jon HartFOXBusiness', 'Fox Business', ['Jon Hart']],
    ['Contributors to WikiFauna projects', null, []],
  ])('%j → %j', (byline, outlet, names) => {
    expect(splitAuthors(byline, outlet)).toEqual(names);
  });

  it('rejects URLs, empty and absurdly long bylines', () => {
    expect(splitAuthors('https://example.org/staff/jane')).toEqual([]);
    expect(splitAuthors('   ')).toEqual([]);
    expect(splitAuthors('x'.repeat(500))).toEqual([]);
  });
});

describe('isOutletName', () => {
  it.each([
    ['Town Times', ['The Town Times'], true],
    ['Al-Noor', ['Al Noor'], true],
    ['Town Times Staff', ['The Town Times'], false],
    ['Jane Doe', [null, 'Town Times'], false],
  ])('%j among %j → %s', (name, outlets, yes) => {
    expect(isOutletName(name, outlets)).toBe(yes);
  });
});

describe('isPersonName', () => {
  it.each([
    ['Dana Holt', null, true], ['Maria de la Cruz', null, true], ['Local News', null, false], ['Catherine', null, false],
    ['Harbour Times', 'The Harbour Times', false], ['AP Staff', null, false],
  ])('%j (outlet %j) → %s', (name, outlet, yes) => {
    expect(isPersonName(name, outlet)).toBe(yes);
  });
});
