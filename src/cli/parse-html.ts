// Node-side page loading: bytes → text → Document, for the CLI and the extraction eval.
// linkedom rather than jsdom: several times faster to parse, and it does not choke on CSS it cannot read.
import { DOMParser } from 'linkedom';

// Single-byte legacy charsets pages often declare while actually serving UTF-8.
const LEGACY_SINGLE_BYTE = /^(?:iso-?8859-\d+|latin-?1|windows-125\d|cp125\d|us-ascii|ascii)$/i;

// windows-1252 characters for bytes 0x80-0x9F (unassigned bytes map to themselves, as in the WHATWG index).
const WINDOWS_1252_C1 = [
  '\u20ac', '\x81', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\x8d', '\u017d', '\x8f',
  '\x90', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\x9d', '\u017e', '\u0178',
];

function declaredCharset(head: string): string | null {
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return meta ? meta[1].toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a saved page: a byte-order mark wins, then a charset declared in the first 4 KB, else UTF-8.
 * A declared legacy single-byte charset is ignored when the bytes are valid UTF-8 (re-saved pages keep
 * their old declaration). Invalid bytes become U+FFFD; this never throws.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = declaredCharset(head);
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && !(LEGACY_SINGLE_BYTE.test(charset) && isValidUtf8(bytes))) {
    try {
      const decoder = new TextDecoder(charset);
      const text = decoder.decode(bytes);
      // Node decodes the windows-1252 family as ISO-8859-1; browsers (and the WHATWG spec) use windows-1252,
      // whose 0x80-0x9F bytes are curly quotes, dashes and the euro sign.
      return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]) : text;
    } catch {
      // An unknown label: fall through to UTF-8 rather than refuse the page.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Browsers build <html>, <head> and <body> around any markup; linkedom takes the first element as the root.
 * Supplying the missing tags gives fragments, text and garbage the document shape every reader expects.
 */
function withDocumentShape(source: string): string {
  const hasBody = /<body[\s>]/i.test(source);
  if (hasBody && /<html[\s>]/i.test(source) && /<head[\s>]/i.test(source)) return source;
  let rest = source.replace(/^\s*<!doctype[^>]*>/i, '');
  const htmlTag = /<html\b[^>]*>/i.exec(rest);
  let htmlOpen = '<html>';
  if (htmlTag) {
    htmlOpen = htmlTag[0];
    rest = rest.slice(0, htmlTag.index) + rest.slice(htmlTag.index + htmlTag[0].length);
    rest = rest.replace(/<\/html\s*>\s*$/i, '');
  }
  if (hasBody) return `<!doctype html>${htmlOpen}${rest}</html>`;
  let head = '';
  const headTag = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(rest);
  if (headTag) {
    head = headTag[1];
    rest = rest.slice(0, headTag.index) + rest.slice(headTag.index + headTag[0].length);
  } else {
    // Without a head, the body starts at the first thing that cannot live in a head (as in a browser).
    const headOnly = /^(?:\s|<(title|style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:meta|link|base)\b[^>]*>|<!--[\s\S]*?-->)*/i;
    head = headOnly.exec(rest)?.[0] ?? '';
    rest = rest.slice(head.length);
  }
  return `<!doctype html>${htmlOpen}<head>${head}</head><body>${rest}</body></html>`;
}

/** Parses a page as a browser would see it at `url` (relative links, <base href> and document URL resolved). */
export function parseHtml(html: string, url: string): Document {
  if (typeof html !== 'string') throw new TypeError(`Expected the page's HTML as a string, got ${typeof html}.`);
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(withDocumentShape(html), 'text/html') as unknown as Document;
  } catch (err) {
    throw new Error(`Could not parse the HTML of ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!doc?.documentElement) throw new Error(`Could not parse the HTML of ${url}: no document element.`);
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  let baseURI = url;
  try {
    baseURI = base ? new URL(base, url).href : url;
  } catch {
    // A malformed <base href> is ignored, as browsers do.
  }
  for (const [key, value] of [['URL', url], ['documentURI', url], ['baseURI', baseURI]] as const) {
    Object.defineProperty(doc, key, { value, configurable: true });
  }
  return doc;
}
