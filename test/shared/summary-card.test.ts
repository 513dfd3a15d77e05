import { describe, expect, it } from 'vitest';
import { buildCard, distinctQuotes, pickEntities, sourcingOf, stripQuoteMarks } from '../../src/shared/summary-card';
import { sourcingLine, speakerLabel } from '../../src/shared/format';
import { ENTITY_TYPES } from '../../src/shared/protocol';
import type { Annotation, Quote } from '../../src/core/types';
import { fixtureAnnotation, FIXTURE_TEXT } from '../background/annotation-fixture';
import { runStages } from '../core/quotes/stages';

const options = { url: 'https://harbour.example/a', cached: false, history: {}, visibleTypes: ENTITY_TYPES, showQuotes: true };
const span = (s: string, from = 0) => ({ start: FIXTURE_TEXT.indexOf(s, from), end: FIXTURE_TEXT.indexOf(s, from) + s.length });

describe('pickEntities', () => {
  const e = (type: 'PER' | 'ORG' | 'LOC' | 'MISC', salience: number) => ({ type, salience, id: `${type}${salience}` });

  it('keeps a mix of types before filling by salience, and lists them by salience', () => {
    const ranked = [e('MISC', 0.9), e('MISC', 0.8), e('LOC', 0.7), e('LOC', 0.6), e('LOC', 0.5), e('PER', 0.4), e('ORG', 0.3)];
    expect(pickEntities(ranked, 5).map((x) => x.id)).toEqual(['MISC0.9', 'LOC0.7', 'LOC0.6', 'PER0.4', 'ORG0.3']);
    expect(pickEntities(ranked, 7)).toEqual(ranked);
  });

  it('does not lift a name salience set far down back in by its type', () => {
    const ranked = [e('LOC', 0.7), e('ORG', 0.46), e('ORG', 0.38), e('ORG', 0.31), e('PER', 0.25), e('LOC', 0.22), e('PER', 0.08)];
    expect(pickEntities(ranked, 6).map((x) => x.id)).toEqual(['LOC0.7', 'ORG0.46', 'ORG0.38', 'ORG0.31', 'PER0.25', 'LOC0.22']);
    // Half the salience of the last name by rank is still a type's leader, and the mix lifts it.
    const near = [...ranked.slice(0, 6), e('PER', 0.11)];
    expect(pickEntities(near, 6).map((x) => x.id)).toEqual(['LOC0.7', 'ORG0.46', 'ORG0.38', 'PER0.25', 'LOC0.22', 'PER0.11']);
  });

  it('leaves out a person met only in a photo caption, and lists the same person met in the story', () => {
    const caption = 'Ana Lopes waves from the deck of a ferry leaving Portmouth. (AP Photo/Tom Hill)';
    const paragraphs = [
      'Portmouth ferry terminal approved after long dispute',
      'The Harbour Board approved a new ferry terminal in Portmouth on Tuesday after a two-year dispute with the Ferry Union.',
      caption,
      'Tom Reed, who chairs the Harbour Board, said the terminal would open in Portmouth next spring.',
      'The Coastguard asked the Harbour Board for a second lifeboat station near the new terminal in Portmouth.',
      'The Ferry Union said crews from Cardiff and Bristol would move to Portmouth when the terminal opens.',
      'Ferries to Cardiff will run twice a day, and the Coastguard will patrol the harbour mouth.',
    ];
    const names = { Portmouth: 'LOC', 'Harbour Board': 'ORG', 'Ferry Union': 'ORG', Coastguard: 'ORG', Cardiff: 'LOC', Bristol: 'LOC', 'Tom Reed': 'PER', 'Ana Lopes': 'PER' } as const;
    const listed = (text: string) => pickEntities(runStages(text, names, paragraphs[0]).entities, 6).map((x) => x.name);
    expect(listed(paragraphs.join('\n\n'))).not.toContain('Ana Lopes');
    expect(listed(paragraphs.join('\n\n'))).toContain('Coastguard');
    expect(listed(paragraphs.join('\n\n').replace(' (AP Photo/Tom Hill)', ''))).toContain('Ana Lopes');
  });

  it('fills from the rest when one type is all there is', () => {
    const ranked = [e('MISC', 0.9), e('MISC', 0.8), e('MISC', 0.7)];
    expect(pickEntities(ranked, 2)).toEqual(ranked.slice(0, 2));
    expect(pickEntities([], 5)).toEqual([]);
  });
});

describe('buildCard', () => {
  it('lists a repeated quote once, and prefers a new speaker to a second quote by the same one', () => {
    const annotation = fixtureAnnotation();
    const [first, second] = annotation.quotes;
    const third: Quote = { ...span('the delay would cost the port about 40 million euros'), speaker: 'Allard Castelein', entityId: 'e2' };
    annotation.quotes = [first, { ...first }, third, second];
    const card = buildCard(annotation, { ...options, maxQuotes: 2 });
    expect(card.quotes.map((q) => q.speaker)).toEqual(['Allard Castelein', 'Johan Vollenbroek']);
    expect(card.moreQuotes).toBe(1);
  });

  it('puts full quotes by named speakers before fragments and unattributed ones', () => {
    const annotation = fixtureAnnotation();
    annotation.quotes = [
      { ...span('the environmental permit was incomplete'), speaker: null, partial: true },
      ...annotation.quotes,
    ];
    const card = buildCard(annotation, { ...options, maxQuotes: 2 });
    expect(card.quotes.every((q) => q.speaker)).toBe(true);
    expect(card.notes).toContain('One quote has no identified speaker.');
  });

  it('leaves out a key sentence that only repeats a quote on the card', () => {
    const annotation = fixtureAnnotation();
    const quoteSentence = span('"We respect the judgment and will submit a corrected application within weeks," said Allard Castelein');
    annotation.summary = [quoteSentence, ...annotation.summary];
    expect(buildCard(annotation, options).keySentences).toHaveLength(2);
    expect(buildCard(annotation, options).keySentences.join(' ')).not.toContain('We respect');
    expect(buildCard(annotation, { ...options, showQuotes: false }).keySentences[0]).toContain('We respect');
  });

  it('gives notes when the page has no date, no names or little text', () => {
    const bare: Annotation = fixtureAnnotation({ entities: [], quotes: [] });
    bare.article = { ...bare.article!, published: null, wordCount: 40, title: '   ' };
    const card = buildCard(bare, options);
    expect(card.title).toBe('Untitled article');
    expect(card.notes).toEqual(['The page gives no publication date.', 'No names were recognised in this article.', 'This is a short text: the summary may be thin.']);
  });

  it('refuses an annotation without an article', () => {
    expect(() => buildCard(fixtureAnnotation({ article: null }), options)).toThrow(/needs an annotation with an article/);
  });
});

describe('stripQuoteMarks', () => {
  it.each([
    ['"Hello,"', 'Hello,'],
    ['“Hello” ', 'Hello'],
    ['« Bonjour »', 'Bonjour'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(stripQuoteMarks(input.trim())).toBe(expected));
});

describe('sourcing', () => {
  const quote = (s: string, extra: Partial<Quote>): Quote => ({ ...span(s), speaker: null, ...extra });

  it('counts named, unnamed, document and unattributed quotes once per wording, and names who is quoted most', () => {
    const annotation = fixtureAnnotation();
    const [castelein, vollenbroek] = annotation.quotes;
    annotation.quotes = [
      { ...castelein, speakerKind: 'named' },
      { ...castelein, speakerKind: 'named' }, // the same words again: a pull quote
      quote('the delay would cost the port about 40 million euros', { speaker: 'Allard Castelein', entityId: 'e2', speakerKind: 'pronoun' }),
      { ...vollenbroek, speaker: 'a court spokesman', entityId: undefined, speakerKind: 'unnamed' },
      quote('the environmental permit was incomplete', { speaker: 'the ruling', speakerKind: 'document' }),
      quote('halts', { notSpeech: 'term' }),
    ];
    const sourcing = sourcingOf(annotation);
    expect(sourcing).toEqual({ named: 2, unnamed: 1, documents: 1, unattributed: 0, mostQuoted: { name: 'Allard Castelein', quotes: 2 } });
    expect(sourcingLine(sourcing)).toBe('4 quotes: 2 from named people, 1 from unnamed sources, 1 from a document · most quoted: Allard Castelein (2)');
    expect(buildCard(annotation, options).sourcing).toEqual(sourcing);
  });

  it('names nobody as most quoted when no one is quoted twice, and falls back on the entity link for old annotations', () => {
    const sourcing = sourcingOf(fixtureAnnotation());
    expect(sourcing).toEqual({ named: 2, unnamed: 0, documents: 0, unattributed: 0, mostQuoted: null });
    expect(sourcingLine(sourcing)).toBe('2 quotes: 2 from named people');
    expect(sourcingLine(sourcingOf(fixtureAnnotation({ quotes: [] })))).toBeNull();
  });

  it('leaves titles, nicknames and scare quotes off the card and out of the counts', () => {
    const annotation = fixtureAnnotation();
    annotation.quotes = [quote('Port authority', { notSpeech: 'title' }), ...annotation.quotes];
    expect(distinctQuotes(annotation).map((q) => q.index)).toEqual([1, 2]);
    expect(buildCard(annotation, options).quotes.map((q) => q.index)).toEqual([1, 2]);
  });

  it('shows a speaker resolved from a description with that description', () => {
    expect(speakerLabel('Ann Lee', 'the senator')).toBe('Ann Lee (the senator)');
    expect(speakerLabel('Ann Lee', null)).toBe('Ann Lee');
  });
});
