import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { decideTypes } from '../../../src/core/entities/typing';
import { splitSentences } from '../../../src/core/text/sentences';
import { languageProfile } from '../../../src/core/lang';
import { tagNames } from '../quotes/stages';

function typeOf(text: string, names: Record<string, EntityType>, name: string): EntityType | undefined {
  const entities = decideTypes(text, clusterEntities(text, tagNames(text, names)), splitSentences(text));
  return entities.find((e) => e.name === name)?.type;
}

describe('decideTypes', () => {
  it.each([
    ['a lone word the tagger read as a person', 'Shares of Vantor fell after Vantor cut its forecast.', { Vantor: 'PER' }, 'Vantor', 'ORG'],
    ['a possessive brand', "Rival Holm's was also lower.", { "Holm's": 'PER' }, "Holm's", 'ORG'],
    ['a company designator after a name called "she"', 'Ada Rivers Productions hired staff. She said so.', { 'Ada Rivers Productions': 'PER' }, 'Ada Rivers Productions', 'ORG'],
    ['a company designator', 'Jay Marr Productions denied it.', { 'Jay Marr Productions': 'PER' }, 'Jay Marr Productions', 'ORG'],
    ["an organisation's head word", 'Astronomers at the R.K. Lund Observatory saw it.', { 'R.K. Lund Observatory': 'MISC' }, 'R.K. Lund Observatory', 'ORG'],
    ['a noun of kind before it', 'The moon Keral has an ocean. Keral is cold.', { Keral: 'ORG' }, 'Keral', 'LOC'],
    ['a work noun after it', "He created Tarrow's Legion and Brinford TV series.", { Brinford: 'LOC' }, 'Brinford', 'MISC'],
    ["a place's police", 'A Ferndale police sergeant searched the room.', { Ferndale: 'ORG' }, 'Ferndale', 'LOC'],
    ["a place's possessive", "Singh, 24, from Punjab's Dorra said so.", { Punjab: 'LOC', Dorra: 'PER' }, 'Dorra', 'LOC'],
    ['a speaker the tagger read as a thing', 'Big Label says she may play. Big Label added that it was sorry.', { 'Big Label': 'MISC' }, 'Big Label', 'ORG'],
    ["a maker's product", 'Orrin sells the Orrin Echo Pod. Orrin cut its price.', { Orrin: 'ORG', 'Orrin Echo Pod': 'ORG' }, 'Orrin Echo Pod', 'MISC'],
    ['a team in a result', 'Eastern Vale rolled past Northern Vale, 45-17, on Tuesday.', { 'Eastern Vale': 'LOC', 'Northern Vale': 'LOC' }, 'Eastern Vale', 'ORG'],
    ['a place named before a bridge', 'A bus link over the Storby bridge opened.', { Storby: 'MISC' }, 'Storby', 'LOC'],
    ['an event', 'She will play at the Global Film Awards on Sunday.', { 'Global Film Awards': 'ORG' }, 'Global Film Awards', 'MISC'],
    ['a product by the noun after it', 'It sells the Vigil Patient Watch solution to hospitals.', { 'Vigil Patient Watch': 'ORG' }, 'Vigil Patient Watch', 'MISC'],
    ['a platform', 'She posted on Chirper last week.', { Chirper: 'MISC' }, 'Chirper', 'ORG'],
    ['a kind named before "such as"', 'No credible news outlet, such as Dorrit, reported it.', { Dorrit: 'PER' }, 'Dorrit', 'ORG'],
    ['every item of a list after "such as"', 'Platforms (DSPs) such as Brellio, Tamm and Oskar grew.', { Brellio: 'MISC', Tamm: 'MISC', Oskar: 'PER' }, 'Oskar', 'ORG'],
    ['the agent of a passive', 'Analysts surveyed by Quintar expected a loss.', { Quintar: 'MISC' }, 'Quintar', 'ORG'],
    ['a kind in an appositive before it', 'The group that owns her songs, Harrow Tone, objected.', { 'Harrow Tone': 'MISC' }, 'Harrow Tone', 'ORG'],
    ["a forum's name", 'said a fellow at the Kessel Policy Forum in Ostland.', { 'Kessel Policy Forum': 'MISC' }, 'Kessel Policy Forum', 'ORG'],
    ['a lone word paired with a place', 'Ferries run between Port Vell and Fenmarsh. Trains leave Fenmarsh at noon.', { 'Port Vell': 'LOC', Fenmarsh: 'PER' }, 'Fenmarsh', 'LOC'],
    ['a lone word after prepositions of place', 'Shops in Fenmarsh shut. The last train from Fenmarsh left.', { Fenmarsh: 'PER' }, 'Fenmarsh', 'LOC'],
    ['a predicate noun after "is a"', 'Vantor is a global solutions provider. Vantor grew.', { Vantor: 'LOC' }, 'Vantor', 'ORG'],
    ["a place's possessive after a preposition of place", "He came from Ostland's Dorra last year.", { Ostland: 'LOC', Dorra: 'MISC' }, 'Dorra', 'LOC'],
    ['a dateline in capitals', 'Intro.\nDORRA FALLS, S.D. – People were calm in Dorra Falls.', { 'DORRA FALLS': 'PER', 'Dorra Falls': 'PER' }, 'Dorra Falls', 'LOC'],
    ['an item of a list whose others are no people', "Clients include Dorn, Macky's, Kell's, NBX, Fenn and others.", { Dorn: 'ORG', "Macky's": 'PER', "Kell's": 'PER', NBX: 'ORG', Fenn: 'LOC' }, 'Fenn', 'ORG'],
    ['a law', 'The Harbour Rights and Fishing Act passed the Senate.', { 'Harbour Rights and Fishing Act': 'ORG', Senate: 'ORG' }, 'Harbour Rights and Fishing Act', 'MISC'],
    ['a street', 'The lane runs to Central Avenue.', { 'Central Avenue': 'MISC' }, 'Central Avenue', 'LOC'],
    ['a place by its residents', 'Residents of Kaiby complained about the noise.', { Kaiby: 'MISC' }, 'Kaiby', 'LOC'],
    ["a company by its officer", 'He was the CEO of Hipkit, a mobile marketing company, until 2014.', { Hipkit: 'MISC' }, 'Hipkit', 'ORG'],
    ['a pair of works', "He made FX's Legia and Fargon TV series.", { Legia: 'ORG', Fargon: 'ORG' }, 'Legia', 'MISC'],
    ['a name after "a mission called"', 'NASA is building a mission called Vela Clipper. Vela Clipper will fly.', { 'Vela Clipper': 'PER' }, 'Vela Clipper', 'MISC'],
    ['a place by its appositive', 'Carl Odum, 55, of Addby, a village southwest of Ithaca, pleaded guilty.', { Addby: 'ORG', Ithaca: 'LOC', 'Carl Odum': 'PER' }, 'Addby', 'LOC'],
    ['a brand before its goods', 'We also won Tony Mola cosmetics.', { 'Tony Mola': 'PER' }, 'Tony Mola', 'ORG'],
    ['a short acronym', 'The AP reported it, and the AP said more.', { AP: 'MISC' }, 'AP', 'ORG'],
    ['a town its families live in', 'Most families in Kessby had moved there for the mill.', { Kessby: 'ORG' }, 'Kessby', 'LOC'],
    ['a title in quotation marks', 'He was voted off “ Dancing on Ice.” Fans of Dancing on Ice were sad.', { 'Dancing on Ice': 'ORG' }, 'Dancing on Ice', 'MISC'],
    ['a team written with "the"', 'Dover Hawks won. Dover Hawks scored twice, and the Hawks held on.', { 'Dover Hawks': 'PER', Hawks: 'PER' }, 'Dover Hawks', 'ORG'],
    ['an item of a list', 'Clients included Ardo, Belvin, Carrow, Dunmore and Fenn.', { Ardo: 'ORG', Belvin: 'ORG', Carrow: 'ORG', Dunmore: 'ORG', Fenn: 'LOC' }, 'Fenn', 'ORG'],
  ] as const)('%s', (_label, text, names, name, type) => {
    expect(typeOf(text, names as Record<string, EntityType>, name)).toBe(type);
  });

  it.each([
    ['a full name', 'Ada Vantor spoke. Vantor left.', { 'Ada Vantor': 'PER', Vantor: 'PER' }, 'Ada Vantor', 'PER'],
    ['a surname after a title', 'Senator Brell voted no.', { Brell: 'PER' }, 'Brell', 'PER'],
    ['a surname the article calls "she"', 'Brell arrived late. She said the vote was lost.', { Brell: 'PER' }, 'Brell', 'PER'],
    ['a surname after a role noun', 'The drive ended when quarterback Brell fumbled.', { Brell: 'PER' }, 'Brell', 'PER'],
    ['a person after a noun that describes people and firms', 'Hungarian-American investor Gil Sorel spoke.', { 'Gil Sorel': 'PER' }, 'Gil Sorel', 'PER'],
    ["an organisation's work", 'An upcoming Streamflix documentary covers it.', { Streamflix: 'ORG' }, 'Streamflix', 'ORG'],
    ["a team named for its city", 'Cleveland won. The Cleveland Browns lost later.', { Cleveland: 'ORG', 'Cleveland Browns': 'ORG' }, 'Cleveland Browns', 'ORG'],
    ['a body opened by a place noun', 'The bill passed the state Senate on Monday.', { Senate: 'ORG' }, 'Senate', 'ORG'],
    ['a place before goods', 'The UK bikes are covered too.', { UK: 'LOC' }, 'UK', 'LOC'],
    ['a name opening a quotation', '“Ada Vantor told me,” he said. Vantor left.', { 'Ada Vantor': 'PER', Vantor: 'PER' }, 'Ada Vantor', 'PER'],
    ['a person whose name modifies a noun after "the"', 'Ada Vantor spoke. The move angered the Ada Vantor campaign.', { 'Ada Vantor': 'PER' }, 'Ada Vantor', 'PER'],
    ['a product that opens a clause', 'With Sono Move, the company made a speaker.', { 'Sono Move': 'MISC' }, 'Sono Move', 'MISC'],
    ['a country named a union', 'The Soviet Union collapsed in 1991.', { 'Soviet Union': 'LOC' }, 'Soviet Union', 'LOC'],
    ['a city and its state in a list', 'She works in Greenbelt, Maryland, and Vale University in Dover.', { Greenbelt: 'LOC', Maryland: 'LOC', 'Vale University': 'ORG', Dover: 'LOC' }, 'Greenbelt', 'LOC'],
    ['people named after "such as"', 'Politicians such as Ada Vantor and Bo Lind came.', { 'Ada Vantor': 'PER', 'Bo Lind': 'PER' }, 'Bo Lind', 'PER'],
    ['a place after "such as"', 'Countries such as Ostland voted.', { Ostland: 'LOC' }, 'Ostland', 'LOC'],
    ['a person written by someone', 'The book was released by Ada Vantor.', { 'Ada Vantor': 'PER' }, 'Ada Vantor', 'PER'],
    ['a work after a passive of inspiration', 'The film was inspired by Star Rangers.', { 'Star Rangers': 'MISC' }, 'Star Rangers', 'MISC'],
    ['a lone word paired with a person, read as an organisation', 'Vantor and Ada Lind both sued.', { Vantor: 'PER', 'Ada Lind': 'PER' }, 'Vantor', 'ORG'],
    ['a name whose predicate noun is no kind', 'Ostland is a good place to be. Ostland voted.', { Ostland: 'LOC' }, 'Ostland', 'LOC'],
    ['a name in capitals opening a line without a dateline', 'Intro.\nADA LIND said she was calm. Ada Lind left.', { 'ADA LIND': 'PER', 'Ada Lind': 'PER' }, 'Ada Lind', 'PER'],
    ['a surname in s modifying a noun after "the"', 'Ada Rivers spoke. Aides in the Rivers campaign cheered.', { 'Ada Rivers': 'PER', Rivers: 'PER' }, 'Ada Rivers', 'PER'],
    ['a person once named in quotation marks', 'Ada Marlow spoke. Marlow voted. A fan shouted “Marlow,” and Marlow waved.', { 'Ada Marlow': 'PER', Marlow: 'PER' }, 'Ada Marlow', 'PER'],
    ['a full name called "she" against one cue of a context', 'Ada Rivers is a firm believer in rules. She said so.', { 'Ada Rivers': 'PER' }, 'Ada Rivers', 'PER'],
    ["an index a country's possessive names", "Japan's Nikkei futures lost 0.66%.", { Japan: 'LOC', Nikkei: 'MISC' }, 'Nikkei', 'MISC'],
  ] as const)('keeps %s', (_label, text, names, name, type) => {
    expect(typeOf(text, names as Record<string, EntityType>, name)).toBe(type);
  });
});

describe('decideTypes: the role words of the article’s language mark a person', () => {
  const typed = (lang: string | undefined, text: string, names: Record<string, EntityType>, name: string) => {
    const profile = lang ? languageProfile(lang) : undefined;
    return decideTypes(text, clusterEntities(text, tagNames(text, names), profile), splitSentences(text), profile).find((e) => e.name === name)?.type;
  };

  it.each([
    ['pt', 'a Portuguese title before a one-word name', 'O presidente Lula chegou a Recife. Lula falou.', 'Lula', 'PER'],
    ['es', 'a Spanish title before a one-word name', 'La alcaldesa Vidal inauguró el puente. Vidal sonrió.', 'Vidal', 'PER'],
    ['pt', 'a one-word name with no mark of a person', 'A Tavora subiu na bolsa. Tavora lucrou mais.', 'Tavora', 'ORG'],
    [undefined, 'a Portuguese title in an English article', 'O presidente Lula chegou a Recife. Lula falou.', 'Lula', 'ORG'],
  ] as const)('%s: %s', (lang, _label, text, name, type) => {
    expect(typed(lang, text, { [name]: 'PER' }, name)).toBe(type);
  });
});
