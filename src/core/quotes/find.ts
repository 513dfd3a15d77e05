// Direct quotes in an article, in every common mark style: straight and curly double quotes, single quotes as
// British outlets use them (apostrophes told apart by context), guillemets. Marks nest (outer quotes only are
// returned; an inner quote belongs to its outer one). A quote that runs over several paragraphs (open mark, no
// close, next paragraph reopens) gives one quote per paragraph. One pass over the marks: linear in the text.
// Another language brings its own pairs of marks and, where it writes speech after a dash, dash quotes.
import type { Quote, Span } from '../types';
import type { LanguageProfile } from '../lang';
import { ENGLISH_MARKS, MARK_CHARS, looksPossessive, markRole, markStyle, type MarkRole, type MarkStyle } from './marks';
import { dashQuotes, verbsOf } from './dash';
import { isPartialQuote } from './partial';
import { notSpeech } from './not-speech';

interface Mark extends MarkRole {
  i: number;
}

interface OpenMark {
  kind: 'double' | 'single';
  i: number;
}

const STYLES = new WeakMap<LanguageProfile, MarkStyle>();

function styleOf(lang: LanguageProfile | undefined): MarkStyle {
  if (!lang) return ENGLISH_MARKS;
  let style = STYLES.get(lang);
  if (!style) STYLES.set(lang, (style = markStyle(lang.quotes.pairs)));
  return style;
}

export function findQuotes(text: string, blocks: Span[], lang?: LanguageProfile): Quote[] {
  const spans = blocks.length ? blocks : [{ start: 0, end: text.length }];
  const style = styleOf(lang);
  const out: Quote[] = [];
  for (let b = 0; b < spans.length; b++) {
    const block = spans[b];
    const next = spans[b + 1];
    const nextOpens = next !== undefined && opensWithQuote(text, next, style);
    const dashed = lang?.quotes.dash && lang.cues ? dashQuotes(text, block, lang.cues) : [];
    const here: Quote[] = dashed.map((q) => ({ ...q, speaker: null }));
    for (const span of quotesInBlock(text, block, nextOpens, style, lang?.cues && verbsOf(lang.cues))) {
      if (dashed.some((d) => d.start < span.end && span.start < d.end)) continue;
      const quote = trimmed(text, span);
      if (!quote) continue;
      const found: Quote = { ...quote, speaker: null, ...(isPartialQuote(text, quote, block) ? { partial: true } : {}) };
      const kind = notSpeech(text, found, block);
      here.push(kind ? { ...found, notSpeech: kind } : found);
    }
    out.push(...(dashed.length ? here.sort((a, b) => a.start - b.start) : here));
  }
  return out;
}

function opensWithQuote(text: string, block: Span, style: MarkStyle): boolean {
  const m = /^\s*(["“„«‘'‹»‚「『])/u.exec(text.slice(block.start, Math.min(block.end, block.start + 8)));
  if (!m) return false;
  const i = block.start + m[0].length - 1;
  return markRole(text, i, block.start, block.end, style)?.canOpen ?? false;
}

function marksOf(text: string, block: Span, style: MarkStyle): Mark[] {
  const out: Mark[] = [];
  for (let i = block.start; i < block.end; i++) {
    if (!MARK_CHARS.has(text[i])) continue;
    const role = markRole(text, i, block.start, block.end, style);
    if (role && (role.canOpen || role.canClose)) out.push({ kind: role.kind, canOpen: role.canOpen, canClose: role.canClose, i });
  }
  return out;
}

/**
 * Pairs single marks first: most of them are apostrophes, and only an opener that finds a closer in the same
 * paragraph (or a paragraph that continues the quote) is a quote. A plural possessive closer is used only when
 * no better closer follows.
 */
function pairSingles(text: string, marks: Mark[], block: Span, nextOpens: boolean): Map<number, number> {
  const pairs = new Map<number, number>();
  let open: number | null = null;
  let weak: number | null = null;
  for (const m of marks) {
    if (m.kind !== 'single') continue;
    if (open === null) {
      if (m.canOpen) [open, weak] = [m.i, null];
    } else if (m.canClose) {
      if (looksPossessive(text, m.i, block.end)) {
        weak = m.i;
      } else {
        pairs.set(open, m.i);
        [open, weak] = [null, null];
      }
    } else if (m.canOpen) {
      if (weak !== null) pairs.set(open, weak);
      [open, weak] = [m.i, null];
    }
  }
  if (open !== null) {
    if (weak !== null) pairs.set(open, weak);
    else if (nextOpens) pairs.set(open, block.end);
  }
  return pairs;
}

/** `verbs`: the language's verbs of saying, where it is not English (an unclosed quote ends at ", disse X"). */
function quotesInBlock(text: string, block: Span, nextOpens: boolean, style: MarkStyle, verbs?: ReadonlySet<string>): Span[] {
  const marks = marksOf(text, block, style);
  const singles = pairSingles(text, marks, block, nextOpens);
  const singleClosers = new Set(singles.values());
  const out: Span[] = [];
  const stack: OpenMark[] = [];
  const closeAt = (depth: number, end: number) => {
    if (depth === 0) out.push({ start: stack[0].i + 1, end });
    stack.length = depth;
  };
  for (const m of marks) {
    if (m.kind === 'single') {
      if (singleClosers.has(m.i)) {
        const depth = lastIndexOf(stack, 'single');
        if (depth >= 0) closeAt(depth, m.i);
      } else if (singles.has(m.i)) {
        stack.push({ kind: 'single', i: m.i });
      }
      continue;
    }
    const depth = lastIndexOf(stack, 'double');
    if (depth >= 0 && m.canClose) closeAt(depth, m.i);
    else if (m.canOpen) stack.push({ kind: 'double', i: m.i });
  }
  // Still open at the paragraph end: a quote continued in the next paragraph, or an unbalanced mark whose quote
  // runs to its attribution ("We will fight, said the senator.") or else to the end of the paragraph.
  if (stack.length) closeAt(0, nextOpens ? block.end : verbs ? unclosedEndIn(text, stack[0].i + 1, block.end, verbs) : unclosedEnd(text, stack[0].i + 1, block.end));
  return out;
}

// A cue inside an unclosed quote: ", said X", ", X said", ", he told".
const CUE_INSIDE = /,\s+(?:(?:said|says|told|added|asked|wrote)\s+(?:\p{Lu}|(?:the|a|an|one|two)\s)|(?:he|she|they|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})\s+(?:said|says|told|added|asked|wrote)\b)/u;

function unclosedEnd(text: string, start: number, end: number): number {
  const cue = CUE_INSIDE.exec(text.slice(start, end));
  return cue && cue.index > 0 ? start + cue.index + 1 : end;
}

// In another language: a comma and one of its verbs of saying ("…, afirmou o treinador.").
function unclosedEndIn(text: string, start: number, end: number, verbs: ReadonlySet<string>): number {
  for (const m of text.slice(start, end).matchAll(/,\s+(\p{L}+)/gu)) {
    if (m.index > 0 && verbs.has(m[1].toLowerCase())) return start + m.index + 1;
  }
  return end;
}

function lastIndexOf(stack: OpenMark[], kind: OpenMark['kind']): number {
  for (let d = stack.length - 1; d >= 0; d--) if (stack[d].kind === kind) return d;
  return -1;
}

function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}
