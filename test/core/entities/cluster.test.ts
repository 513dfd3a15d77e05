import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Mention } from '../../../src/core/types';
import { clusterEntities, nameSpan } from '../../../src/core/entities/cluster';
import { tagNames } from '../quotes/stages';

function cluster(text: string, names: Record<string, EntityType>): Entity[] {
  return clusterEntities(text, tagNames(text, names));
}

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

describe('clusterEntities: a shorter name joins the full one', () => {
  it.each([
    ['surname', 'Abdelkarim Khalaf spoke. Later Khalaf told AFP more.', { 'Abdelkarim Khalaf': 'PER', Khalaf: 'PER' }, 'Abdelkarim Khalaf', ['Khalaf']],
    ['multi-word surname', 'Prime Minister Adel Abdel Mahdi resigned. Abdel Mahdi invited the US.', { 'Adel Abdel Mahdi': 'PER', 'Abdel Mahdi': 'PER' }, 'Adel Abdel Mahdi', ['Abdel Mahdi']],
    ['initial', 'James Jeffrey arrived. J. Jeffrey then left.', { 'James Jeffrey': 'PER', 'J. Jeffrey': 'PER' }, 'James Jeffrey', ['J. Jeffrey']],
    ['middle initial', 'Donald J. Trump won. Donald Trump spoke and Trump left.', { 'Donald J. Trump': 'PER', 'Donald Trump': 'PER', Trump: 'PER' }, 'Donald J. Trump', ['Donald Trump', 'Trump']],
    ['honorific', 'Lamar Alexander voted. Mr. Alexander said no.', { 'Lamar Alexander': 'PER', 'Mr. Alexander': 'PER' }, 'Lamar Alexander', ['Mr. Alexander']],
    // "NUÑEZ" and "Nunez" are one form once case and accents are set aside: the first spelling is the alias.
    ['accents and case', 'José Núñez scored. NUÑEZ then scored again, and Nunez celebrated.', { 'José Núñez': 'PER', NUÑEZ: 'PER', Nunez: 'PER' }, 'José Núñez', ['NUÑEZ']],
  ] as const)('%s', (_label, text, names, canonical, aliases) => {
    const entities = cluster(text, names as Record<string, EntityType>);
    const e = byName(entities, canonical);
    expect(e).toBeDefined();
    expect(e!.aliases).toEqual(aliases);
    expect(entities.filter((x) => x.type === 'PER')).toHaveLength(1);
  });

  it('counts every mention of every form', () => {
    const text = 'Abdelkarim Khalaf spoke. Khalaf told AFP. Khalaf added more.';
    const e = byName(cluster(text, { 'Abdelkarim Khalaf': 'PER', Khalaf: 'PER' }), 'Abdelkarim Khalaf')!;
    expect(e.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Abdelkarim Khalaf', 'Khalaf', 'Khalaf']);
  });
});

describe('clusterEntities: people who share a surname stay apart', () => {
  const text = 'Hillary Clinton spoke first. Bill Clinton spoke next. Clinton said he was proud. Later Hillary Clinton returned and Clinton thanked the crowd.';
  const names = { 'Hillary Clinton': 'PER', 'Bill Clinton': 'PER', Clinton: 'PER' } as Record<string, EntityType>;

  it('takes in a full name the tagger typed otherwise when the surname outvotes it', () => {
    const text = 'Deval Patrick arrived. Patrick spoke, Patrick listened, and Deval Patrick left. Patrick said more.';
    const entities = cluster(text, { 'Deval Patrick': 'MISC', Patrick: 'PER' });
    const e = byName(entities, 'Deval Patrick');
    expect(e?.type).toBe('PER');
    expect(e?.mentions).toHaveLength(5);
    expect(entities).toHaveLength(1);
  });

  it('leaves a place alone when a person shares one of its words but not the majority', () => {
    const text = 'Fort Worth flooded. Fort Worth closed schools, and Fort Worth opened shelters. Worth said nothing.';
    const entities = cluster(text, { 'Fort Worth': 'LOC', Worth: 'PER' });
    expect(byName(entities, 'Fort Worth')?.type).toBe('LOC');
    expect(byName(entities, 'Worth')?.type).toBe('PER');
  });

  it('keeps both full names as two people', () => {
    const people = cluster(text, names).filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  it('gives a bare surname in another paragraph to the person introduced first', () => {
    const t = 'Ann Vale spoke.\n\nHer son Tom Vale had a seat on the board.\n\nLater Senator Vale said no.';
    const entities = cluster(t, { 'Ann Vale': 'PER', 'Tom Vale': 'PER', Vale: 'PER' });
    expect(byName(entities, 'Ann Vale')!.mentions.map((m) => m.start)).toContain(t.indexOf('Vale said'));
    expect(byName(entities, 'Tom Vale')!.mentions).toHaveLength(1);
  });

  it('counts a first name of a pair as introducing its person ("Ann and Tom Vale")', () => {
    const t = 'They urged him to look into Ann and Tom Vale.\n\nAnn Vale denied it.\n\nVale said so.';
    const entities = cluster(t, { Ann: 'PER', 'Tom Vale': 'PER', 'Ann Vale': 'PER', Vale: 'PER' });
    expect(byName(entities, 'Ann Vale')!.mentions.map((m) => m.start)).toContain(t.indexOf('Vale said'));
  });

  it('gives each bare surname to the one mentioned most recently before it in its paragraph', () => {
    const entities = cluster(text, names);
    const spans = (name: string) => byName(entities, name)!.mentions.map((m) => m.start);
    const first = text.indexOf('Clinton said');
    const second = text.indexOf('Clinton thanked');
    expect(spans('Bill Clinton')).toContain(first);
    expect(spans('Hillary Clinton')).toContain(second);
  });

  it('does not merge a surname that is only the first name of someone else', () => {
    const entities = cluster('Jordan Peterson spoke. Michael Jordan listened.', { 'Jordan Peterson': 'PER', 'Michael Jordan': 'PER' });
    expect(entities).toHaveLength(2);
  });
});

describe('clusterEntities: organisations and acronyms', () => {
  it('takes a bracketed acronym as an alias even when it is never tagged', () => {
    const text = 'The coalition fights the Islamic State group (IS) in the country.';
    const e = cluster(text, { 'Islamic State': 'ORG' })[0];
    expect(e.name).toBe('Islamic State');
    expect(e.aliases).toEqual(['Islamic State group', 'IS']);
    expect(text.slice(e.mentions[0].start, e.mentions[0].end)).toBe('Islamic State group');
  });

  it('merges a bracketed acronym that is tagged elsewhere', () => {
    const text = 'The Islamic State group (IS) lost ground. IS fighters fled, and anti-IS operations paused.';
    const entities = cluster(text, { 'Islamic State group': 'ORG', IS: 'ORG' });
    expect(entities).toHaveLength(1);
    expect(entities[0].name).toBe('Islamic State');
    expect(entities[0].mentions).toHaveLength(4);
  });

  it('links an acronym to the one name whose initials it spells', () => {
    const text = 'The North Atlantic Treaty Organization met. NATO officials said little.';
    const entities = cluster(text, { 'North Atlantic Treaty Organization': 'ORG', NATO: 'ORG' });
    expect(entities).toHaveLength(1);
    expect(entities[0].aliases).toEqual(['NATO']);
  });

  it('does not link an acronym to a person or to two candidate names', () => {
    expect(cluster('Ann Brown met AB yesterday.', { 'Ann Brown': 'PER', AB: 'ORG' })).toHaveLength(2);
    const text = 'The National Rifle Association and the National Recovery Administration both said NRA was wrong.';
    expect(cluster(text, { 'National Rifle Association': 'ORG', 'National Recovery Administration': 'ORG', NRA: 'ORG' })).toHaveLength(3);
  });

  it('merges a name with "the", a possessive and dotted initials', () => {
    const text = 'The State Department declined. State Department’s officials and the U.S. and the US agreed.';
    const entities = cluster(text, { 'The State Department': 'ORG', 'State Department’s': 'ORG', 'U.S.': 'LOC', US: 'LOC' });
    expect(entities.map((e) => e.name).sort()).toEqual(['The State Department', 'U.S.']);
  });

  it('types a name followed by an organisation head noun as an organisation', () => {
    const text = 'Anti-US elements of the powerful Hashd al-Shaabi military network agreed. Iraqi militia and US forces waited. Ahmed Salim spoke.';
    const entities = cluster(text, { 'Hashd al-Shaabi': 'PER', Iraqi: 'MISC', US: 'LOC', 'Ahmed Salim': 'PER' });
    expect(Object.fromEntries(entities.map((e) => [e.name, e.type]))).toEqual({ 'Hashd al-Shaabi': 'ORG', Iraqi: 'MISC', US: 'LOC', 'Ahmed Salim': 'PER' });
  });

  it('names a place as running text writes it, not as a shouted dateline', () => {
    const entities = cluster('HAYWARD, Calif. — A man was stabbed. The train stopped in Hayward. NATO and Nato met.', { HAYWARD: 'LOC', Hayward: 'LOC', NATO: 'ORG', Nato: 'ORG' });
    expect(entities.map((e) => e.name)).toEqual(['Hayward', 'NATO']);
  });

  it.each([
    ['a name before the same name with its noun of kind', 'Brell rose. The Brell Composite index rose too.', { Brell: 'MISC', 'Brell Composite': 'MISC' }, 'Brell Composite', ['Brell']],
    ['two words before a modifier and a noun of kind', 'Dow Kent fell. The Dow Kent Industrial Average fell.', { 'Dow Kent': 'MISC', 'Dow Kent Industrial Average': 'MISC' }, 'Dow Kent Industrial Average', ['Dow Kent']],
    ['the end of a name inside a longer name', 'The Orrin ZenPhone 11 Max is out. The ZenPhone 11 Max sold. The 11 Max is big.', { 'Orrin ZenPhone 11 Max': 'MISC', 'ZenPhone 11 Max': 'MISC', '11 Max': 'MISC' }, 'Orrin ZenPhone 11 Max', ['ZenPhone 11 Max', '11 Max']],
    ['a name before the same name with a designator', 'Home Base fell. Data: THE HOME BASE INC rose.', { 'Home Base': 'ORG', 'THE HOME BASE INC': 'ORG' }, 'Home Base', ['THE HOME BASE INC']],
    ['a two-letter acronym of a two-word name', 'The Ostland Union met. The OU said so.', { 'Ostland Union': 'ORG', OU: 'ORG' }, 'Ostland Union', ['OU']],
    ['a second name given by "also known as"', 'It is written by Ada Vale, also known as Jo Marsh, each week.', { 'Ada Vale': 'PER', 'Jo Marsh': 'PER' }, 'Ada Vale', ['Jo Marsh']],
    ['a second name given by "aka" in brackets', 'The Tarn Front (aka Red Hand) struck.', { 'Tarn Front': 'ORG', 'Red Hand': 'ORG' }, 'Tarn Front', ['Red Hand']],
  ] as const)('merges %s', (_label, text, names, canonical, aliases) => {
    const entities = cluster(text, names as Record<string, EntityType>);
    expect(entities).toHaveLength(1);
    expect(byName(entities, canonical)?.aliases).toEqual(aliases);
  });

  it('keeps a relative who shares the second name apart from an "also known as" pair', () => {
    const entities = cluster('Ada Vale, also known as Jo Marsh, writes it. Her mother Ruth Marsh founded it.', { 'Ada Vale': 'PER', 'Jo Marsh': 'PER', 'Ruth Marsh': 'PER' });
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Ada Vale', ['Jo Marsh']], ['Ruth Marsh', []]]);
  });

  it('merges a plural demonym with its singular', () => {
    const entities = cluster('Iraqi forces moved. The Iraqis claimed victory.', { Iraqi: 'MISC', Iraqis: 'MISC' });
    expect(entities).toHaveLength(1);
    expect(entities[0].name).toBe('Iraqi');
    expect(entities[0].aliases).toEqual(['Iraqis']);
  });
});

describe('clusterEntities: tagger noise', () => {
  it.each([
    ['lower-case words after a name', 'Blige sings Bruce Springsteen', 'Blige'],
    ['a generic noun after an organisation', 'Islamic State group', 'Islamic State'],
    ['name particles kept', 'Hashd al-Shaabi', 'Hashd al-Shaabi'],
    ['of kept', 'Bank of England', 'Bank of England'],
  ])('%s', (_label, tagged, kept) => {
    const m: Mention = { start: 10, end: 10 + tagged.length, text: tagged, type: 'PER' };
    const out = nameSpan(m)!;
    expect(out.text).toBe(kept);
    expect(out.end - out.start).toBe(kept.length);
  });

  it('drops spans that start with a pronoun or a function word', () => {
    for (const junk of ['He didn', 'Following initial', 'What I']) {
      expect(nameSpan({ start: 0, end: junk.length, text: junk, type: 'PER' })).toBeNull();
    }
  });
});

describe('clusterEntities: bad input', () => {
  it('returns nothing for no mentions, and ignores empty mentions', () => {
    expect(clusterEntities('', [])).toEqual([]);
    expect(clusterEntities('  ', [{ start: 0, end: 2, text: '  ', type: 'PER' }])).toEqual([]);
  });

  it('clusters tens of thousands of mentions without blowing up', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Person${i} Surname${i % 50}`);
    const text = names.map((n, i) => `${n} met Surname${i % 50}.`).join(' ');
    const entities = clusterEntities(text, tagNames(text, Object.fromEntries(names.flatMap((n, i) => [[n, 'PER'], [`Surname${i % 50}`, 'PER']]))));
    expect(entities.filter((e) => e.type === 'PER')).toHaveLength(2000);
    expect(entities.reduce((n, e) => n + e.mentions.length, 0)).toBe(4000);
  });
});

describe('clusterEntities: short and long forms of one entity', () => {
  it.each([
    ['designator dropped', 'The Harlow Group bought it. Harlow already held a stake.', { 'The Harlow Group': 'ORG', Harlow: 'PER' }, 'The Harlow Group', ['Harlow']],
    ['designator dropped, read as a place', 'Tamsin Holdings paid $3M. A stake in Tamsin followed.', { 'Tamsin Holdings': 'ORG', Tamsin: 'LOC' }, 'Tamsin Holdings', ['Tamsin']],
    ['head word of an organisation', 'The Riverton Chronicle reported it. The Chronicle says more.', { 'Riverton Chronicle': 'ORG', Chronicle: 'ORG' }, 'Riverton Chronicle', ['Chronicle']],
    ['team by its nickname', 'The Dover Hawks won. The Hawks had lost twice.', { 'Dover Hawks': 'ORG', Hawks: 'ORG' }, 'Dover Hawks', ['Hawks']],
    ['state abbreviation', 'ELMTON, Calif. (AP) — Rain fell across California.', { ELMTON: 'LOC', 'Calif.': 'LOC', California: 'LOC' }, 'California', ['Calif.']],
    ["a country's everyday names", 'Britain objected. The UK later agreed.', { Britain: 'LOC', UK: 'LOC' }, 'Britain', ['UK']],
    ['plural product name', 'The new Zephyr sold out. Older Zephyrs did not.', { Zephyr: 'MISC', Zephyrs: 'ORG' }, 'Zephyr', ['Zephyrs']],
    ['plural acronym', 'The Global Film Awards are on Sunday. The GFAs are televised.', { 'Global Film Awards': 'MISC', GFAs: 'ORG' }, 'Global Film Awards', ['GFAs']],
    ['handle', 'Governor Ray Tull spoke. @RayTull posted a video.', { 'Ray Tull': 'PER', '@RayTull': 'PER' }, 'Ray Tull', ['@RayTull']],
    ['handle tagged without its @', 'Governor Ray Tull spoke. @RayTull posted a video.', { 'Ray Tull': 'PER', RayTull: 'PER' }, 'Ray Tull', ['RayTull']],
    ['initials for a spelled-out first name', 'B. U. Nwosu wrote the bill. Later Benjamin Nwosu defended it.', { 'B. U. Nwosu': 'PER', 'Benjamin Nwosu': 'PER' }, 'Benjamin Nwosu', ['B. U. Nwosu']],
    ['generational suffix', 'Carl Odum Jr. pleaded guilty. Odum was arrested in April.', { 'Carl Odum Jr.': 'PER', Odum: 'PER' }, 'Carl Odum Jr.', ['Odum']],
    ['a state named only by its abbreviation', 'DEKALB, Ill. — The game ended late.', { DEKALB: 'LOC', 'Ill.': 'LOC' }, 'Illinois', ['Ill.']],
    ['a first name and its everyday short form', 'Patrick Odum Jr. pleaded guilty. "Pat Odum is sorry," his lawyer said.', { 'Patrick Odum Jr.': 'PER', 'Pat Odum': 'PER' }, 'Patrick Odum Jr.', ['Pat Odum']],
    ["a team's city read as an organisation", 'The Dover Hawks won. Dover led at half-time.', { 'Dover Hawks': 'ORG', Dover: 'ORG' }, 'Dover Hawks', ['Dover']],
    ['a nationality in front of an organisation', 'The Ostlandian Brotherhood claimed it. The Brotherhood denied it later.', { 'Ostlandian Brotherhood': 'ORG', Brotherhood: 'ORG' }, 'Brotherhood', ['Ostlandian Brotherhood']],
    ["a product without its maker's name", 'The Amazon Echo Buds cost $130. The Echo Buds have Alexa.', { 'Amazon Echo Buds': 'MISC', 'Echo Buds': 'ORG' }, 'Amazon Echo Buds', ['Echo Buds']],
    ['the distinctive word before nouns of kind', 'The Hubel Space Telescope saw it. Hubel also saw oxygen.', { 'Hubel Space Telescope': 'MISC', Hubel: 'MISC' }, 'Hubel Space Telescope', ['Hubel']],
    ["a team's city read as the place, in an article about the team", 'The Dover Hawks won. The Hawks led early, and Dover never trailed.', { 'Dover Hawks': 'ORG', Hawks: 'ORG', Dover: 'LOC' }, 'Dover Hawks', ['Hawks', 'Dover']],
    ['place joined by a particle', 'It stands in Halden am See. Halden voted for it.', { 'Halden am See': 'LOC', Halden: 'LOC' }, 'Halden am See', ['Halden']],
  ] as const)('%s', (_label, text, names, canonical, aliases) => {
    const entities = cluster(text, names as Record<string, EntityType>);
    const e = byName(entities, canonical);
    expect(e, JSON.stringify(entities.map((x) => x.name))).toBeDefined();
    expect(e!.aliases).toEqual(aliases);
  });

  it.each([
    ['a product and its maker', 'Orchard launched Orchard TV+. Orchard said it sold well.', { Orchard: 'ORG', 'Orchard TV+': 'MISC' }],
    ['a place and an organisation named after it', 'Students at Port Ria Polytechnic University fled. Port Ria is tense.', { 'Port Ria Polytechnic University': 'ORG', 'Port Ria': 'LOC' }],
    ['a city and a longer city', 'NEW HARLOW: Flights left Harlow early.', { 'NEW HARLOW': 'LOC', Harlow: 'LOC' }],
    ['a state and a team named after a region of it', 'Illinois voted. Northern Illinois won the game.', { Illinois: 'LOC', 'Northern Illinois': 'ORG' }],
    ['a place before a longer name with a noun of kind', 'Harlow voted. Harlow University closed.', { Harlow: 'LOC', 'Harlow University': 'ORG' }],
    ['a person and a company "formerly" named after them', 'Ann Lee, formerly Lee Foods, spoke.', { 'Ann Lee': 'PER', 'Lee Foods': 'ORG' }],
    ['two organisations sharing a first word', 'Kotar Securities and Kotar Institutional Equities both said so.', { 'Kotar Securities': 'ORG', 'Kotar Institutional Equities': 'ORG' }],
    ['a two-letter abbreviation that only looks like initials', 'The Cleve Browns lost. CB Ian Po played well.', { 'Cleve Browns': 'ORG', CB: 'ORG', 'Ian Po': 'PER' }],
    ['two spelled-out first names', 'Benjamin Nwosu spoke. Later Bola U. Nwosu replied.', { 'Benjamin Nwosu': 'PER', 'Bola U. Nwosu': 'PER' }],
    ['a city and a team named after it', 'The Dover Hawks won. Dover voted on a new stadium.', { 'Dover Hawks': 'ORG', Dover: 'LOC' }],
    ['two people whose first names are no short forms of each other', 'Patricia Odum spoke. Then Patrick Odum, her brother, spoke.', { 'Patricia Odum': 'PER', 'Patrick Odum': 'PER' }],
    ['a place at the end of a longer place', 'Flights left New Harlow. Harlow Bay froze.', { 'New Harlow': 'LOC', 'Harlow Bay': 'LOC' }],
    ['a model after its product line', 'The new Zephyr Pro ships. The Zephyr is older.', { 'Zephyr Pro': 'MISC', Zephyr: 'MISC' }],
    ['a person a place is named after', 'The Kennet Space Center launched it. Kennet was president then.', { 'Kennet Space Center': 'LOC', Kennet: 'PER' }],
    ['a place and a longer name that opens with it', 'NASA studies Vela. Vela Clipper will orbit it. Vela is icy. The Vela Clipper team waits.', { Vela: 'LOC', 'Vela Clipper': 'PER' }],
    ['a person and a plural of the surname', 'Ada Brown spoke. The Browns won.', { 'Ada Brown': 'PER', Browns: 'ORG' }],
    ['two leagues, one opened by a title-like word', 'The Ostal Champions League began. Premier League sides waited.', { 'Ostal Champions League': 'ORG', 'Premier League': 'ORG' }],
    ['a word read as a person before an organisation that opens with it', 'Buses run between Orley and Fenmarsh. The Fenmarsh Traders Association objected. Trains leave Fenmarsh at noon.', { Orley: 'LOC', Fenmarsh: 'PER', 'Fenmarsh Traders Association': 'ORG' }],
  ] as const)('keeps apart %s', (_label, text, names) => {
    const entities = cluster(text, names as Record<string, EntityType>);
    expect(entities.map((e) => e.name)).toHaveLength(Object.keys(names).length);
  });
});
