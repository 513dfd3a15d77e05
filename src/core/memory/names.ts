// Names as memory compares them: folded for case, accents, punctuation and a leading "the", so the same entity
// written two ways in two articles ("the United Nations" / "United Nations", "U.S." / "US", "Ángela" / "Angela")
// gets one key. A key is the type plus the folded name: a person and a place that share a name stay apart.
import type { Entity, EntityType } from '../types';

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    // Dots go without a trace, so "U.S." meets "US" and "St. Louis" stays two words.
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function entityKey(name: string, type: EntityType): string {
  return `${type}:${foldName(name)}`;
}

/**
 * Every key an entity is known by across articles: its name, and the other names this article used for it
 * ("United States" for "US", "Islamic State" for "IS"). A person's one-word alias ("Khalaf") names too many
 * different people to link articles by, so only their multi-word names count.
 */
export function entityKeys(entity: Pick<Entity, 'name' | 'type' | 'aliases'>): string[] {
  const usable = (alias: string) => (entity.type === 'PER' ? alias.trim().split(/\s+/).length >= 2 : alias.trim().length >= 2);
  const keys = [entity.name, ...entity.aliases.filter(usable)].map((n) => entityKey(n, entity.type));
  return [...new Set(keys)].filter((k) => !k.endsWith(':'));
}

export interface ParsedKey {
  type: EntityType;
  words: string[];
}

export function parseKey(key: string): ParsedKey {
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon) as EntityType, words: key.slice(colon + 1).split(' ').filter(Boolean) };
}

/**
 * The word every name related to this one shares: a person's surname, an organisation's or place's last word
 * ("Khalaf" for "Abdelkarim Khalaf", "defence" for "Iraqi Ministry of Defence"). Memory finds candidates by it.
 */
export function tailOf(key: string): string {
  const { type, words } = parseKey(key);
  return `${type}:${words[words.length - 1] ?? ''}`;
}

/** A folded key made readable again, for names remembered only by key (articles kept by an older release). */
export function displayName(key: string): string {
  return parseKey(key).words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
