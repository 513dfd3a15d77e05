// Scores the card header (headline, authors, outlet, publication day) against the metadata golden suite
// (test/article/meta-gold.json). Each field has a strict and a lenient comparison; a field the gold leaves null
// (not determinable from the page) is not scored.

/** What Lede showed for one page: null fields when the page was refused. */
export interface HeaderGuess {
  headline: string | null;
  authors: string[];
  outlet: string | null;
  published: string | null;
}

export interface HeaderGold {
  headline: string | null;
  /** [] when the page shows no byline; null when it cannot be told. */
  authors: string[] | null;
  /** One name or several equivalent names ("WSJ", "The Wall Street Journal"). */
  outlet: string | string[] | null;
  /** YYYY-MM-DD as the page shows it, in the page's own time zone. */
  published: string | null;
}

export type Field = 'headline' | 'authors' | 'outlet' | 'published';
export const FIELDS: Field[] = ['headline', 'authors', 'outlet', 'published'];

export interface FieldScore {
  exact: boolean;
  lenient: boolean;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Quotes, dashes, ellipses and case folded; trailing punctuation dropped. */
function looseText(s: string): string {
  return squash(s)
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/[\s.!?,;:]+$/, '')
    .toLowerCase();
}

export function scoreHeadline(gold: string, guess: string | null): FieldScore {
  if (!guess) return { exact: false, lenient: false };
  return { exact: squash(gold) === squash(guess), lenient: looseText(gold) === looseText(guess) };
}

function foldName(name: string): string {
  return squash(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/[.,]/g, '').toLowerCase();
}

function nameMatches(gold: string, guess: string): boolean {
  const g = foldName(gold);
  const p = foldName(guess);
  return g === p || ` ${p} `.includes(` ${g} `) || ` ${g} `.includes(` ${p} `);
}

/** Exact: the same set of names (case and spacing aside). Lenient: each gold name found within a guessed name or vice versa, nothing extra. */
export function scoreAuthors(gold: string[], guess: string[]): FieldScore {
  const g = new Set(gold.map(foldName));
  const p = new Set(guess.map(foldName));
  const exact = g.size === p.size && [...g].every((n) => p.has(n));
  const lenient =
    gold.every((n) => guess.some((m) => nameMatches(n, m))) && guess.every((m) => gold.some((n) => nameMatches(n, m)));
  return { exact, lenient };
}

const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const LABEL_WORD = /\b(?:follow|updated|published|posted|view|more|author|share|email|comments?|editor|correspondent|writer|reporter|columnist|contributor|am|pm|est|gmt)\b/i;

/** A byline entry that is not a name: dates, times, labels, job titles, counts, "By"/"and" left on, links. */
export function isJunkName(name: string): boolean {
  const s = squash(name);
  return (
    !s || /\d/.test(s) || /^(?:by|and)\b|\b(?:by|and)$/i.test(s) || MONTH_WORD.test(s) || LABEL_WORD.test(s) ||
    /https?:|www\.|@|[|•:]/.test(s) || s.split(' ').length > 6
  );
}

function outletKey(name: string): string {
  return looseText(name)
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|net|org|co\.uk|co|ca|in)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function scoreOutlet(gold: string | string[], guess: string | null): FieldScore {
  if (!guess) return { exact: false, lenient: false };
  const names = Array.isArray(gold) ? gold : [gold];
  return {
    exact: names.some((n) => squash(n).toLowerCase() === squash(guess).toLowerCase()),
    lenient: names.some((n) => outletKey(n) === outletKey(guess)),
  };
}

const DAY_MS = 86_400_000;

/**
 * Exact: the guess names the gold day. A guess with a zone (an instant) counts when some time zone in use
 * (UTC-12 to UTC+14) puts that instant on the gold day: the page shows its own local day, Lede keeps UTC.
 * Lenient: within one day either side.
 */
export function scorePublished(gold: string, guess: string | null): FieldScore {
  if (!guess) return { exact: false, lenient: false };
  const day = Date.parse(`${gold}T00:00:00Z`);
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(guess);
  if (!zoned) {
    const guessDay = Date.parse(`${guess.slice(0, 10)}T00:00:00Z`);
    return { exact: guessDay === day, lenient: Math.abs(guessDay - day) <= DAY_MS };
  }
  const at = Date.parse(guess);
  return {
    exact: at >= day - 14 * 3_600_000 && at < day + DAY_MS + 12 * 3_600_000,
    lenient: at >= day - DAY_MS - 14 * 3_600_000 && at < day + 2 * DAY_MS + 12 * 3_600_000,
  };
}

/** Scores of the fields the gold determines; undefined for fields it leaves null. */
export function scoreHeader(gold: HeaderGold, guess: HeaderGuess): Partial<Record<Field, FieldScore>> {
  const out: Partial<Record<Field, FieldScore>> = {};
  if (gold.headline !== null) out.headline = scoreHeadline(gold.headline, guess.headline);
  if (gold.authors !== null) out.authors = scoreAuthors(gold.authors, guess.authors);
  if (gold.outlet !== null) out.outlet = scoreOutlet(gold.outlet, guess.outlet);
  if (gold.published !== null) out.published = scorePublished(gold.published, guess.published);
  return out;
}
