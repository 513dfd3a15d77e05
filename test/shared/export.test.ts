import { describe, expect, it } from 'vitest';
import { annotationToJson, cardToMarkdown, escapeMarkdown, toWebAnnotations, type WebAnnotation } from '../../src/shared/export';
import { buildCard } from '../../src/shared/summary-card';
import { ENTITY_TYPES } from '../../src/shared/protocol';
import type { Annotation } from '../../src/core/types';
import { fixtureAnnotation } from '../background/annotation-fixture';

const URL_ = 'https://harbour.example/news/port-halts-expansion';
const history = { e2: [{ url: 'https://harbour.example/older', title: 'Older', siteName: 'Harbour Times', published: null, seenAt: 1 }] };
const card = (annotation: Annotation = fixtureAnnotation()) =>
  buildCard(annotation, { url: URL_, cached: false, history, visibleTypes: ENTITY_TYPES, showQuotes: true });

/** Annotation text with the model's offsets re-read the way a Web Annotation consumer would: in code points. */
function byCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('Markdown card', () => {
  it('carries the title, facts, entities with roles and history, quotes with speakers and key sentences', () => {
    const md = cardToMarkdown(card());
    expect(md).toMatch(/^# Port authority halts expansion after court ruling\n/);
    expect(md).toContain('Harbour Times · Sanne de Vries · ');
    expect(md).toContain('1 min read');
    expect(md).toContain(`<${URL_}>`);
    expect(md).toContain('- **Allard Castelein** (person; chief executive of the authority; seen in 1 earlier article)');
    expect(md).toContain('> “We respect the judgment and will submit a corrected application within weeks,” — Allard Castelein');
    expect(md).toContain('## Quotes\n\n*2 quotes: 2 from named people*\n\n> “We respect');
    expect(md).toContain('## Key sentences');
    expect(md).not.toContain('harbour.example/older'); // history stays private
  });

  it('escapes page text so it cannot become links, HTML or formatting', () => {
    const hostile = fixtureAnnotation();
    hostile.entities[0] = { ...hostile.entities[0], name: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**' };
    hostile.article = { ...hostile.article!, title: '# Heading\n\n<script>alert(1)</script>' };
    const md = cardToMarkdown(card(hostile));
    expect(md).not.toMatch(/(^|[^\\])\[click\]/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain('\\*\\*bold\\*\\*');
    expect(md.split('\n')[0]).toBe('# \\# Heading \\<script\\>alert(1)\\</script\\>');
  });

  it('handles an empty card', () => {
    const empty = fixtureAnnotation({ entities: [], quotes: [], summary: [] });
    const md = cardToMarkdown(card(empty));
    expect(md).not.toContain('## Quotes');
    expect(md).toContain('# Port authority');
    expect(escapeMarkdown('')).toBe('');
  });
});

describe('JSON export', () => {
  it('round-trips the annotation with its source', () => {
    const parsed = JSON.parse(annotationToJson(fixtureAnnotation(), URL_, new Date('2026-03-18T00:00:00Z')));
    expect(parsed).toEqual({
      source: URL_,
      generator: expect.stringMatching(/^Lede /),
      exportedAt: '2026-03-18T00:00:00.000Z',
      sourcing: { named: 2, unnamed: 0, documents: 0, unattributed: 0, mostQuoted: null },
      annotation: fixtureAnnotation(),
    });
  });
});

describe('W3C Web Annotation export', () => {
  it('is a JSON-LD annotation collection in the W3C vocabulary', () => {
    const collection = JSON.parse(JSON.stringify(toWebAnnotations(fixtureAnnotation(), URL_)));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const items: WebAnnotation[] = collection.first.items;
    expect(collection.total).toBe(items.length);
    const annotation = fixtureAnnotation();
    expect(items.length).toBe(annotation.entities.reduce((n, e) => n + e.mentions.length, 0) + annotation.quotes.length);
    for (const item of items) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.type).toBe('Annotation');
      expect(['identifying', 'highlighting']).toContain(item.motivation);
      expect(Date.parse(item.created)).not.toBeNaN();
      expect(item.target.source).toBe(URL_);
      expect(item.body.every((b) => b.type === 'TextualBody' && typeof b.value === 'string')).toBe(true);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('gives entity types, names, roles and quote speakers as bodies', () => {
    const items = toWebAnnotations(fixtureAnnotation(), URL_).first.items;
    const castelein = items.find((i) => i.body.some((b) => b.purpose === 'identifying' && b.value === 'Allard Castelein'))!;
    expect(castelein.body).toEqual(expect.arrayContaining([
      { type: 'TextualBody', purpose: 'classifying', value: 'person' },
      expect.objectContaining({ purpose: 'describing', value: 'chief executive of the authority' }),
    ]));
    const quotes = items.filter((i) => i.motivation === 'highlighting');
    expect(quotes.map((q) => q.body.find((b) => b.purpose === 'describing')?.value)).toEqual(['Said by Allard Castelein', 'Said by Johan Vollenbroek']);
  });

  it('has selectors that re-find every quote and mention in the text, by quote and by position', () => {
    const annotation = fixtureAnnotation();
    const text = annotation.article!.text;
    for (const item of toWebAnnotations(annotation, URL_).first.items) {
      const [quote, position] = item.target.selector;
      expect(text.indexOf(quote.prefix + quote.exact + quote.suffix)).toBeGreaterThanOrEqual(0);
      expect(byCodePoints(text, position.start, position.end)).toBe(quote.exact);
    }
  });

  it('counts positions in code points when the text has emoji and other astral characters', () => {
    const text = '🎉🎉 Party 𝒳 time: "Nobody 🙂 expected this," said Ana Lima in 🇵🇹 Lisbon.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const annotation = fixtureAnnotation({
      entities: [
        { id: 'a', name: 'Ana Lima', type: 'PER', mentions: [span('Ana Lima')], aliases: [], salience: 1 },
        { id: 'b', name: 'Lisbon', type: 'LOC', mentions: [span('Lisbon')], aliases: [], salience: 0.5 },
      ],
      quotes: [{ ...span('Nobody 🙂 expected this,'), speaker: 'Ana Lima' }],
      summary: [],
    });
    annotation.article = { ...annotation.article!, text };
    for (const item of toWebAnnotations(annotation, URL_).first.items) {
      const [quote, position] = item.target.selector;
      expect(byCodePoints(text, position.start, position.end)).toBe(quote.exact);
      expect(quote.prefix + quote.exact + quote.suffix).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('exports an annotation without an article as an empty collection', () => {
    const collection = toWebAnnotations(fixtureAnnotation({ article: null, entities: [], quotes: [] }), URL_);
    expect(collection.total).toBe(0);
    expect(collection.first.items).toEqual([]);
  });

  it('keeps hostile names as plain data', () => {
    const annotation = fixtureAnnotation();
    annotation.entities[1] = { ...annotation.entities[1], name: '<img src=x onerror=alert(1)>' };
    const json = JSON.stringify(toWebAnnotations(annotation, URL_));
    expect(JSON.parse(json).first.items.some((i: WebAnnotation) => i.body.some((b) => b.value === '<img src=x onerror=alert(1)>'))).toBe(true);
  });
});
