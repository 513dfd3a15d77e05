import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../../src/core/types';
import { adjustSpans } from '../../../src/core/entities/span-edges';

function spans(text: string, tagged: [string, EntityType][]): string[] {
  const mentions: Mention[] = tagged.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type };
  });
  return adjustSpans(text, mentions).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return m.text;
  });
}

describe('adjustSpans', () => {
  it.each([
    ['two teams named apart elsewhere', 'The Steelers and Browns met. The Steelers won; the Browns lost.', [['Steelers and Browns', 'ORG'], ['Steelers', 'ORG'], ['Browns', 'ORG']], ['Steelers', 'Browns', 'Steelers', 'Browns']],
    ['two people read as one', 'Ann Lee and Tom Ray spoke.', [['Ann Lee and Tom Ray', 'PER']], ['Ann Lee', 'Tom Ray']],
    ['a hashtag before a name', '#Hawks Greedy Wills has been solid.', [['Hawks Greedy Wills', 'PER']], ['Hawks', 'Greedy Wills']],
    ['a title read as an organisation', 'said Ana Neu, Head of Platform Solutions for Ascor.', [['Head of Platform Solutions for Ascor', 'ORG']], []],
    ['a name joined to a participle', 'It matches the Bluetooth-enabled Magic Keyboard.', [['Bluetooth-enabled Magic Keyboard', 'MISC']], ['Bluetooth', 'Magic Keyboard']],
    ['a name before -led', 'The US-led coalition stayed.', [['US-led', 'MISC']], ['US']],
    ['one side of "and" named alone elsewhere', 'Reports from The Wrap and Cutline agree. The Wrap says more.', [['The Wrap and Cutline', 'MISC'], ['The Wrap', 'ORG']], ['The Wrap', 'Cutline', 'The Wrap']],
    ['a lower-case "the" and a trailing particle', 'the Browns beat the US of course.', [['the Browns', 'ORG'], ['US of', 'LOC']], ['Browns', 'US']],
    ["a person's party and state after a comma", 'Rep. Ilma Omar, D-Minn., spoke.', [['Ilma Omar, D-Minn.', 'PER']], ['Ilma Omar']],
    ['a descriptor opening the sentence', 'Markets fell. Rival Lowa\'s was also lower.', [["Rival Lowa's", 'ORG']], ["Lowa's"]],
    ['a hyphenated surname the tagger cut', 'Rep. Alexa Ocasio-Cortez spoke.', [['Alexa Ocasio', 'PER']], ['Alexa Ocasio-Cortez']],
    ['a given name the tagger cut at its hyphen', 'The vote helps Tsai Ing-wen this year.', [['Tsai Ing', 'PER']], ['Tsai Ing-wen']],
    ['a place glued to a person named alone elsewhere', 'Britain objected. The ambassador to Britain Liu Xia spoke. Liu said more.', [['Britain', 'LOC'], ['Britain Liu Xia', 'ORG'], ['Liu', 'PER']], ['Britain', 'Britain', 'Liu Xia', 'Liu']],
    ['"TV" before "series"', 'He made the Fargo TV series.', [['Fargo TV', 'ORG']], ['Fargo']],
    ['a span without letters', 'Follow @ us.', [['@', 'MISC']], []],
    ["a title closing an organisation's name", 'House of Commons Speaker Lia Hoyle spoke.', [['House of Commons Speaker', 'ORG']], ['House of Commons']],
    ['letters glued by "&"', 'The U.S. benchmark R&Q 200 index rose.', [['Q 200', 'MISC']], ['R&Q 200']],
    ["a paper's closing word", 'according to The Dunmore Reporter today.', [['Dunmore', 'LOC']], ['Dunmore Reporter']],
    ['a closing word after a capitalised word', 'Tin on the Tarn Metal Exchange fell.', [['Tarn', 'LOC']], ['Tarn Metal Exchange']],
    ['an office before its complement', 'the U.S. Attorney’s Office for the Eastern District of Ostland said.', [['Eastern District of Ostland', 'LOC']], ['U.S. Attorney’s Office for the Eastern District of Ostland']],
    ['a first word glued to a prefix', 'The pan-European BRIX 300 index lost.', [['European BRIX 300', 'MISC']], ['BRIX 300']],
    ['two places joined by a hyphen, each named alone elsewhere', 'Ostland and Vell agreed. Ostland-Vell talks began.', [['Ostland-Vell', 'LOC'], ['Ostland', 'LOC'], ['Vell', 'LOC']], ['Ostland', 'Vell', 'Ostland', 'Vell']],
    ['capitals after a two-word name', 'Writer John Milbank RRP £100 rode it.', [['John Milbank RRP', 'PER']], ['John Milbank']],
    ['a span without a capital letter', 'We open at 4am on the best days.', [['4am', 'ORG'], ['best', 'MISC']], []],
    ["an index's closing words", 'The blue-chip Dow Kent Industrial Average fell.', [['Dow Kent', 'MISC']], ['Dow Kent Industrial Average']],
    ['a market code after a name', 'Tin on the Tarn Metal Exchange CMAL3 lost.', [['Tarn Metal Exchange CMAL3', 'ORG']], ['Tarn Metal Exchange']],
    ['a law whose title holds "and"', 'And the Ostland Human Rights and Democracy Act passed.', [['Democracy Act', 'MISC']], ['Ostland Human Rights and Democracy Act']],
    ['words of a web address', 'See pic.twitter.com/QwErTy12Ab and www.OrrinNews.com today.', [['twitter', 'ORG'], ['QwErTy12Ab', 'MISC'], ['OrrinNews', 'ORG']], []],
    ["a maker before its product", 'Buy the Orrin ZenPods Pro today.', [['Orrin', 'ORG'], ['ZenPods Pro', 'MISC']], ['Orrin ZenPods Pro']],
    ["a maker before a model number", 'The Kestrel Falcon 9 flew.', [['Kestrel', 'ORG'], ['Falcon 9', 'MISC']], ['Kestrel Falcon 9']],
  ] as const)('splits or trims %s', (_label, text, tagged, expected) => {
    expect(spans(text, tagged as unknown as [string, EntityType][])).toEqual(expected);
  });

  it.each([
    ['a firm named for two partners', 'Ernst & Young audited it.', [['Ernst & Young', 'ORG']]],
    ['a country of two names', 'Trinidad and Tobago won.', [['Trinidad and Tobago', 'LOC']]],
    ['a law with "and" in its name', 'The Human Rights and Democracy Act passed.', [['Human Rights and Democracy Act', 'MISC']]],
    ['a title of a place', 'The State of Palestine objected.', [['State of Palestine', 'LOC']]],
    ['an office named for a title', 'The Office of the President replied.', [['Office of the President', 'ORG']]],
    ['a name with a hyphenated given name', 'Tsai Ing-wen faces an election.', [['Tsai Ing-wen', 'PER']]],
    ['a person before a word that closes papers', 'Ada Lind Times her runs.', [['Ada Lind', 'PER']]],
    ['a hyphenated surname whose halves are not both named alone', 'Ruiz left. Ana Ruiz-Vell spoke.', [['Ruiz', 'PER'], ['Ana Ruiz-Vell', 'PER']]],
    ['a name with a generational numeral', 'King Carl Gustaf XVI and Ada Bo Lind III spoke.', [['Ada Bo Lind III', 'PER']]],
    ['a name in capitals', 'ADA BO LIND spoke.', [['ADA BO LIND', 'PER']]],
    ['a product with a short model code', 'The Orrin Galaxy S10 sold.', [['Orrin Galaxy S10', 'MISC']]],
    ['a law after a lower-case word', 'They passed the Water Act today.', [['Water Act', 'MISC']]],
    ['a band with a slash in its name', 'AC/DC played Ostland.', [['AC/DC', 'ORG']]],
    ['a name before a full stop that ends its sentence', 'It was Orrin.Then it rained.', [['Orrin', 'ORG']]],
    ['an organisation before an event', 'The Ostal Climate Week opened.', [['Ostal', 'ORG'], ['Climate Week', 'MISC']]],
    ["a maker's possessive before its product", "Orrin's ZenPods Pro sold out.", [['Orrin', 'ORG'], ['ZenPods Pro', 'MISC']]],
    ['a place before an ordinary capitalised word', 'In Ostland Monday was calm.', [['Ostland', 'LOC']]],
    ['a title of a person before a complement', 'The U.S. Attorney for the Eastern District spoke.', [['Eastern District', 'LOC']]],
    ['a comma before a suffix', 'Carl Odum, Jr. pleaded guilty.', [['Carl Odum, Jr.', 'PER']]],
    ['a descriptor inside a sentence', 'Shares of Rival Lowa rose.', [['Rival Lowa', 'ORG']]],
    ['a city and its state', 'She lives in Washington, D.C. now.', [['Washington, D.C.', 'LOC']]],
    ['a newspaper named for its city', 'The New York Times reported it. New York is calm.', [['New York Times', 'ORG'], ['New York', 'LOC']]],
    ['a person with a title inside', 'Secretary of State Mike Pompeo flew in.', [['Secretary of State Mike Pompeo', 'PER']]],
  ] as const)('keeps %s whole', (_label, text, tagged) => {
    expect(spans(text, tagged as unknown as [string, EntityType][])).toEqual(tagged.map(([n]) => n));
  });
});

describe('adjustSpans: a possessive the tagger cut off a name', () => {
  it('joins a common noun\'s possessive to the name after it', () => {
    expect(spans("Soldiers of the People's Liberation Army waited.", [['People', 'MISC'], ['Liberation Army', 'ORG']])).toEqual(["People's Liberation Army"]);
  });

  it('keeps a place and the person it owns apart', () => {
    expect(spans("Ruritania's Chris Tang said so.", [['Ruritania', 'LOC'], ['Chris Tang', 'PER']])).toEqual(['Ruritania', 'Chris Tang']);
    expect(spans("Ruritania's Labour Party said so.", [['Ruritania', 'LOC'], ['Labour Party', 'ORG']])).toEqual(['Ruritania', 'Labour Party']);
  });
});
