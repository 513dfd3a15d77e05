// An entity's dossier: what the reader has read about it, built from its identity and the remembered articles
// that name it. The articles newest first; its roles and quotes in the order they were published, so a change of
// role reads as one ("spokesman for …", then "deputy minister"); the names it most often appears with.
import type { EntityType } from '../types';
import type { LinkReason } from './identity';
import { displayName } from './names';
import type { RememberedArticle } from './record';
import type { MemoryIdentity } from './registry';

export interface DossierArticle {
  url: string;
  title: string | null;
  siteName: string | null;
  site: string | null;
  published: string | null;
  seenAt: number;
  /** What this article called the entity. */
  calledAs: string;
  role: string | null;
  quotes: string[];
  mentions: number | null;
  /** Kept by the first release, which remembered names only: no roles or quotes. */
  namesOnly: boolean;
}

export interface DossierEntry {
  text: string;
  url: string;
  title: string | null;
  /** The article's publication date, or when it was read when it has none (ISO 8601). */
  date: string;
}

export interface Companion {
  key: string;
  name: string;
  type: EntityType;
  /** In how many of this entity's articles it appears too. */
  articles: number;
}

export interface DossierMerge {
  index: number;
  name: string;
  reason: LinkReason;
}

export interface Dossier {
  key: string;
  name: string;
  type: EntityType;
  /** Every name the articles used for it, the fullest first. */
  names: string[];
  /** In how many remembered articles it appears; `articles` lists the most recent of them when that is more. */
  total: number;
  articles: DossierArticle[];
  roles: DossierEntry[];
  quotes: DossierEntry[];
  companions: Companion[];
  merges: DossierMerge[];
}

export const MAX_COMPANIONS = 10;

function when(a: RememberedArticle): number {
  const published = a.published ? Date.parse(a.published) : NaN;
  return Number.isNaN(published) ? a.seenAt : published;
}

function dateOf(a: RememberedArticle): string {
  return a.published && !Number.isNaN(Date.parse(a.published)) ? a.published : new Date(a.seenAt).toISOString();
}

/** How often each other name appears in the entity's articles: what `buildDossier` needs resolved to entities. */
export function companionCounts(identity: MemoryIdentity, articles: RememberedArticle[]): Map<string, number> {
  const own = new Set(identity.keys);
  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const k of a.entities) if (!own.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The keys worth resolving: the most frequent, a few more than are shown since several may be one entity. */
export function topCompanionKeys(counts: Map<string, number>, max = MAX_COMPANIONS * 4): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([k]) => k);
}

export interface ResolvedName {
  key: string;
  name: string;
  type: EntityType;
}

export function buildDossier(identity: MemoryIdentity, articles: RememberedArticle[], resolve: (key: string) => ResolvedName | null, total = articles.length): Dossier {
  const own = new Set(identity.keys);
  const ordered = [...articles].sort((a, b) => when(b) - when(a) || b.seenAt - a.seenAt);
  const entries = ordered.map((a) => {
    const mine = a.named?.find((e) => e.keys.some((k) => own.has(k))) ?? null;
    const key = a.entities.find((k) => own.has(k)) ?? identity.id;
    const entry: DossierArticle = {
      url: a.url,
      title: a.title,
      siteName: a.siteName,
      site: a.site ?? null,
      published: a.published,
      seenAt: a.seenAt,
      calledAs: mine?.name ?? identity.names[key] ?? displayName(key),
      role: mine?.role ?? null,
      quotes: mine?.quotes ?? [],
      mentions: mine?.mentions ?? null,
      namesOnly: !a.named,
    };
    return { a, entry };
  });
  const chronological = [...entries].reverse();
  const roles: DossierEntry[] = [];
  for (const { a, entry } of chronological) {
    if (!entry.role || roles[roles.length - 1]?.text.toLowerCase() === entry.role.toLowerCase()) continue;
    roles.push({ text: entry.role, url: a.url, title: a.title, date: dateOf(a) });
  }
  const quotes = chronological.flatMap(({ a, entry }) => entry.quotes.map((text) => ({ text, url: a.url, title: a.title, date: dateOf(a) })));
  const names = [...new Set([identity.name, ...entries.map((e) => e.entry.calledAs)])];
  return {
    key: identity.id,
    name: identity.name,
    type: identity.type,
    names,
    total: Math.max(total, articles.length),
    articles: entries.map((e) => e.entry),
    roles,
    quotes,
    companions: companions(companionCounts(identity, articles), resolve),
    merges: identity.merged.map((m, index) => ({ index, name: m.name, reason: m.reason })),
  };
}

/** Other names counted per entity they resolve to (two names of one entity in one article count once). */
function companions(counts: Map<string, number>, resolve: (key: string) => ResolvedName | null): Companion[] {
  const byEntity = new Map<string, Companion>();
  for (const key of topCompanionKeys(counts)) {
    const found = resolve(key) ?? { key, name: displayName(key), type: key.slice(0, key.indexOf(':')) as EntityType };
    const known = byEntity.get(found.key);
    const n = counts.get(key)!;
    if (known) known.articles = Math.max(known.articles, n);
    else byEntity.set(found.key, { key: found.key, name: found.name, type: found.type, articles: n });
  }
  return [...byEntity.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, MAX_COMPANIONS);
}
