// Who a "he" or "she" names after a sentence with two people in it: the one asked answers, the person a title is
// written before speaks (not the name inside the title, nor is a "-man" title proof of a man), and the source of an "according to" takes the focus when
// no person is the main clause's subject. Every case is a short invented text; the last rows of each table must
// NOT change.
import { describe, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { expectSpeaker } from './stages';

const NAMES: Record<string, EntityType> = {
  'Tom Reed': 'PER',
  Reed: 'PER',
  'Carl Weber': 'PER',
  Weber: 'PER',
  'Ann Grant': 'PER',
  Grant: 'PER',
  Vance: 'PER',
  Ohio: 'LOC',
};

type Case = [label: string, text: string, opening: string, speaker: string | null];

const check = ([, text, opening, speaker]: Case): void => expectSpeaker(text, NAMES, opening, speaker);

describe('the one asked answers', () => {
  it.each<Case>([
    ['a reporter asked a person, he replied', 'Tom Reed spoke at a diner. A reporter asked Carl Weber how he felt. He replied: “Better than ever.”', 'Better than ever', 'Carl Weber'],
    ['a named asker, the answer “he responded”', 'Tom Reed asked Carl Weber about the vote. “We will win it,” he responded.', 'We will win', 'Carl Weber'],
    ['asked by a woman, answered by a man', 'Ann Grant asked Carl Weber whether he would run. “Not this year, no,” he answered.', 'Not this year', 'Carl Weber'],
    // Must NOT change: a request, a question with no one asked, and a reply by the asker's own later sentence.
    ['asked to do something is a request', 'Tom Reed asked Carl Weber to leave the room. “No, I stay,” he replied.', 'No, I stay', 'Tom Reed'],
    ['asked whether, no one named', 'Tom Reed asked whether the plan works. “It fails every test,” he replied.', 'It fails', 'Tom Reed'],
    ['the asker speaks again as the subject', 'Tom Reed asked Carl Weber about the vote. Reed then turned to the crowd. “We will win it,” he replied.', 'We will win', 'Tom Reed'],
    ['a question in a "when" clause of another subject', 'Ann Grant spoke of Tom Reed. She was angry when a voter asked Reed about her. “I was hurt,” she replied.', 'I was hurt', 'Ann Grant'],
  ])('%s', (...c) => check(c));
});

describe('a name inside a title is not the one who speaks', () => {
  it.each<Case>([
    ['a name before a title and a name', 'Tom Reed won the vote. Reed aide Carl Weber, a longtime pollster, saw it coming. “He had the numbers,” he said.', 'He had the numbers', 'Carl Weber'],
    ['an organisation-like modifier', 'Tom Reed won in Ohio. Reed campaign manager Carl Weber, a veteran, was not surprised. “We knew it,” he said.', 'We knew it', 'Carl Weber'],
    ['a long appositive after the titled name', 'Tom Reed won the vote. Reed consultant Carl Weber, the most senior of all the pollsters in the state, saw it coming. “He had the numbers,” he said.', 'He had the numbers', 'Carl Weber'],
    ['a titled name in a sentence with no subject found', 'Ann Grant spoke. Reed campaign manager Carl Weber, a veteran of nine races across the whole Midwest, agreed. “We knew it,” he said.', 'We knew it', 'Carl Weber'],
    ['a woman called "spokesman" is a "she"', 'Ann Grant spoke first. Reed spokesman Vance confirmed the plan. “We are not affiliated,” she said.', 'We are not affiliated', 'Vance'],
    // Must NOT change: the name is the subject itself; a "-man" title with a "he".
    ['a "spokesman" who is a "he"', 'Ann Grant spoke first. Reed spokesman Vance confirmed the plan. “We are not affiliated,” he said.', 'We are not affiliated', 'Vance'],
    ['the subject is the first name', 'Carl Weber met Tom Reed. Reed praised the pollster. “He had the numbers,” he said.', 'He had the numbers', 'Tom Reed'],
  ])('%s', (...c) => check(c));
});

describe('the one reporting a sentence', () => {
  it.each<Case>([
    ['an inverted reporting clause with a long appositive', 'Tom Reed spoke. The Reed plan is made possible by its money, said Carl Weber, the party’s longtime regional outreach director for the whole state. Others are “having to be leaner,” he said.', 'having to be leaner', 'Carl Weber'],
    // Must NOT change: a reported clause whose own subject is named, and a short reporting clause.
    ['a short reporting clause', 'Tom Reed spoke. The plan is made possible by its money, said Carl Weber. Others are “having to be leaner,” he said.', 'having to be leaner', 'Carl Weber'],
    ['the reporter of an earlier sentence gives way to a later subject', 'The plan is made possible by its money, said Carl Weber, the party’s longtime regional outreach director for the whole state. Tom Reed disagreed. “It is not enough,” he said.', 'It is not enough', 'Tom Reed'],
  ])('%s', (...c) => check(c));
});

describe('the source of an "according to"', () => {
  it.each<Case>([
    ['according to a person, with a subject that is no person', 'Tom Reed lost the vote. According to pollster Ann Grant, the result was no surprise. “He had no money,” she said.', 'He had no money', 'Ann Grant'],
    ['according to, with a possessed subject', 'Tom Reed lost the vote. According to Carl Weber, Reed’s defeat was expected. “He had no money,” he said.', 'He had no money', 'Carl Weber'],
    ['a sentence opening "To X,"', 'Tom Reed lost the vote. To pollster Ann Grant, Reed’s face showed sadness. “It looked like heartbreak,” she said.', 'It looked like', 'Ann Grant'],
    // Must NOT change: a person as the main clause's subject keeps the focus; "to" inside a sentence is no opener.
    ['"to X" inside the sentence', 'Tom Reed spoke first. Carl Weber gave the award to pollster Ann Grant, his friend. “It was earned,” he said.', 'It was earned', 'Carl Weber'],
    ['a person as the subject', 'Ann Grant spoke first. According to Carl Weber, Tom Reed lost the vote. “I had no money,” he said.', 'I had no money', 'Tom Reed'],
  ])('%s', (...c) => check(c));
});
