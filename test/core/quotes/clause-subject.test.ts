import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/types';
import { tokenize } from '../../../src/core/text/tokenize';
import { MentionIndex } from '../../../src/core/entities/mention-index';
import { mainClauseSubject } from '../../../src/core/quotes/clause-subject';

const PEOPLE = ['Maria Lopez', 'Tom Reed', 'Acme Foods'];

function subject(text: string): string {
  const entities: Entity[] = PEOPLE.flatMap((name, k) => {
    const start = text.indexOf(name);
    return start < 0 ? [] : [{ id: `e${k}`, name, type: name === 'Acme Foods' ? 'ORG' : 'PER', mentions: [{ start, end: start + name.length }], aliases: [], salience: 0 }];
  });
  return mainClauseSubject(tokenize(text), new MentionIndex(entities)).map((t) => t.text).join(' ');
}

describe('mainClauseSubject', () => {
  it.each([
    ['Maria Lopez has pushed her promise of', 'Maria Lopez'],
    ['When Tom Reed spoke, Maria Lopez insisted that', 'Maria Lopez'],
    ['In Ohio on Monday, a senior aide sent a letter', 'a senior aide'],
    ['Maria Lopez, the mayor, praised the plan as', 'Maria Lopez'],
    ['But she called it', 'she'],
    ['The Acme Foods campaign sent a letter', 'The Acme Foods campaign'],
    ['Recalling an old line, the mayor talked about', 'the mayor'],
    ['His office put out a statement', 'His office'],
    ['The town released a statement', 'The town'],
    ['The city council voted to condemn', 'The city council'],
    ['Acme Foods and former city council member Maria Lopez has praised', 'Acme Foods and former city council member Maria Lopez'],
    ['Tom Reed’s been saying for weeks that Maria Lopez isn’t ready', 'Tom Reed'],
    ['Hundreds of angry demonstrators marched through town', 'Hundreds of angry demonstrators'],
    ['Dozens of protesters gathered outside', 'Dozens of protesters'],
  ])('%s → %s', (text, expected) => expect(subject(text)).toBe(expected));

  it.each([
    ['the race has turned to', 'a subject that cannot speak'],
    ['lawyer, endorsed the plan', 'a bare singular noun'],
    ['In a long speech that went on and on without any pause at all for questions', 'an opener with no comma'],
    ['Critics of the plan', 'no verb'],
    ['Reading the plan twice, the race turned to', 'a participle opener before a subject that cannot speak'],
    ['The river released a flood', 'a thing that issues no statements'],
    ['Two of the rooms stayed empty', 'a number of things'],
    ['Recalling an old line the mayor talked about', 'a participle opener with no comma'],
  ])('%s: none (%s)', (text) => expect(subject(text)).toBe(''));
});
