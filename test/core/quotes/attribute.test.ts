import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { attributeQuotes } from '../../../src/core/quotes/attribute';
import { quoteOpening, runStages } from './stages';

type Case = [label: string, text: string, names: Record<string, EntityType>, opening: string, speaker: string | null];

const PEOPLE: Record<string, EntityType> = {
  'Abdelkarim Khalaf': 'PER',
  Khalaf: 'PER',
  'Adel Abdel Mahdi': 'PER',
  'James Jeffrey': 'PER',
  'Hillary Clinton': 'PER',
  Clinton: 'PER',
  'Donald Trump': 'PER',
  Trump: 'PER',
  'Claire McCaskill': 'PER',
  'Scott Pruitt': 'PER',
  'Mike Pence': 'PER',
  AFP: 'ORG',
  NATO: 'ORG',
  'The New York Post': 'ORG',
  Oklahoma: 'LOC',
  Iraq: 'LOC',
};

describe('attributeQuotes: cues', () => {
  it.each<Case>([
    ['said X', '"We are talking to the coalition countries," said Abdelkarim Khalaf, spokesman for Prime Minister Adel Abdel Mahdi.', PEOPLE, 'We are talking', 'Abdelkarim Khalaf'],
    ['X said', '"We will not leave Iraq without a plan," Abdelkarim Khalaf said on Tuesday.', PEOPLE, 'We will not leave', 'Abdelkarim Khalaf'],
    ['X told AFP', 'Abdelkarim Khalaf spoke first.\n\n"The essential thing is that no combat troops are present," Khalaf told AFP.', PEOPLE, 'The essential thing', 'Abdelkarim Khalaf'],
    ['X added', 'Khalaf spoke first.\n\n"Our airspace is no longer used by anyone," Khalaf added.', PEOPLE, 'Our airspace', 'Khalaf'],
    ['the subject next to the verb when the first chunk is no name', 'Brent Bozell spoke.\n\n“It was reminiscent of the 1960s,” the dawn of the modern conservative movement, Bozell says.', { 'Brent Bozell': 'PER', Bozell: 'PER' }, 'It was reminiscent', 'Brent Bozell'],
    ['X wrote', '"This is dangerous for a president and for the country," Hillary Clinton wrote on Twitter.', PEOPLE, 'This is dangerous', 'Hillary Clinton'],
    ['according to X', 'According to The New York Post, "the details of her treatment were kept under wraps for days."', PEOPLE, 'the details', 'The New York Post'],
    ['X said: before the quote', 'Hillary Clinton said: "We have got to do everything possible to improve policing."', PEOPLE, 'We have got', 'Hillary Clinton'],
    ['X said before a partial quote', 'Donald Trump said the plan was "a total disaster for working people" and left.', PEOPLE, 'a total disaster', 'Donald Trump'],
    ['dash attribution', '“He represents our greatest shame and our worst instincts.” ― Hillary Clinton', PEOPLE, 'He represents', 'Hillary Clinton'],
    ['title and party tag', '"Mitt Romney was prepared and Mitt Romney was qualified," Sen. Claire McCaskill (D-Mo.) said.', PEOPLE, 'Mitt Romney was prepared', 'Claire McCaskill'],
    ['long appositive before the verb', '"It is an invasion of the state regulatory domain," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said.', PEOPLE, 'It is an invasion', 'Scott Pruitt'],
    ['relative clause before the verb', 'Donald Trump, who spoke in Ohio on Monday, said "we will win this state and we will win it big."', PEOPLE, 'we will win', 'Donald Trump'],
    ['unnamed source as written', '"There have been discussions between allies," a NATO official told AFP.', PEOPLE, 'There have been', 'a NATO official'],
    ['plural unnamed source', 'The coalition prepared plans for a drawdown, two senior US defence officials said, adding that the force would "absolutely" keep up pressure.', PEOPLE, 'absolutely', 'two senior US defence officials'],
    ['the coordinated clause with its own cue', 'NATO has insisted any broader role would involve training and an official from the alliance said there was "no discussion of a combat role" at all.', PEOPLE, 'no discussion', 'an official from the alliance'],
    ['sentence-final cue for a partial quote', 'It was forced to "speed up that plan" after the attacks, one of the officials said.', PEOPLE, 'speed up that plan', 'one of the officials'],
    ['transcript label', 'Partial transcript as follows:\n\n"PENCE: Well, look, this is not what the campaign is about."', { ...PEOPLE }, 'PENCE', 'PENCE'],
    ['headline Name: quote', 'Pence: ‘We Will Win Ohio and Everywhere Else’\n\nThe governor spoke on Monday.', { Pence: 'PER' }, 'We Will Win', 'Pence'],
    ['unbalanced quote marks', '"We will fight this in every court in the land, said Claire McCaskill on Monday.', PEOPLE, 'We will fight', 'Claire McCaskill'],
    ['cue in the sentence before', 'Hillary Clinton said the talks had gone well. "We are hopeful about the next round."', PEOPLE, 'We are hopeful', 'Hillary Clinton'],
    ['no comma before a short subject', '"The Iowa caucus is a battle of niches" Trump said in Des Moines.', PEOPLE, 'The Iowa caucus', 'Trump'],
    ['cue in a short sentence after the quote', '"Russia, if you are listening, find the emails that are missing." Trump said.', PEOPLE, 'Russia, if you', 'Trump'],
    ['a verb with its particle', '"Go back to Univision and sit down," Trump shot back at the reporter.', PEOPLE, 'Go back', 'Trump'],
    ['as X put it', 'As Hillary Clinton put it, "we are stronger together than we are apart."', PEOPLE, 'we are stronger', 'Hillary Clinton'],
    ['a second quote after a quoted cue sentence', '"I don\'t identify with what the man says," Trump said. "To think that we have the monopoly on it is wrong."', PEOPLE, 'To think', 'Trump'],
    ['question then cue in the next sentence', '"Why would anyone do that?" Trump asked the crowd in Ohio.', PEOPLE, 'Why would anyone', 'Trump'],
  ])('%s', (_label, text, names, opening, speaker) => {
    const out = runStages(text, names);
    const q = quoteOpening(out, opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });

  it('sets entityId and speakerSpan for a named speaker, and leaves entityId off an unnamed one', () => {
    const out = runStages('"We are ready," said Abdelkarim Khalaf. "We are also worried," a NATO official told AFP.', PEOPLE);
    const named = quoteOpening(out, 'We are ready')!;
    const khalaf = out.entities.find((e) => e.name === 'Abdelkarim Khalaf')!;
    expect(named.entityId).toBe(khalaf.id);
    expect(out.text.slice(named.speakerSpan!.start, named.speakerSpan!.end)).toBe('Abdelkarim Khalaf');
    const unnamed = quoteOpening(out, 'We are also worried')!;
    expect(unnamed.entityId).toBeUndefined();
    expect(out.text.slice(unnamed.speakerSpan!.start, unnamed.speakerSpan!.end)).toBe('a NATO official');
  });
});

describe('attributeQuotes: pronouns', () => {
  it('resolves "he" to the person just named, with the pronoun as the speaker span', () => {
    const text = 'His special envoy to the coalition, James Jeffrey, hinted at a shift last week.\n\n"So there may be a shift between the forces," he told reporters.';
    const out = runStages(text, PEOPLE);
    const q = quoteOpening(out, 'So there may be')!;
    expect(q.speaker).toBe('James Jeffrey');
    expect(out.text.slice(q.speakerSpan!.start, q.speakerSpan!.end)).toBe('he');
  });

  it('prefers the previous speaker to a person named later in that speaker\'s sentence', () => {
    const text = [
      'One of the Western officials said "the NATO option" has won nods of approval from Hillary Clinton and others.',
      '"I expect it will end with some sort of compromise," he said.',
    ].join('\n\n');
    expect(quoteOpening(runStages(text, PEOPLE), 'I expect')!.speaker).toBe('One of the Western officials');
  });

  it('keeps the speaker in focus over a person named after a preposition', () => {
    const text = [
      '“It would be foolish not to prepare for it,” said Donald Trump.',
      'The race could become acrimonious and lead to lobbying by loyalists to James Jeffrey. That is why, he argued, the party should be ready.',
      '“This is a different time,” he said.',
    ].join('\n\n');
    expect(quoteOpening(runStages(text, PEOPLE), 'This is a different time')!.speaker).toBe('Donald Trump');
  });

  it('uses the gender the article gives a person', () => {
    const text = [
      'Hillary Clinton said she would release her records soon. She spoke in Ohio.',
      'There was an issue with Donald Trump’s microphone, and his audio was quieter than Clinton’s in the hall.',
      'He says, “Working that microphone was a lot more difficult than working the crowd.”',
    ].join('\n\n');
    const names = { ...PEOPLE, 'Mr. Trump': 'PER' as EntityType };
    const out = runStages(`${text}\n\nMr. Trump left early.`, names);
    expect(quoteOpening(out, 'Working that microphone')!.speaker).toBe('Donald Trump');
  });

  it('does not resolve "he" to a person mentioned only inside a quote', () => {
    const text = 'Abdelkarim Khalaf spoke on Tuesday.\n\n"Donald Trump will not decide this for us," he said.';
    expect(quoteOpening(runStages(text, PEOPLE), 'Donald Trump will')!.speaker).toBe('Abdelkarim Khalaf');
  });

  it('finds a person whose surname the tagger typed as a place', () => {
    const text = 'Ted Cruz spoke first. Donald Trump went with the odds.\n\nCruz openly admitted that his pick was political. “With an eye to February 20th, Carolina,” he said.';
    const out = runStages(text, { 'Ted Cruz': 'PER', 'Donald Trump': 'PER', Cruz: 'LOC' });
    expect(quoteOpening(out, 'With an eye')!.speaker).toBe('Ted Cruz');
    const said = runStages('Ted Cruz spoke.\n\n“We will win,” Cruz said.', { 'Ted Cruz': 'PER', Cruz: 'LOC' });
    expect(quoteOpening(said, 'We will win')!.speaker).toBe('Ted Cruz');
  });

  it('leaves a pronoun with no antecedent unattributed rather than guessing', () => {
    const out = runStages('"We will be back next year," he said.', PEOPLE);
    expect(out.quotes[0].speaker).toBeNull();
  });
});

describe('attributeQuotes: continuation', () => {
  it('gives a cue-less paragraph the previous speaker', () => {
    const text = [
      '"It is a de facto downsizing. It is a trial run," the first US official said.',
      '"That is ultimately what we have been striving for."',
    ].join('\n\n');
    expect(quoteOpening(runStages(text, PEOPLE), 'That is ultimately')!.speaker).toBe('the first US official');
  });

  it('attributes every paragraph of a multi-paragraph quote to the speaker named after it', () => {
    const text = [
      'The senator spoke for an hour.',
      '"The first thing we need is a budget that adds up and a plan that people can read.',
      '"The second thing is a Congress that shows up to work," said Claire McCaskill.',
    ].join('\n\n');
    const out = runStages(text, PEOPLE);
    expect(quoteOpening(out, 'The first thing')!.speaker).toBe('Claire McCaskill');
    expect(quoteOpening(out, 'The second thing')!.speaker).toBe('Claire McCaskill');
  });

  it('does not carry a speaker across a narrative paragraph', () => {
    const text = [
      '"We will not leave," Khalaf told AFP.',
      'The various options are expected to be laid out at a meeting on Wednesday.',
      '"Nobody knows what comes next."',
    ].join('\n\n');
    expect(quoteOpening(runStages(text, PEOPLE), 'Nobody knows')!.speaker).toBeNull();
  });

  it('reads the cue of a quote introduced by a colon in the paragraph before', () => {
    const text = 'Clinton continued:\n\n"The health issue overall is very much a partisan issue, and it shows."';
    expect(quoteOpening(runStages(text, PEOPLE), 'The health issue')!.speaker).toBe('Clinton');
  });
});

describe('attributeQuotes: what must not be attributed', () => {
  it.each<Case>([
    ['a quote with no cue at all', 'The campaign released a new ad on Monday. "Stronger Together" ran in six states.', PEOPLE, 'Stronger Together', null],
    ['a verb of saying after an unrelated title', 'The film "Stronger Together" opened on Friday, and Trump said nothing about it.', PEOPLE, 'Stronger Together', null],
    ['a plural noun that looks like a verb', 'The campaign released a new ad. "Stronger Together" ran in six states.', PEOPLE, 'Stronger Together', null],
    ['a naming verb right before a title', 'Carson shared a syllabus for a class called “Perception” on his page.', PEOPLE, 'Perception', null],
    ['a long phrase that is no source', '“We were the great unwashed to them,” the dawn of the modern conservative movement, he remembered fondly.', {}, 'We were the great', null],
    ['an adverbial after an inverted verb', 'Asked about the plan, "no comment at this time" was all the office offered.', {}, 'no comment', null],
  ])('%s', (_label, text, names, opening, speaker) => {
    const q = quoteOpening(runStages(text, names), opening);
    expect(q).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('attributeQuotes: bad input', () => {
  it('handles no quotes, no entities and no sentences', () => {
    expect(attributeQuotes('', [], [], [])).toEqual([]);
    const text = '"Hello there," he said.';
    expect(attributeQuotes(text, [{ start: 1, end: 13, speaker: null }], [], [])).toEqual([{ start: 1, end: 13, speaker: null }]);
  });

  it('stays local on a huge text with many quotes and many mentions', () => {
    const paragraph = '"We are talking to the coalition countries about a range of scenarios," said Abdelkarim Khalaf, spokesman for Adel Abdel Mahdi. He told AFP that "the essential thing" was clear, and "we will see," he added.\n\n';
    const text = paragraph.repeat(4000);
    const out = runStages(text, PEOPLE);
    expect(out.quotes).toHaveLength(12_000);
    expect(out.quotes.every((q) => q.speaker === 'Abdelkarim Khalaf')).toBe(true);
  });
});
