// A small, realistic annotation built from a news-style text, with offsets computed from the text itself, for
// tests of the cache, history, exports and popup that must not depend on the language core's current output.
import type { Annotation, Entity, EntityType, Quote, Span } from '../../src/core/types';
import { PIPELINE_VERSION } from '../../src/core/version';

export const FIXTURE_TEXT = [
  'Port authority halts expansion after court ruling',
  'ROTTERDAM — The Port of Rotterdam Authority suspended work on its new container terminal on Tuesday after a Dutch court ruled that the environmental permit was incomplete.',
  '"We respect the judgment and will submit a corrected application within weeks," said Allard Castelein, chief executive of the authority.',
  'Environmental group Mobilisation for the Environment, which brought the case, welcomed the decision. "Nitrogen limits apply to everyone," its lawyer Johan Vollenbroek said.',
  'Castelein said the delay would cost the port about 40 million euros.',
].join('\n\n');

function spansOf(needle: string, from = 0): Span[] {
  const out: Span[] = [];
  for (let i = FIXTURE_TEXT.indexOf(needle, from); i >= 0; i = FIXTURE_TEXT.indexOf(needle, i + needle.length)) {
    out.push({ start: i, end: i + needle.length });
  }
  if (!out.length) throw new Error(`fixture text lacks ${needle}`);
  return out;
}

function entity(id: string, name: string, type: EntityType, surface: string[], salience: number, role?: string): Entity {
  // A short form inside a long one ("Castelein" in "Allard Castelein") is not a mention of its own.
  const all = surface.flatMap((s) => spansOf(s));
  const mentions = all
    .filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
  return { id, name, type, mentions, aliases: surface.filter((s) => s !== name), salience, ...(role ? { role } : {}) };
}

function quoteOf(inner: string, speaker: string | null, entityId?: string): Quote {
  const [span] = spansOf(inner);
  return { ...span, speaker, ...(entityId ? { entityId } : {}) };
}

export function fixtureAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  const entities = [
    entity('e1', 'Port of Rotterdam Authority', 'ORG', ['Port of Rotterdam Authority'], 0.92),
    entity('e2', 'Allard Castelein', 'PER', ['Allard Castelein', 'Castelein'], 0.81, 'chief executive of the authority'),
    entity('e3', 'Mobilisation for the Environment', 'ORG', ['Mobilisation for the Environment'], 0.55),
    entity('e4', 'Johan Vollenbroek', 'PER', ['Johan Vollenbroek'], 0.42, 'its lawyer'),
    entity('e5', 'Rotterdam', 'LOC', ['ROTTERDAM'], 0.3),
    entity('e6', 'Dutch', 'MISC', ['Dutch'], 0.1),
  ];
  const quotes = [
    quoteOf('We respect the judgment and will submit a corrected application within weeks,', 'Allard Castelein', 'e2'),
    quoteOf('Nitrogen limits apply to everyone,', 'Johan Vollenbroek', 'e4'),
  ];
  const summary = [spansOf('ROTTERDAM — The Port')[0].start, spansOf('Castelein said the delay')[0].start].map((start) => {
    const end = FIXTURE_TEXT.indexOf('.', start) + 1;
    return { start, end };
  });
  return {
    version: PIPELINE_VERSION,
    article: {
      title: 'Port authority halts expansion after court ruling',
      byline: 'Sanne de Vries',
      authors: ['Sanne de Vries'],
      siteName: 'Harbour Times',
      published: '2026-03-17T09:30:00Z',
      modified: null,
      lang: 'en',
      canonicalUrl: 'https://harbour.example/news/port-halts-expansion',
      image: null,
      wordCount: 96,
      readingMinutes: 1,
      provenance: { published: 'json-ld', title: 'json-ld' },
      text: FIXTURE_TEXT,
    },
    entities,
    quotes,
    summary,
    timings: { total: 12.5 },
    ...overrides,
  };
}
