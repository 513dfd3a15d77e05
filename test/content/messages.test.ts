import { describe, expect, it } from 'vitest';
import { validateContentMessage } from '../../src/content/messages';

describe('validateContentMessage', () => {
  it('accepts the protocol’s shapes', () => {
    expect(validateContentMessage('run', {})).toBeNull();
    expect(validateContentMessage('toggle', {})).toBeNull();
    expect(validateContentMessage('toggle', { on: false })).toBeNull();
    expect(validateContentMessage('reveal', { quote: 2 })).toBeNull();
    expect(validateContentMessage('reveal', { entityId: 'e1', mention: 0 })).toBeNull();
  });

  it('rejects garbage with a reason', () => {
    const bad: [Parameters<typeof validateContentMessage>[0], unknown][] = [
      ['run', null], ['run', 'go'], ['run', []],
      ['toggle', { on: 'yes' }],
      ['reveal', {}], ['reveal', { quote: -1 }], ['reveal', { quote: 1.5 }], ['reveal', { entityId: 5 }], ['reveal', { entityId: 'e', mention: '2' }],
      ['explode' as 'run', {}],
    ];
    for (const [type, payload] of bad) expect(validateContentMessage(type, payload), `${String(type)} ${JSON.stringify(payload)}`).toMatch(/\w/);
  });
});
