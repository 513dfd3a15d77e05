import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, parseHtml } from '../../src/cli/parse-html';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtmlBytes', () => {
  it('decodes UTF-8 when the page declares no charset', () => {
    expect(decodeHtmlBytes(utf8('<p>Sørli said “café” — 東京</p>'))).toBe('<p>Sørli said “café” — 東京</p>');
  });

  it('honours a declared legacy charset when the bytes are not UTF-8', () => {
    const head = utf8('<meta charset="windows-1252"><p>caf');
    const bytes = new Uint8Array([...head, 0xe9, 0x20, 0x93, 0x71, 0x94]); // "é “q”" in windows-1252
    expect(decodeHtmlBytes(bytes)).toBe('<meta charset="windows-1252"><p>café “q”');
  });

  it('reads http-equiv charset declarations and non-Latin legacy charsets', () => {
    const head = utf8('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>');
    const bytes = new Uint8Array([...head, 0x93, 0x8c, 0x8b, 0x9e]); // 東京 in Shift_JIS
    expect(decodeHtmlBytes(bytes)).toMatch(/東京$/);
  });

  it('keeps UTF-8 when a re-saved page still declares ISO-8859-1', () => {
    expect(decodeHtmlBytes(utf8('<meta charset="iso-8859-1"><p>naïve café</p>'))).toBe('<meta charset="iso-8859-1"><p>naïve café</p>');
  });

  it('follows a byte-order mark', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>ok</p>')]))).toBe('<p>ok</p>');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00]);
    expect(decodeHtmlBytes(utf16)).toBe('<p>');
  });

  it('never throws: invalid bytes become replacement characters, unknown labels fall back to UTF-8', () => {
    expect(decodeHtmlBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xc3]))).toBe('<p>\ufffd\ufffd');
    expect(decodeHtmlBytes(utf8('<meta charset="x-made-up"><p>é</p>'))).toBe('<meta charset="x-made-up"><p>é</p>');
    expect(decodeHtmlBytes(new Uint8Array())).toBe('');
  });
});

describe('parseHtml', () => {
  it('gives the document its URL and resolves <base href>', () => {
    const doc = parseHtml('<html><head><base href="/news/"></head><body><p>x</p></body></html>', 'https://example.org/a/b.html');
    expect(doc.URL).toBe('https://example.org/a/b.html');
    expect(doc.baseURI).toBe('https://example.org/news/');
  });

  it('builds html, head and body around fragments and bare text, as a browser does', () => {
    for (const html of ['plain words', '<p>a paragraph</p>', '', '\u0000\u0001<<>>', '<title>T</title><meta name="author" content="A"><p>x</p>']) {
      const doc = parseHtml(html, 'https://example.org/');
      expect(doc.documentElement.tagName).toBe('HTML');
      expect(doc.body).not.toBeNull();
    }
    const doc = parseHtml('<title>T</title><meta name="author" content="A"><p>x</p>', 'https://example.org/');
    expect(doc.title).toBe('T');
    expect(doc.body.textContent).toBe('x');
  });

  it('keeps the language of an <html> element that has no <body>', () => {
    const doc = parseHtml('<html lang="fr"><head><title>T</title></head><p>bonjour</p></html>', 'https://example.org/');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.body.textContent).toBe('bonjour');
  });

  it('rejects input that is not text with a clear error', () => {
    expect(() => parseHtml(undefined as unknown as string, 'https://example.org/')).toThrow(/Expected the page's HTML as a string, got undefined/);
    expect(() => parseHtml(new Uint8Array(3) as unknown as string, 'https://example.org/')).toThrow(/as a string, got object/);
  });
});
