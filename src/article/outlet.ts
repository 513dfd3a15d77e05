// The outlet's name as its readers know it. og:site_name is often a section ("U.S."), a handle ("@politifact"), a
// URL, a tagline or a squashed form ("detroitnews"); the JSON-LD publisher, the <title>'s site segment and the
// host name are the other witnesses. The name most witnesses back wins, written the way the best-spelled
// witness writes it ("The Detroit News" rather than "detroitnews").

export interface OutletWitness {
  source: string;
  name: string | null;
  /** How much this kind of source is worth on its own. */
  weight: number;
}

const key = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '').replace(/^the(?=.{3})/, '');

/** The host name without "www.", or null for an address that is not a URL. */
export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The registrable labels of a host ("news.sky.com" → ["news", "sky"]), without "www". */
export function hostLabels(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const labels = host.split('.').filter((l) => l && l !== 'www');
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|edu|ne|or)$/.test(labels[labels.length - 2]);
  return labels.slice(0, labels.length - (secondLevel ? 2 : 1));
}

function clean(name: string | null): string | null {
  let s = name?.replace(/\s+/g, ' ').trim() ?? '';
  if (!s || /^(?:https?:|www\.)/i.test(s) || s.startsWith('@')) return null;
  // "The Jerusalem Post | JPost.com": the first of two names for the same outlet.
  s = s.split(/\s+[|–—]\s+/)[0].trim();
  if (s.split(' ').length > 6 || !/\p{L}/u.test(s)) return null;
  return s;
}

function sameOutlet(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  return !!x && !!y && (x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x))));
}

function matchesHost(name: string, labels: string[]): boolean {
  const k = key(name);
  const full = key(name.replace(/^the\s+/i, ''));
  return !!k && labels.some((l) => l.length >= 3 && (l === k || l === full || (k.length >= 4 && (l.includes(k) || k.includes(l)))));
}

const DOMAIN_SUFFIX = /\.(?:com|net|org|co\.uk|co|info|news)$/i;

/** How well a witness spells the name: words separated and capitalised beats a squashed or lower-case form. */
function spelling(name: string): number {
  return (/\s/.test(name) ? 1 : 0) + (/\p{Lu}/u.test(name) && /\p{Ll}/u.test(name) ? 1 : 0) + (DOMAIN_SUFFIX.test(name) ? -1 : 0);
}

export function chooseOutlet(witnesses: OutletWitness[], url: string): { name: string; source: string } | null {
  const labels = hostLabels(url);
  const named = witnesses.flatMap((w) => {
    const name = clean(w.name);
    return name ? [{ ...w, name }] : [];
  });
  if (!named.length) return null;
  const scored = named.map((w) => ({
    w,
    score: w.weight + 2 * named.filter((o) => o !== w && o.source !== w.source && sameOutlet(o.name, w.name)).length + (w.source !== 'url' && matchesHost(w.name, labels) ? 3 : 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  const winner = scored[0].w;
  // Only a respelling of the same words ("livescience.com" → "Live Science"); "Healthline" does not become "Healthline Media".
  const bare = (name: string) => key(name.replace(DOMAIN_SUFFIX, ''));
  const spellings = named.filter((o) => bare(o.name) === bare(winner.name));
  const best = spellings.sort((a, b) => spelling(b.name) - spelling(a.name))[0] ?? winner;
  return { name: best.name, source: winner.source };
}
