import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [['a.html'], { format: 'text', files: ['a.html'] }],
    [['--format', 'jsonl', 'a.html', 'b.txt'], { format: 'jsonl', files: ['a.html', 'b.txt'] }],
    [['--format=json', '--url', 'https://example.com/a', 'a.html'], { format: 'json', url: 'https://example.com/a', files: ['a.html'] }],
  ])('reads %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], USAGE],
    [['--format', 'xml', 'a.html'], 'unknown format "xml"'],
    [['--url', 'not a url', 'a.html'], '--url needs an absolute URL'],
    [['--verbose', 'a.html'], 'unknown option --verbose'],
  ])('rejects %j with a message', (argv, message) => {
    const out = parseArgs(argv);
    expect(typeof out).toBe('string');
    expect(out).toContain(message);
  });
});
