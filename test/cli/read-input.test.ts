import { describe, expect, it } from 'vitest';
import { articleFromText, lineBlocks, normaliseText } from '../../src/cli/read-input';

describe('plain-text articles', () => {
  it('strips only the BOM and CRLF, so offsets match the file after those two changes', () => {
    expect(normaliseText('\uFEFFHeadline\r\n\r\nBody line one.\rBody two.')).toBe('Headline\n\nBody line one.\nBody two.');
  });

  it('makes one block per non-blank line, trimmed', () => {
    const text = 'Title\n\n  Indented para.  \nNext';
    expect(lineBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(['Title', 'Indented para.', 'Next']);
  });

  it('takes a headline-like first line as the title, and counts words and reading time', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} has seven words in it.`).join(' ');
    const a = articleFromText(`Storm Closes Schools Across the North\n\n${body}`);
    expect(a.meta.title).toBe('Storm Closes Schools Across the North');
    expect(a.meta.provenance.title).toBe('text');
    expect(a.meta.wordCount).toBe(6 + 60 * 8);
    expect(a.meta.readingMinutes).toBe(2);
  });

  it('does not take a sentence or a lone line as the title', () => {
    expect(articleFromText('The minister resigned on Tuesday.\n\nMore text follows.').meta.title).toBeNull();
    expect(articleFromText('Just one line').meta.title).toBeNull();
    expect(articleFromText('').meta).toMatchObject({ title: null, wordCount: 0, readingMinutes: 1 });
  });
});
