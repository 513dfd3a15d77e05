import { describe, expect, it } from 'vitest';
import { spoken } from './read';

describe('Russian quotes and speakers', () => {
  it.each([
    ['«Мы не отступим», — сказал Иван Петров.', [['Мы не отступим', 'Иван Петров']]],
    ['По словам министра, «всё под контролем».', [['всё под контролем', 'министра']]],
    ['Бывшая чемпионка призналась журналистам. «Я боялась проиграть».', [['Я боялась проиграть', 'Бывшая чемпионка']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'ru')).toEqual(expected);
  });
});
