// A reading memory of many articles for the benchmark, as the store would hold it: invented articles that name
// people, organisations and places with the skewed frequencies of news (a few names everywhere, most rarely),
// some with roles and quotes, and one entity record per name.
import { stampsOf, type RememberedArticle } from '../../../src/core/memory/record';
import { newIdentity, type MemoryIdentity } from '../../../src/core/memory/registry';
import { entityKey } from '../../../src/core/memory/names';
import type { EntityType } from '../../../src/core/types';

export interface SyntheticMemory {
  articles: RememberedArticle[];
  identities: MemoryIdentity[];
  /** The entity in most articles, and one in about as many as a name a reader follows (20 or so). */
  busiest: { key: string; articles: number };
  typical: { key: string; articles: number };
}

/** A small deterministic generator, so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vi', 'del', 'an', 'bru', 'che', 'dor', 'el', 'fa', 'gun', 'har', 'is', 'jo', 'ko', 'lin'];
const TYPES: { type: EntityType; count: number }[] = [{ type: 'PER', count: 6000 }, { type: 'ORG', count: 1500 }, { type: 'LOC', count: 800 }, { type: 'MISC', count: 300 }];

function word(next: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function syntheticMemory(count: number, perArticle = 25, seed = 7): SyntheticMemory {
  const next = random(seed);
  const names: { name: string; type: EntityType; key: string }[] = [];
  const seen = new Set<string>();
  for (const { type, count: n } of TYPES) {
    while (names.filter((x) => x.type === type).length < n) {
      const name = type === 'PER' ? `${word(next, 2)} ${word(next, 3)}` : `${word(next, 3)}${type === 'ORG' ? ' Group' : ''}`;
      const key = entityKey(name, type);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ name, type, key });
    }
  }
  // Zipf-like: the k-th name is picked with weight 1/(k+10).
  const weights = names.map((_, k) => 1 / (k + 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const pick = () => {
    const r = next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return names[lo];
  };
  const counts = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  const articles: RememberedArticle[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const chosen = new Map<string, (typeof names)[number]>();
    while (chosen.size < perArticle) {
      const n = pick();
      chosen.set(n.key, n);
    }
    const seenAt = start + i * 3_600_000;
    const site = `site${Math.floor(next() * 40)}.example`;
    const named = [...chosen.values()].map((n) => ({
      keys: [n.key],
      name: n.name,
      type: n.type,
      role: n.type === 'PER' && next() < 0.3 ? `spokesperson for the ${word(next, 3)} Group` : null,
      quotes: n.type === 'PER' && next() < 0.2 ? [`We will look at every option before we decide anything about ${word(next, 3)}.`] : [],
      mentions: 1 + Math.floor(next() * 5),
    }));
    const article: RememberedArticle = {
      url: `https://${site}/news/${i}`,
      title: `${word(next, 3)} ${word(next, 2)} talks resume after ${word(next, 3)} dispute`,
      siteName: site,
      published: new Date(seenAt - 7_200_000).toISOString(),
      seenAt,
      entities: named.map((e) => e.keys[0]),
      site,
      named,
    };
    article.stamps = stampsOf(article.entities, seenAt);
    article.bytes = JSON.stringify(article).length;
    articles.push(article);
    for (const k of article.entities) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      lastSeen.set(k, seenAt);
    }
  }
  const identities = names.filter((n) => counts.has(n.key)).map((n) => newIdentity([n.key], n.name, n.type, lastSeen.get(n.key)!));
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  const busiest = { key: byCount[0][0], articles: byCount[0][1] };
  const near20 = byCount.reduce((best, c) => (Math.abs(c[1] - 20) < Math.abs(best[1] - 20) ? c : best));
  return { articles, identities, busiest, typical: { key: near20[0], articles: near20[1] } };
}
