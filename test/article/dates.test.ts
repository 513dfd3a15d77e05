import { describe, expect, it } from 'vitest';
import { findDatesInText, normalizeDate } from '../../src/article/dates';

const NOW = Date.UTC(2024, 5, 1);

describe('normalizeDate', () => {
  it('converts zoned ISO timestamps to UTC', () => {
    expect(normalizeDate('2020-01-29T10:30:00Z', NOW)).toBe('2020-01-29T10:30:00Z');
    expect(normalizeDate('2019-11-19T23:04:00.000-05:00', NOW)).toBe('2019-11-20T04:04:00Z');
    expect(normalizeDate('2023-03-14T07:45:00+0100', NOW)).toBe('2023-03-14T06:45:00Z');
  });

  it('keeps local times and bare dates as given, inventing no zone or time', () => {
    expect(normalizeDate('2022-05-01 08:15', NOW)).toBe('2022-05-01T08:15:00');
    expect(normalizeDate('2022-05-01', NOW)).toBe('2022-05-01');
    expect(normalizeDate('20220501', NOW)).toBe('2022-05-01');
  });

  it('reads Unix times and human dates in structured fields', () => {
    expect(normalizeDate('1580293800', NOW)).toBe('2020-01-29T10:30:00Z');
    expect(normalizeDate('Tue, 19 Nov 2019 10:48:00 GMT', NOW)).toBe('2019-11-19T10:48:00Z');
  });

  it('rejects impossible and future dates, and junk', () => {
    expect(normalizeDate('2020-02-30', NOW)).toBeNull();
    expect(normalizeDate('2020-13-01T00:00:00Z', NOW)).toBeNull();
    expect(normalizeDate('2031-01-01T00:00:00Z', NOW)).toBeNull();
    expect(normalizeDate('', NOW)).toBeNull();
    expect(normalizeDate(null, NOW)).toBeNull();
    expect(normalizeDate('yesterday', NOW)).toBeNull();
    expect(normalizeDate('2019', NOW)).toBeNull();
  });
});

describe('findDatesInText', () => {
  it('reads datelines in the forms news sites write them', () => {
    const cases: [string, string][] = [
      ['Published January 29th, 2020 - 10:30 GMT', '2020-01-29T10:30:00Z'],
      ['PUBLISHED: 10:48, Tue, Nov 19, 2019', '2019-11-19T10:48:00'],
      ['Published 11:11 PM EST Nov 19, 2019', '2019-11-20T04:11:00Z'],
      ['Nov. 20, 2019 5:52 AM EST', '2019-11-20T10:52:00Z'],
      ['14 March 2023, 7:45am', '2023-03-14T07:45:00'],
      ['Saturday 3 June 2023', '2023-06-03'],
      ['the 1st of May, 2021', '2021-05-01'],
    ];
    for (const [text, iso] of cases) expect(findDatesInText(text, NOW)[0]?.iso, text).toBe(iso);
  });

  it('marks a date introduced as an update', () => {
    const [first, second] = findDatesInText('Published 10:48, Nov 19, 2019 | Updated: 11:05, Nov 19, 2019', NOW);
    expect(first.updated).toBe(false);
    expect(second.updated).toBe(true);
    expect(second.iso).toBe('2019-11-19T11:05:00');
  });

  it('never reads copyright years, relative dates, bare years or month-year as dates', () => {
    for (const text of ['© 2019 The Daily Ledger', 'Copyright 12 May 2019 Ledger Media', '2 days ago', 'Updated 3 hours ago', 'in 2019 the port', 'March 2020']) {
      expect(findDatesInText(text, NOW), text).toEqual([]);
    }
  });

  it('copes with empty and very long text', () => {
    expect(findDatesInText('', NOW)).toEqual([]);
    const long = `${'lorem ipsum 12:30 '.repeat(20_000)} Published June 3, 2021`;
    expect(findDatesInText(long, NOW).map((d) => d.iso)).toEqual(['2021-06-03']);
  });
});
