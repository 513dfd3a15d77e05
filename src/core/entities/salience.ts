// How important each entity is to the article, 0..1: how often it is mentioned (log scale), how early it first
// appears, whether the headline names it, how many quotes it speaks, and how far through the article it recurs.
// People and organisations weigh more than places, and places more than nationalities and other names. A name met
// only in photo captions (a paragraph that carries a photo credit) is the picture's, not the story's.
import type { Entity, EntityType, Quote } from '../types';
import { nameKey } from './names';

const TYPE_WEIGHT: Record<EntityType, number> = { PER: 1, ORG: 0.95, LOC: 0.85, MISC: 0.65 };
const WEIGHTS = { frequency: 0.35, position: 0.2, headline: 0.2, quotes: 0.15, spread: 0.1 };

export function rankEntities(text: string, entities: Entity[], quotes: Quote[], title: string | null): Entity[] {
  if (!entities.length) return [];
  const length = Math.max(1, text.length);
  const maxMentions = entities.reduce((m, e) => Math.max(m, e.mentions.length), 1);
  const quoted = countQuotes(quotes);
  const maxQuotes = [...quoted.values()].reduce((m, n) => Math.max(m, n), 1);
  const headline = new Set(words(title ?? ''));
  const captions = captionSpans(text);
  const inCaption = (pos: number) => captions.some(([a, b]) => a <= pos && pos < b);
  return entities
    .map((e) => {
      const first = e.mentions[0]?.start ?? length;
      const last = e.mentions[e.mentions.length - 1]?.start ?? first;
      const score =
        WEIGHTS.frequency * (Math.log1p(e.mentions.length) / Math.log1p(maxMentions)) +
        WEIGHTS.position * (1 - first / length) +
        WEIGHTS.headline * (inHeadline(e, headline) ? 1 : 0) +
        WEIGHTS.quotes * (Math.log1p(quoted.get(e.id) ?? 0) / Math.log1p(maxQuotes)) +
        WEIGHTS.spread * ((last - first) / length);
      const pictured = captions.length > 0 && e.mentions.every((m) => inCaption(m.start)) ? CAPTION_WEIGHT : 1;
      return { ...e, salience: Math.round(TYPE_WEIGHT[e.type] * pictured * score * 1000) / 1000 };
    })
    .sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start);
}

const CAPTION_WEIGHT = 0.3;
// A photo credit as captions end: "(AP Photo/Alan Diaz, File)", "(Photo: Ann Lee)", "Photo by Ann Lee", "(Getty Images)".
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L}.]*\s+)?(?:Photo|Photograph|Image|Picture)s?\s*[/:]|\b(?:Photo|Photograph)\s+(?:by|courtesy)\b|\((?:Getty Images|Reuters|AFP|AP|EPA)[^)]{0,40}\)\s*$/u;

/** The paragraphs (lines) of the text that carry a photo credit: captions. */
function captionSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (PHOTO_CREDIT.test(line[0])) out.push([line.index ?? 0, (line.index ?? 0) + line[0].length]);
  }
  return out;
}

function countQuotes(quotes: Quote[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of quotes) if (q.entityId) out.set(q.entityId, (out.get(q.entityId) ?? 0) + 1);
  return out;
}

/** Whether the headline names the entity by its name or an alias (every word of it, in any case). */
function inHeadline(e: Entity, headline: Set<string>): boolean {
  if (!headline.size) return false;
  return [e.name, ...e.aliases].some((n) => {
    const own = words(n);
    return own.length > 0 && own.every((w) => headline.has(w));
  });
}

/** Lower-case words without accents, dots of initials or possessive endings. */
function words(s: string): string[] {
  return nameKey(s)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
