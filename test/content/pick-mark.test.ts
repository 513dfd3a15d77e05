import { describe, expect, it } from 'vitest';
import { pickMark } from '../../src/content/interaction';
import type { Mark } from '../../src/content/marks';

const quote: Mark = { kind: 'quote', group: 'QUOTE', quote: 0, span: { start: 0, end: 80 } };
const org: Mark = { kind: 'entity', group: 'ORG', entityId: 'nato', mention: 0, span: { start: 10, end: 30 } };
const loc: Mark = { kind: 'entity', group: 'LOC', entityId: 'iraq', mention: 0, span: { start: 14, end: 18 } };

describe('pickMark', () => {
  it('prefers a name inside a quote over the quote, and the shortest of nested names', () => {
    const marks = [quote, org, loc];
    expect(pickMark([0, 1], marks)).toBe(1);
    expect(pickMark([1, 0], marks)).toBe(1);
    expect(pickMark([0, 1, 2], marks)).toBe(2);
    expect(pickMark([0], marks)).toBe(0);
  });

  it('gives null when nothing is under the pointer', () => {
    expect(pickMark([], [quote])).toBeNull();
  });
});
