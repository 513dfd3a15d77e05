// What a quotation-mark character can be at one position, from its shape and its neighbours. Straight marks
// and the right single mark are ambiguous (apostrophes, inches, feet), so the surrounding characters decide.
// Languages pair the same characters differently („…“ and ‚…‘ in German, »…« in German books, «…» in French):
// a language's marks style adds the roles its pairs give a character beyond the English ones.

export type MarkKind = 'double' | 'single';

export interface MarkRole {
  kind: MarkKind;
  canOpen: boolean;
  canClose: boolean;
}

const OPENING_CONTEXT = new Set('([{\u2014\u2013-/“‘"\'„«‹');
const CLOSING_CONTEXT = new Set('.,;:!?)]}\u2014\u2013-/”’"\'»›…');
const WORD = /[\p{L}\p{N}]/u;
const NESTED_NEIGHBOUR = /[’'”"‘“]/u;
// Elisions that start with an apostrophe: '90s, 'em, 'til, 'cause, rock 'n' roll.
// A clitic set apart by a space in tokenised text ("NASA 's") is no opener either.
const ELISION = /^(?:\d0s|em\b|til\b|cause\b|n\b|tis\b|twas\b|s\b|ll\b|re\b|ve\b|d\b|m\b|t\b)/iu;

export interface MarkStyle {
  /** Marks that English reads as openers only but that close in this language (“ ‘ « ‹). */
  alsoClose: ReadonlySet<string>;
  /** Marks that English reads as closers only but that open in this language (» ›). */
  alsoOpen: ReadonlySet<string>;
}

export const ENGLISH_MARKS: MarkStyle = { alsoClose: new Set(), alsoOpen: new Set() };
const OPENERS_IN_ENGLISH = new Set('“‘«‹');
const CLOSERS_IN_ENGLISH = new Set('»›');

/** The extra roles a language's pairs of marks give (from its CLDR delimiters). */
export function markStyle(pairs: readonly (readonly [string, string])[]): MarkStyle {
  return {
    alsoClose: new Set(pairs.map(([, close]) => close).filter((c) => OPENERS_IN_ENGLISH.has(c))),
    alsoOpen: new Set(pairs.map(([open]) => open).filter((c) => CLOSERS_IN_ENGLISH.has(c))),
  };
}

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  return c <= 32 || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Left-flanking: may open (nothing or a space/opening punctuation before, a non-space after). */
function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(next) && (isSpace(prev) || OPENING_CONTEXT.has(prev!));
}

/** Right-flanking: may close (a non-space before, nothing or a space/closing punctuation after). */
function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (isSpace(next) || CLOSING_CONTEXT.has(next!));
}

/**
 * The role of the character at `i`, or null when it is no quotation mark (or an apostrophe).
 * `lo`/`hi` bound the paragraph: a mark at its edge has nothing beyond it.
 */
export function markRole(text: string, i: number, lo: number, hi: number, style: MarkStyle = ENGLISH_MARKS): MarkRole | null {
  const role = englishRole(text, i, lo, hi);
  const ch = text[i];
  if (!role || !(style.alsoClose.has(ch) || style.alsoOpen.has(ch))) return role;
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  // „Ja“, sagte er · ‚nein‘ · »Wir gehen«: a mark right after a word closes, one right before a word opens.
  return {
    kind: role.kind,
    canOpen: role.canOpen || (style.alsoOpen.has(ch) && leftFlanking(prev, next) && !rightFlanking(prev, next)),
    canClose: role.canClose || (style.alsoClose.has(ch) && rightFlanking(prev, next) && !leftFlanking(prev, next)),
  };
}

function englishRole(text: string, i: number, lo: number, hi: number): MarkRole | null {
  const ch = text[i];
  let prev = i > lo ? text[i - 1] : undefined;
  let next = i + 1 < hi ? text[i + 1] : undefined;
  // Nested marks set apart by a space ("outreach,' \" he said"; "\" 'Tis"): the space does not count.
  if (prev === ' ' && i - 2 >= lo && NESTED_NEIGHBOUR.test(text[i - 2])) prev = text[i - 2];
  if (next === ' ' && i + 2 < hi && NESTED_NEIGHBOUR.test(text[i + 2]) && ch !== text[i + 2]) next = text[i + 2];
  switch (ch) {
    case '«':
      // French typography puts a (narrow no-break) space inside guillemets: « Nous partons ».
      return { kind: 'double', canOpen: true, canClose: false };
    case '»':
      return { kind: 'double', canOpen: false, canClose: true };
    case '“':
    case '„':
      return { kind: 'double', canOpen: !isSpace(next), canClose: rightFlanking(prev, next) && !leftFlanking(prev, next) };
    case '”':
      return { kind: 'double', canOpen: leftFlanking(prev, next) && !rightFlanking(prev, next), canClose: !isSpace(prev) };
    case '"':
      return { kind: 'double', canOpen: leftFlanking(prev, next), canClose: rightFlanking(prev, next) };
    // Marks that are never apostrophes: German's low single opener, CJK corner brackets.
    case '‚':
      return { kind: 'single', canOpen: !isSpace(next), canClose: false };
    case '「':
      return { kind: 'double', canOpen: true, canClose: false };
    case '」':
      return { kind: 'double', canOpen: false, canClose: true };
    case '『':
      return { kind: 'single', canOpen: true, canClose: false };
    case '』':
      return { kind: 'single', canOpen: false, canClose: true };
    case '‘':
    case '‹': {
      const canOpen = leftFlanking(prev, next) && !ELISION.test(text.slice(i + 1, i + 6));
      return { kind: 'single', canOpen, canClose: false };
    }
    case '’':
    case '›':
    case "'": {
      if (prev !== undefined && next !== undefined && WORD.test(prev) && WORD.test(next)) return null;
      const canOpen = ch !== '’' && leftFlanking(prev, next) && !ELISION.test(text.slice(i + 1, i + 6));
      const canClose = rightFlanking(prev, next);
      return canOpen || canClose ? { kind: 'single', canOpen, canClose } : null;
    }
    default:
      return null;
  }
}

/** A closing single mark that reads like a plural possessive ("the officials’ views"): a weak closer. */
export function looksPossessive(text: string, i: number, hi: number): boolean {
  return text[i - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, Math.min(hi, i + 4)));
}

export const MARK_CHARS = new Set('"“”„«»‘’‹›\'‚「」『』');
