// What the reader can take away from the popup: the summary card as Markdown, the annotation as JSON, and the
// entities and quotes as W3C Web Annotations (JSON-LD) that other tools (Hypothesis, annotation servers) can
// anchor. Page-derived strings are escaped for Markdown; JSON is serialised, never concatenated.
// The reading history is private and never part of an export, except the counts shown on the card.
import type { Annotation, EntityType, Span } from '../core/types';
import { PIPELINE_VERSION } from '../core/version';
import { formatDate, plural, seenInLabel, sourcingLine, speakerLabel, TYPE_LABELS } from './format';
import { sourcingOf, type SummaryCard } from './summary-card';

const GENERATOR = `Lede ${PIPELINE_VERSION}`;

/** Backslash-escapes what Markdown would turn into formatting, links or HTML, and folds lines. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~#!]/g, (c) => `\\${c}`);
}

export function cardToMarkdown(card: SummaryCard): string {
  const md = escapeMarkdown;
  const facts = [card.siteName, card.byline, formatDate(card.published), `${card.readingMinutes} min read`].filter(Boolean).map((f) => md(f!));
  const lines = [`# ${md(card.title)}`, '', `*${facts.join(' · ')}*`, '', `<${card.url.replace(/[<>\s]/g, encodeURIComponent)}>`];
  if (card.entities.length) {
    lines.push('', '## Key people, organisations and places', '');
    for (const e of card.entities) {
      const details = [TYPE_LABELS[e.type].toLowerCase(), e.role ? md(e.role) : null, e.seenIn.length ? seenInLabel(e.seenIn.length) : null].filter(Boolean);
      lines.push(`- **${md(e.name)}** (${details.join('; ')})`);
    }
  }
  if (card.quotes.length) {
    lines.push('', '## Quotes', '');
    const sourcing = sourcingLine(card.sourcing);
    if (sourcing) lines.push(`*${md(sourcing)}*`, '');
    for (const q of card.quotes) lines.push(`> “${md(q.text)}”${q.speaker ? ` — ${md(speakerLabel(q.speaker, q.description))}` : ''}`, '');
    lines.pop();
  }
  if (card.keySentences.length) {
    lines.push('', '## Key sentences', '');
    for (const s of card.keySentences) lines.push(`- ${md(s)}`);
  }
  lines.push('', `*Summarised on this device by ${GENERATOR}.*`);
  return lines.join('\n') + '\n';
}

export function annotationToJson(annotation: Annotation, url: string, exportedAt = new Date()): string {
  const sourcing = annotation.article ? sourcingOf(annotation) : null;
  return JSON.stringify({ source: url, generator: GENERATOR, exportedAt: exportedAt.toISOString(), sourcing, annotation }, null, 2);
}

// ---- W3C Web Annotation (https://www.w3.org/TR/annotation-model/) ----

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface TextualBody { type: 'TextualBody'; purpose: 'tagging' | 'identifying' | 'describing' | 'classifying'; value: string; format?: 'text/plain' }

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'highlighting';
  created: string;
  generator: { type: 'Software'; name: string };
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Characters of context each side of a quote selector, as Hypothesis uses: enough to anchor, little to leak. */
const CONTEXT = 32;

/**
 * Offsets in the model are UTF-16 code units; the Web Annotation model counts Unicode code points. Built once
 * per text: the positions of surrogate pairs, so each conversion is a binary search.
 */
function codePointCounter(text: string): (utf16: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  return (utf16) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] + 1 < utf16) lo = mid + 1;
      else hi = mid;
    }
    return utf16 - lo;
  };
}

/** Moves an offset off the second half of a surrogate pair, so no selector splits a character. */
function safe(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

function selectors(text: string, span: Span, toCodePoints: (n: number) => number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: text.slice(safe(text, Math.max(0, span.start - CONTEXT)), span.start),
      suffix: text.slice(span.end, safe(text, Math.min(text.length, span.end + CONTEXT))),
    },
    { type: 'TextPositionSelector', start: toCodePoints(span.start), end: toCodePoints(span.end) },
  ];
}

const TYPE_TAGS: Record<EntityType, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/**
 * Every entity mention and quote as an annotation of the page. The selectors address the article text Lede
 * extracted (what `annotation.article.text` holds): the quote selector anchors anywhere that text appears,
 * the position selector counts code points into it.
 */
export function toWebAnnotations(annotation: Annotation, url: string, options: { now?: Date; newId?: () => string } = {}): WebAnnotationCollection {
  const article = annotation.article;
  const text = article?.text ?? '';
  const created = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? (() => `urn:uuid:${crypto.randomUUID()}`);
  const toCodePoints = codePointCounter(text);
  const generator = { type: 'Software' as const, name: GENERATOR };
  const target = (span: Span) => ({ source: url, selector: selectors(text, span, toCodePoints) });
  const items: WebAnnotation[] = [];
  for (const entity of annotation.entities) {
    const body: TextualBody[] = [
      { type: 'TextualBody', purpose: 'classifying', value: TYPE_TAGS[entity.type] },
      { type: 'TextualBody', purpose: 'identifying', value: entity.name, format: 'text/plain' },
    ];
    if (entity.role) body.push({ type: 'TextualBody', purpose: 'describing', value: entity.role, format: 'text/plain' });
    for (const mention of entity.mentions) {
      items.push({ id: newId(), type: 'Annotation', motivation: 'identifying', created, generator, body, target: target(mention) });
    }
  }
  for (const quote of annotation.quotes) {
    const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: 'quote' }];
    if (quote.speaker) body.push({ type: 'TextualBody', purpose: 'describing', value: `Said by ${quote.speaker}`, format: 'text/plain' });
    items.push({ id: newId(), type: 'Annotation', motivation: 'highlighting', created, generator, body, target: target(quote) });
  }
  const label = `${GENERATOR}: ${plural(annotation.entities.length, 'entity', 'entities')} and ${plural(annotation.quotes.length, 'quote')} in “${article?.title ?? url}”`;
  const id = newId();
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
