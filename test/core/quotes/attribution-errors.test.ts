// One table per group of speaker errors that issue 13 found on held-out news, plus the two quote items of issue 19.
// Every case is a short invented sentence; the null cases must NOT get a speaker.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { quoteOpening, runStages } from './stages';

type Case = [label: string, text: string, opening: string, speaker: string | null];

const NAMES: Record<string, EntityType> = {
  'Maria Lopez': 'PER',
  Lopez: 'PER',
  'Tom Reed': 'PER',
  Reed: 'PER',
  'Ann Grant': 'PER',
  Grant: 'PER',
  'Ben Ortiz': 'PER',
  Ortiz: 'PER',
  'Carl Weber': 'PER',
  Weber: 'PER',
  'Acme Foods': 'ORG',
  'City Hall': 'ORG',
  Springfield: 'LOC',
  Ohio: 'LOC',
};

function check([, text, opening, speaker]: Case): void {
  const q = quoteOpening(runStages(text, NAMES), opening);
  expect(q, `quote opening "${opening}"`).toBeDefined();
  expect(q!.speaker).toBe(speaker);
}

describe('no speaker although the text names one', () => {
  it.each<Case>([
    ['as X puts it', 'As Tom Reed puts it, “the budget is a promise we cannot keep.”', 'the budget', 'Tom Reed'],
    ['X chimed in', '“We will be there on Monday,” Ann Grant chimed in.', 'We will be there', 'Ann Grant'],
    ['X emailed someone', 'Maria Lopez emailed her staff: “The office closes early today.”', 'The office closes', 'Maria Lopez'],
    ['X criticized Y for “…”', 'Tom Reed criticized Ann Grant for “wasting the council’s time on this.”', 'wasting the council', 'Tom Reed'],
    ['a cue in a Title Case headline', 'Reed Joked the Plan Was “Too Risky for Anyone”\n\nThe mayor spoke on Monday.', 'Too Risky', 'Reed'],
    ['a document as the source', 'The memo began, “All staff must report by nine.”', 'All staff must', 'The memo'],
    ['disclosures show', 'Financial disclosures show “no income from the company in 2020.”', 'no income from', 'Financial disclosures'],
    ['the subject of a sentence with no verb of saying', 'Maria Lopez has long pushed her promise of “free buses for every child.”', 'free buses', 'Maria Lopez'],
    ['a crowd cried out', '“No!” the crowd cried out.', 'No!', 'the crowd'],
    ['a noun phrase after an adverbial clause opener', 'Tom Reed said, “The wall will rise” - at which point the crowd chanted “Build it now!”', 'Build it now', 'the crowd'],
    ['a line that signs a quote paragraph', 'The claims were checked.\n\n“Taxes went up every year I was in office.”\n\n- Tom Reed.\n\nThat is not quite right.', 'Taxes went up', 'Tom Reed'],
    ['a news agency credit is no signature', 'The claims were checked.\n\n“Taxes went up every year I was in office.”\n\n- Acme Foods.\n\nThat is not quite right.', 'Taxes went up', null],
    ['a section heading between dashes is no signature', 'The claims were checked.\n\n“Taxes went up every year I was in office.”\n\n– A rising star –\n\nThat is not quite right.', 'Taxes went up', null],
    ['a quote inside its paragraph is not signed by the next line', 'Tom Reed spoke. The crowd shouted “Taxes went up every year!”\n\n- Ann Grant.', 'Taxes went up', 'The crowd'],
    ['bemoaned', 'Tom Reed also bemoaned a town in which neighbours “barely speak to each other.”', 'barely speak', 'Tom Reed'],
    ['implied', 'Ann Grant then implied that the council should be “sent home for good.”', 'sent home for', 'Ann Grant'],
    ['an inverted "beamed"', '“This is fantastic!” beamed Carl Weber of Springfield.', 'This is fantastic', 'Carl Weber'],
    ['"indicated" with a text as the source', 'The memo indicated that the plan was “not ready for a vote.”', 'not ready for', 'The memo'],
    ['an inverted "reacted"', '“Is that all you have?” reacted Tom Reed.', 'Is that all', 'Tom Reed'],
    ['went on', '“We tried,” Tom Reed said. “It failed,” Reed went on.', 'It failed', 'Tom Reed'],
    ['a source between a dash and a colon', 'Pollsters agree - Ann Grant: “Keep calling voters until the very last day.”', 'Keep calling', 'Ann Grant'],
    ['a dash before a colon with no name', 'The result was clear - and then: “Keep calling voters until the very last day.”', 'Keep calling', null],
    ['a bare verb after a modal', 'The hall was empty, so a spokesman for Tom Reed could only quip: “I guess Monday was booked.”', 'I guess Monday', 'a spokesman for Tom Reed'],
    ['an organisation noun as the source', '“We will not sell the land,” the organization wrote.', 'We will not sell', 'the organization'],
    ['a long description of a source "familiar with"', '“The vote will be close,” said one well-connected Democrat familiar with the council’s plans.', 'The vote will be', 'one well-connected Democrat familiar with the council’s plans'],
  ])('%s', (...c) => check(c));

  it('gives a cue-less paragraph between two paragraphs of one speaker to that speaker', () => {
    const text = ['“We are ready,” Ann Grant said at the start.', 'The hall went quiet. “Nobody will be left behind.”', '“We start tomorrow,” Grant added.'].join('\n\n');
    const out = runStages(text, NAMES);
    expect(quoteOpening(out, 'Nobody will be')!.speaker).toBe('Ann Grant');
  });

  it('does not bridge a cue-less paragraph between two different speakers', () => {
    const text = ['“We are ready,” Ann Grant said.', 'The hall went quiet. “Nobody will be left behind.”', '“We start tomorrow,” Tom Reed said.'].join('\n\n');
    expect(quoteOpening(runStages(text, NAMES), 'Nobody will be')!.speaker).not.toBe('Ann Grant');
  });
});

describe('the wrong nearby person', () => {
  it.each<Case>([
    ['a when clause before the main clause', 'When Tom Reed said the vote was close, Ann Grant responded, “Close is not enough.”', 'Close is not enough', 'Ann Grant'],
    ['a though clause', 'Though Tom Reed disagreed, Maria Lopez said “the plan is final.”', 'the plan is final', 'Maria Lopez'],
    ['a name inside the reported content', 'Ann Grant said that Tom Reed had called the deal “a gift to Acme Foods.”', 'a gift to', 'Ann Grant'],
    ['according to after a speaker with a cue', 'Tom Reed told the crowd he would “fight for every job,” according to the Springfield Herald.', 'fight for every job', 'Tom Reed'],
    ['via after a speaker with a cue', 'Maria Lopez wrote that the fund was “empty by June,” via a local paper.', 'empty by June', 'Maria Lopez'],
    ['an object of "thanked" is no speaker', 'Ben Ortiz thanked Carl Weber for “keeping the lights on.”', 'keeping the lights', 'Ben Ortiz'],
    ['a place after the name', 'Ben Ortiz of Springfield, Ohio, says the mayor will “win by a mile.”', 'win by a mile', 'Ben Ortiz'],
    ['a coordinated subject as a whole', 'Sens. Tom Reed, Ann Grant and Maria Lopez said “the bill is dead.”', 'the bill is dead', 'Sens. Tom Reed, Ann Grant and Maria Lopez'],
    ['a description without its closing comma is a parenthetical cue’s subject', 'Maria Lopez, a top aide said, “is ready for the debate.”', 'is ready for', 'a top aide'],
    ['an appositive with both commas is the name’s', 'Maria Lopez, a top aide, said “the debate is on.”', 'the debate is on', 'Maria Lopez'],
    ['a description closed by a relative clause is the name’s', 'Maria Lopez, a Springfield native who writes “short stories about the sea,” spoke.', 'short stories', 'Maria Lopez'],
    ['a clause joined by "as" with its own cue', 'Tom Reed said as the heckler yelled: “You are done!”', 'You are done', 'the heckler'],
    ['an "as" clause without a cue changes nothing', 'Tom Reed said, as the crowd left, “We will be back.”', 'We will be back', 'Tom Reed'],
    ['a verb right after "but" shares the sentence’s subject', 'The spokesman declined to comment but said there was no meeting with Tom Reed, adding: “We will see.”', 'We will see', 'The spokesman'],
    ['a name after a preposition is no participle’s subject', 'After a meeting with Tom Reed, a new rule came out, calling it “a fresh start for the town.”', 'a fresh start', null],
    ['a name right before a participle is its subject', 'The crowd grew loud, with Tom Reed reportedly yelling: “Get out of here!”', 'Get out of here', 'Tom Reed'],
    ['a long appositive with a relative clause and a second description', 'Ann Grant, a professor who once worked for Tom Reed, one of the plan’s authors, called it “a big step for the town.”', 'a big step', 'Ann Grant'],
    ['a lower-case description between commas', 'Carl Weber, co-founder of the club and a critic of the plan, welcomed “the vote to keep the park.”', 'the vote to keep', 'Carl Weber'],
    ['an "as" inside an appositive joins no clauses', 'Tom Reed, who served as mayor, interjected to say: “Both of them changed their minds.”', 'Both of them', 'Tom Reed'],
    ['a cue inside the next sentence belongs to the quote it leads into', '“Maybe we were wrong,” Tom Reed said. “We tried to be kind.” Ohio, he said, was “where we have a real chance.”', 'We tried to be kind', 'Tom Reed'],
    ['a sentence opening with its own cue still attributes the quote before', '“Is it over?” Ann Grant asked. “I am not sure the vote is done, right?” Tom Reed remarked, smiling, “we will see.”', 'I am not sure', 'Tom Reed'],
    ['a relative clause with its own cue speaks the quote after it', 'Ann Grant said the plan was strong, to which Tom Reed interjected: “It is just not true.”', 'It is just not true', 'Tom Reed'],
    ['a place closing the description before the verb', 'Ben Ortiz, who lives outside the state capital, Springfield, said he still “hopes for a miracle.”', 'hopes for a miracle', 'Ben Ortiz'],
    ['an age and a place in the description', 'Ben Ortiz, 22, of Springfield, Ohio, said he would “never vote for that.”', 'never vote for', 'Ben Ortiz'],
    ['a capitalised word closing a relative clause', 'Ben Ortiz, who identifies as Catholic, told the paper the sale was “a mistake from the start.”', 'a mistake from', 'Ben Ortiz'],
    ['a person named in the description is not skipped', 'Ben Ortiz, a friend of Tom Reed, said the sale was “a mistake from the start.”', 'a mistake from', 'Ben Ortiz'],
    ['a clause after "while" is not the quote’s cue', 'Ann Grant said she would “back the winner,” while Tom Reed and Carl Weber suggested they would wait.', 'back the winner', 'Ann Grant'],
    ['a postposed "though" is no new clause', 'Admitting that the plan “needs more work,” though, Tom Reed said it would pass.', 'needs more work', 'Tom Reed'],
    ['an inverted cue closing the sentence of a partial quote', 'The vote signals “the end of an era” for the town, said Tom Reed, the mayor.', 'the end of an era', 'Tom Reed'],
    ['with a title before the name', 'The vote signals “the end of an era” for the town, said Springfield College professor Ann Grant.', 'the end of an era', 'Ann Grant'],
    ['"said to be" closes no sentence with a speaker', 'The vote marks “the end of an era” for the town, said to be the oldest in Ohio.', 'the end of an era', null],
    ['with no verb of saying, the subject of the clause after "while"', 'Tom Reed signed an order on Monday, while Ann Grant, the former mayor, proposed we “start over from scratch.”', 'start over from', 'Ann Grant'],
    ['with no verb of saying and no second clause, the sentence’s subject', 'Tom Reed signed an order on Monday that would “start over from scratch.”', 'start over from', 'Tom Reed'],
    ['a verb after "but" and an adverb shares the sentence’s subject', 'Ann Grant used to back Tom Reed, but now said the plan had “the best chance to win.”', 'the best chance', 'Ann Grant'],
    ['adjectives split by a comma before the noun', '“I made the park my priority,” the tall, 71-year-old mayor said.', 'I made the park', 'the tall, 71-year-old mayor'],
    ['coordinated clauses are not one subject', 'Tom Reed attacked Ann Grant and Maria Lopez said “enough is enough.”', 'enough is enough', 'Maria Lopez'],
    ['a next sentence reporting its own clause is not the closed quote’s cue', '“The rules are clear,” Ann Grant told reporters. “We follow them.” Tom Reed said he would have done the same.', 'We follow them', 'Ann Grant'],
    ['a next sentence that is only the cue still is', '“The rules are clear,” Ann Grant told reporters. “We follow them.” Tom Reed said.', 'We follow them', 'Tom Reed'],
    ['a verb after "and" shares a pronoun subject past a time opener', 'Maria Lopez runs the shelter.\n\nTwo years ago, she left Acme Foods and said, “I wanted a town of my own.”', 'I wanted a town', 'Maria Lopez'],
    ['a verb after "and" shares a subject past a time opener, named', 'Two years ago, Maria Lopez left Acme Foods and said, “I wanted a town of my own.”', 'I wanted a town', 'Maria Lopez'],
    ['a name after "and" in a description is no clause’s subject', 'Ben Ortiz, pastor of the Springfield church and a Tom Reed supporter, said: “We pray for every candidate.”', 'We pray for', 'Ben Ortiz'],
    ['a new clause after "and" keeps its own subject', 'Ben Ortiz spoke first, and Tom Reed, the mayor, said: “We pray for every candidate.”', 'We pray for', 'Tom Reed'],
  ])('%s', (...c) => check(c));
});

describe('a pronoun resolved to the wrong person', () => {
  it('follows the grammatical subject, not a name in object position', () => {
    const text = ['“We will rebuild,” Ann Grant said.', 'The council praised Tom Reed for his work on the bridge.', '“It took ten years,” she said.'].join('\n\n');
    expect(quoteOpening(runStages(text, NAMES), 'It took ten years')!.speaker).toBe('Ann Grant');
  });

  it('takes the main clause subject, not the person of a "while" clause', () => {
    const text = 'While Tom Reed spoke of taxes, Maria Lopez insisted that change would come.\n\n“Nothing happens without a fight,” she said.';
    expect(quoteOpening(runStages(text, NAMES), 'Nothing happens')!.speaker).toBe('Maria Lopez');
  });

  it.each<Case>([
    ['a name after its title opens the sentence as its subject', '“We will vote no,” Tom Reed said.\n\nAcme Foods spokesman Carl Weber said the vote would go ahead. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['a qualified title too', '“We will vote no,” Tom Reed said.\n\nThe former Acme Foods spokesman Carl Weber called the vote fair. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['an unnamed speaker keeps the gender its description states', 'Maria Lopez arrived early.\n\n“We are ready,” a man in the crowd said. “So are we,” she said.', 'So are we', 'Maria Lopez'],
    ['an unnamed speaker once called "he" is no "she"', 'Maria Lopez arrived early.\n\n“We are ready,” the host said. “Are you?” he asked. “Always,” she said.', 'Always', 'Maria Lopez'],
    ['and keeps a pronoun of that gender', 'Maria Lopez arrived early.\n\n“We are ready,” a man in the crowd said. “So are we,” he said.', 'So are we', 'a man in the crowd'],
    ['an age before the name keeps it the subject', '“We will vote no,” Tom Reed said.\n\nIn Springfield, 62-year-old Carl Weber also spoke. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['a titled name after a verb stays an object', '“We will vote no,” Tom Reed said.\n\nThe council praised former spokesman Carl Weber for his work. “Nothing has changed,” he said.', 'Nothing has changed', 'Tom Reed'],
  ])('%s', (...c) => check(c));

  it.each<Case>([
    ['the reporter of a sentence is its topic', 'Tom Reed won the crowd over, Carl Weber said. “He was sharp,” he said.', 'He was sharp', 'Carl Weber'],
    ['an inverted reporter too', 'Tom Reed won the crowd over, said Carl Weber, a teacher. “He was sharp,” he said.', 'He was sharp', 'Carl Weber'],
    ['a name after a verb that takes an object is no reporter', 'Tom Reed won the crowd over, thanking Carl Weber. “It was easy,” he said.', 'It was easy', 'Tom Reed'],
    ['a name reported after "said" does not take the focus', '“We will vote no,” Tom Reed said.\n\nAsked who leads, he said Carl Weber. “He has the votes,” he said.', 'He has the votes', 'Tom Reed'],
    ['an inverted "said" keeps its name', 'Tom Reed left early. “He has the votes,” said Carl Weber. “We know it,” he said.', 'We know it', 'Carl Weber'],
    ['a sentence without a reporting clause keeps its subject', 'Tom Reed won the crowd over before Carl Weber arrived. “It was easy,” he said.', 'It was easy', 'Tom Reed'],
  ])('%s', (...c) => check(c));

  it.each<Case>([
    ['a sentence whose subject is the same pronoun keeps its referent', 'Tom Reed drew a line between himself and rival Carl Weber. He said he and Weber differ on taxes. He also asked whether voters want “a tax on every family.”', 'a tax on every', 'Tom Reed'],
    ['the ’s of "has" keeps a name the subject', '“We will vote no,” Tom Reed said.\n\nCarl Weber’s been saying for weeks that the vote is rigged. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['a possessor does not take the focus', '“We will vote no,” Tom Reed said.\n\nCarl Weber’s staff said the vote is rigged. “Nothing has changed,” he said.', 'Nothing has changed', 'Tom Reed'],
    ['a title with a party and a role before the name', '“We will vote no,” Tom Reed said.\n\nRepublican presidential candidate Carl Weber says he is staying in. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['a live-blog time stamp opens the sentence', '“We will vote no,” Tom Reed said.\n\n9:18 p.m. Carl Weber is thanking his staff. “Nothing has changed,” he said.', 'Nothing has changed', 'Carl Weber'],
    ['a sentence whose subject is another pronoun changes nothing', 'Maria Lopez met rival Carl Weber. She said Weber would lose. He also asked whether voters want “a tax on every family.”', 'a tax on every', 'Carl Weber'],
  ])('%s', (...c) => check(c));

  it('never resolves "he" to a building the tagger typed as a person', () => {
    const text = 'Tom Reed arrived early.\n\nReed Tower was quiet that day. “We won,” he said.';
    expect(quoteOpening(runStages(text, { ...NAMES, 'Reed Tower': 'PER' }), 'We won')!.speaker).toBe('Tom Reed');
  });

  it('learns no gender from a pronoun in a sentence that names two people', () => {
    const text = [
      'Tom Reed met Maria Lopez, and she told him the plan was ready.',
      'Reed spoke to reporters afterwards.',
      '“The plan is ready,” he said.',
    ].join('\n\n');
    expect(quoteOpening(runStages(text, NAMES), 'The plan is ready')!.speaker).toBe('Tom Reed');
  });
});

describe('a fragment of the sentence as the speaker', () => {
  it.each<Case>([
    ['a pronoun and its verb', 'He went on: “The numbers do not lie.”', 'The numbers', null],
    ['a subject with an auxiliary', 'Other city officials haven’t approved the plan, two aides said, calling it “a long shot.”', 'a long shot', 'two aides'],
    ['a bare determiner is no speaker', 'The “new deal for workers,” the said.', 'new deal', null],
    ['a time adjunct is trimmed', '“We are closing the plant,” Carl Weber said on Tuesday.', 'We are closing', 'Carl Weber'],
    ['an age between commas', 'Ben Ortiz, 70, said, “I have seen worse winters.”', 'I have seen', 'Ben Ortiz'],
    ['an untagged capitalised word opening the sentence', 'Contrast that with Tom Reed, who has called the plan “insanity.”', 'insanity', null],
    ['"Another" opening the sentence is one of those quoted', '“We want a park,” one neighbour said. Another said the plan was “a waste of money.”', 'a waste of', 'Another'],
    ['a noun that names no speaker', 'As the race has turned south, the “systemic problems” of the city remain.', 'systemic problems', null],
  ])('%s', (...c) => check(c));
});

describe('descriptions and organisations are kept as written', () => {
  it.each<Case>([
    ['a spokesman of a named company', 'An Acme Foods spokesman said “the recall is voluntary.”', 'the recall is', 'An Acme Foods spokesman'],
    ['an organisation as the source', 'The Acme Foods campaign sent a letter saying “prices will fall.”', 'prices will fall', 'The Acme Foods campaign'],
    ['"it" is the text named just before', 'The memo went out on Friday. “All staff must report by nine,” it read.', 'All staff must', 'The memo'],
    ['"it" is the body quoted before', 'City Hall said the roads were open. “Drivers should still take care,” it added.', 'Drivers should', 'City Hall'],
    ['"it" is a text named with its source', 'Monday’s memo from the board seemed aimed at the critics. “We met every deadline,” it stated.', 'We met every deadline', 'Monday’s memo from the board'],
    ['"they" and a bare verb', 'Acme Foods met the union on Friday. “We want a fair deal,” they conclude.', 'We want a fair deal', 'Acme Foods'],
    ['"it" is never a nationality', 'The memo went out on Friday. Two Americans were hurt at the gate. “Send help now,” it reads.', 'Send help now', 'The memo'],
    ['"it" is never a person', 'Tom Reed spoke on Friday. “We are done here,” it said.', 'We are done', null],
    ['a capitalised common noun opening the sentence is a group, no one "she" refers to', 'Maria Lopez runs the shelter. Friends say she “never sleeps before midnight.” “I sleep enough,” she said.', 'I sleep enough', 'Maria Lopez'],
    ['an unnamed source near a name', 'Tom Reed left early. A senior aide said “the talks will resume.”', 'the talks will resume', 'A senior aide'],
    ['a text after a preposition carries the words', 'Ann Grant posted her reply under a headline that said, “The park is ours.”', 'The park is ours', 'a headline'],
    ['one of several texts', 'Her backers tied Tom Reed to the mayor, with one of her ads asking, “Is Tom Reed ready?”', 'Is Tom Reed ready', 'one of her ads'],
    ['a text with "read" before it', '“The park belongs to everyone in town,” read the statement.', 'The park belongs', 'the statement'],
    ['a public body that issued a statement', 'The town released a statement on Monday saying the claims “are not based on facts.”', 'are not based', 'The town'],
    ['a crowd that chants after a participle', 'Hundreds of angry demonstrators marched through Springfield on Monday, chanting “No more cuts!”', 'No more cuts', 'Hundreds of angry demonstrators'],
    ['a thing that issues no statement', 'The river rose on Monday, flooding what locals call “the low road.”', 'the low road', null],
    ['a described person after a participle opener', 'Ann Grant, the mayor, arrived late.\n\nRecalling an old line, the mayor talked about “a town for everyone.”', 'a town for', 'Ann Grant'],
    ['a lawsuit as the source', '“The town must pay for the damage,” the suit reads.', 'The town must pay', 'the suit'],
    ['the one who issued a text speaks, not the text', 'Ann Grant issued a statement saying, “The park is ours.”', 'The park is ours', 'Ann Grant'],
    ['a text named earlier in the sentence is no carrier', 'Ann Grant said in a statement that Tom Reed “has a long record on parks.”', 'has a long record', 'Ann Grant'],
    ['a description past "close to"', '“The talks will resume,” said a person close to Tom Reed.', 'The talks will', 'a person close to Tom Reed'],
    ['an adviser to a named person is not that person', '“He will not run,” said a longtime adviser to Tom Reed.', 'He will not run', 'a longtime adviser to Tom Reed'],
    ['a description past "involved in" and "known as"', '“It was planned for months,” said one official involved in the talks. “We knew,” said the aide known as Bob.', 'It was planned', 'one official involved in the talks'],
    ['"known as"', '“We knew,” said the aide known as Bob.', 'We knew', 'the aide known as Bob'],
    ['two titles of one person joined by "and"', '“We knew,” said former Springfield Gov. and party Chairman Tom Reed.', 'We knew', 'Tom Reed'],
    ['after a name the preposition still ends the phrase', '“We knew,” said Tom Reed to reporters.', 'We knew', 'Tom Reed'],
    ['a title before "of" keeps the name', '“We knew,” said the Secretary of State Ann Grant.', 'We knew', 'Ann Grant'],
  ])('%s', (...c) => check(c));

  it('resolves a description to the person the article gave that role, shown with it', () => {
    const text = 'Carl Weber, the actor, arrived late.\n\n“I love this town,” the actor said.';
    const q = quoteOpening(runStages(text, NAMES), 'I love this town')!;
    expect(q.speaker).toBe('Carl Weber');
    expect(q.speakerDescription).toBe('the actor');
    expect(q.speakerKind).toBe('named');
  });

  it('does not resolve a description no one in the article was given', () => {
    const text = 'Carl Weber, the actor, arrived late.\n\n“I love this town,” the senator said.';
    expect(quoteOpening(runStages(text, NAMES), 'I love this town')!.speaker).toBe('the senator');
  });

  it.each<[string, string, string, string]>([
    ['named', '“We won,” said Ann Grant.', 'We won', 'named'],
    ['unnamed', '“We won,” a party official said.', 'We won', 'unnamed'],
    ['document', 'The report said “costs doubled in a year.”', 'costs doubled', 'document'],
    ['pronoun', 'Ann Grant arrived.\n\n“We won,” she said.', 'We won', 'pronoun'],
  ])('speaker kind %s', (_k, text, opening, kind) => {
    expect(quoteOpening(runStages(text, NAMES), opening)!.speakerKind).toBe(kind);
  });
});

describe('titles, nicknames, terms and scare quotes get no speaker (issues 13 and 19)', () => {
  it.each<[string, string, string, 'title' | 'term']>([
    ['a programme after "on"', 'Tom Reed said on “Morning Report” that taxes would rise.', 'Morning Report', 'title'],
    ['a book', 'Maria Lopez wrote the book “The Long Road Home” in 2010.', 'The Long Road', 'title'],
    ['a nickname between names', 'Tom “The Hammer” Reed said the deal was done.', 'The Hammer', 'term'],
    ['a so-called term', 'The so-called “green deal” was voted down.', 'green deal', 'term'],
    ['a one-word scare quote with no cue', 'Critics of the “rigged” count gathered outside City Hall.', 'rigged', 'term'],
  ])('%s', (_l, text, opening, kind) => {
    const q = quoteOpening(runStages(text, NAMES), opening)!;
    expect(q.speaker).toBeNull();
    expect(q.notSpeech).toBe(kind);
  });

  it('keeps a one-word quote that a cue in its sentence attributes', () => {
    const q = quoteOpening(runStages('Ann Grant called the count “rigged” on Monday.', NAMES), 'rigged')!;
    expect(q.speaker).toBe('Ann Grant');
    expect(q.notSpeech).toBeUndefined();
  });

  it('gives a source named with "via" or "according to" no other person’s quote', () => {
    check(['via', '“We are done here,” Maria Lopez said, via the Springfield Herald.', 'We are done', 'Maria Lopez']);
    check(['according to', '“We are done here,” Maria Lopez said, according to Acme Foods.', 'We are done', 'Maria Lopez']);
  });
});
