// What memory keeps of an article: where and when it was read, and per entity the name it was called, the role
// the article gave it and what it said. Quotes and roles are clipped: memory holds enough to recall an article,
// not a copy of it (the cache has that, and evicts it sooner).
import type { Annotation, Entity, EntityType } from '../types';
import { entityKeys } from './names';

export interface RememberedEntity {
  /** The keys this article knew it by (`entityKeys`); the first is its own name's. */
  keys: string[];
  name: string;
  type: EntityType;
  role: string | null;
  quotes: string[];
  mentions: number;
}

export interface RememberedArticle {
  url: string;
  title: string | null;
  siteName: string | null;
  published: string | null;
  seenAt: number;
  /** Keys of every entity the article mentioned: the index memory looks articles up by. */
  entities: string[];
  /** Each key with when the article was read (`stampsOf`): memory finds an entity's newest articles first by them. */
  stamps?: string[];
  /** Host name without `www.`, so a site can be forgotten at once. Absent in records of the first release. */
  site?: string;
  /** The entities in detail, most salient first. Absent in records of the first release, which kept only keys. */
  named?: RememberedEntity[];
  /** Approximate size of the record, for the size limit. */
  bytes?: number;
}

const MAX_QUOTES = 5;
const MAX_QUOTE = 400;
const MAX_ROLE = 200;
const MAX_NAME = 120;
const MAX_TITLE = 300;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The words said, without the marks around them or the comma that hands over to "she said". */
function unquoted(text: string): string {
  return text.replace(/^[\s"'“”‘’«»„‚]+|[\s"'“”‘’«»„‚]+$/g, '').replace(/\s*[,;:]$/, '');
}

/** Sorts as the time it stamps: base-36 milliseconds, padded (good until the year 5188). */
function timeStamp(seenAt: number): string {
  return Math.max(0, Math.floor(seenAt)).toString(36).padStart(9, '0');
}

/** `key|time` for each key: an index over these lists an entity's articles in the order they were read. */
export function stampsOf(entities: readonly string[], seenAt: number): string[] {
  const time = timeStamp(seenAt);
  return entities.map((k) => `${k}|${time}`);
}

/** The range of stamps of one key, for that index. */
export function stampRange(key: string): [string, string] {
  return [`${key}|`, `${key}|\uffff`];
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

function remembered(entity: Entity, annotation: Annotation, text: string): RememberedEntity {
  const seen = new Set<string>();
  const quotes: string[] = [];
  for (const q of annotation.quotes) {
    if (q.entityId !== entity.id || q.partial || q.notSpeech) continue;
    const words = clip(unquoted(text.slice(q.start, q.end)), MAX_QUOTE);
    const key = words.toLowerCase();
    if (!words || seen.has(key)) continue;
    seen.add(key);
    quotes.push(words);
    if (quotes.length >= MAX_QUOTES) break;
  }
  return {
    keys: entityKeys(entity),
    name: clip(entity.name, MAX_NAME),
    type: entity.type,
    role: entity.role ? clip(entity.role, MAX_ROLE) : null,
    quotes,
    mentions: entity.mentions.length,
  };
}

/** The record memory keeps of an annotated article, or null when there is no article to remember. */
export function rememberArticle(url: string, annotation: Annotation, seenAt: number): RememberedArticle | null {
  const article = annotation.article;
  if (!article) return null;
  const named = annotation.entities.map((e) => remembered(e, annotation, article.text)).filter((e) => e.keys.length);
  const record: RememberedArticle = {
    url,
    title: article.title ? clip(article.title, MAX_TITLE) : null,
    siteName: article.siteName ? clip(article.siteName, MAX_NAME) : null,
    published: article.published,
    seenAt,
    entities: [...new Set(named.flatMap((e) => e.keys))],
    site: siteOf(url),
    named,
  };
  record.stamps = stampsOf(record.entities, seenAt);
  record.bytes = JSON.stringify(record).length;
  return record;
}
