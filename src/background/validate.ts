// Shape checks for every request the background receives. Messages come from our own content scripts, which run
// inside pages we do not control: a payload is data to check, never something to trust. Each check returns the
// first problem found, or null.
import type { ArticleMeta } from '../core/types';
import type { BackgroundProtocol } from '../shared/protocol';

/** Longest article text accepted (characters): about a million and a half words. */
export const MAX_TEXT = 10_000_000;
const MAX_URL = 8192;
const MAX_REASON = 2000;
const MAX_FIELD = 10_000;

type Check = (v: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fields(spec: Record<string, Check>, allowExtra = false): Check {
  return (v) => {
    if (!isObject(v)) return 'not an object';
    for (const [key, check] of Object.entries(spec)) {
      const problem = check(v[key]);
      if (problem) return `${key}: ${problem}`;
    }
    if (!allowExtra) {
      const extra = Object.keys(v).find((k) => !(k in spec));
      if (extra) return `${extra}: unexpected field`;
    }
    return null;
  };
}

const string = (max: number): Check => (v) => (typeof v !== 'string' ? 'not a string' : v.length > max ? `longer than ${max} characters` : null);
const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));
const nullable = (check: Check): Check => (v) => (v === null ? null : check(v));
const count: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'not a non-negative number');
const tabId: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'not a tab id');
const empty: Check = (v) => (isObject(v) && Object.keys(v).length === 0 ? null : 'expected an empty object');

const pageUrl: Check = (v) => {
  const problem = string(MAX_URL)(v);
  if (problem) return problem;
  try {
    return /^https?:$/.test(new URL(v as string).protocol) ? null : 'not an http(s) URL';
  } catch {
    return 'not a URL';
  }
};

const stringList: Check = (v) =>
  Array.isArray(v) && v.length <= 100 && v.every((s) => typeof s === 'string' && s.length <= MAX_FIELD) ? null : 'not a list of strings';

// Typed against ArticleMeta so a field added there cannot be forgotten here (it would reject every such page).
const metaChecks: Record<keyof ArticleMeta, Check> = {
  title: nullable(string(MAX_FIELD)),
  byline: nullable(string(MAX_FIELD)),
  authors: stringList,
  siteName: nullable(string(MAX_FIELD)),
  published: nullable(string(100)),
  modified: nullable(string(100)),
  lang: nullable(string(35)),
  canonicalUrl: nullable(string(MAX_URL)),
  image: nullable(string(MAX_URL)),
  wordCount: count,
  readingMinutes: count,
  provenance: (v) => (isObject(v) && Object.values(v).every((s) => typeof s === 'string' && s.length <= 100) ? null : 'not a map of sources'),
  paywalled: optional((v) => (typeof v === 'boolean' ? null : 'not a boolean')),
  nextPage: optional(nullable(string(MAX_URL))),
};
const meta = fields(metaChecks);

const article: Check = (v) => {
  const problem = fields({ text: string(MAX_TEXT), meta, blocks: (b) => (Array.isArray(b) ? null : 'not a list') })(v);
  if (problem) return problem;
  const { text, blocks } = v as { text: string; blocks: unknown[] };
  let previousEnd = 0;
  for (const [i, b] of blocks.entries()) {
    const s = b as { start?: unknown; end?: unknown };
    if (!isObject(b) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return `blocks[${i}]: not a span`;
    const start = s.start as number;
    const end = s.end as number;
    if (start < previousEnd || end < start || end > text.length) return `blocks[${i}]: outside the text or out of order`;
    previousEnd = end;
  }
  return null;
};

/** An entity key: its type, a colon, its folded name (src/core/memory/names.ts). */
const memoryKey: Check = (v) => string(500)(v) ?? (/^(?:PER|ORG|LOC|MISC):./.test(v as string) ? null : 'not an entity key');

/** A host name as the options page normalises it (`normaliseSite`): lower case, no scheme, no `www.`. */
const hostName: Check = (v) => string(253)(v) ?? (/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(v as string) ? null : 'not a host name');

const reportedState: Check = (v) => {
  if (!isObject(v)) return 'not an object';
  const reason = { reason: string(MAX_REASON) };
  switch (v.status) {
    case 'idle': return fields({ status: () => null })(v);
    case 'annotating': return fields({ status: () => null, progress: optional((p) => (typeof p === 'number' && p >= 0 && p <= 1 ? null : 'not between 0 and 1')) })(v);
    case 'not-article': case 'no-access': case 'error': return fields({ status: () => null, ...reason })(v);
    // A finished annotation reaches the background only through 'annotate', where it is computed, not claimed.
    default: return 'not a state a content script can report';
  }
};

const CHECKS: { [K in keyof BackgroundProtocol]: Check } = {
  annotate: fields({ url: pageUrl, article }),
  report: fields({ url: pageUrl, state: reportedState }),
  tabState: fields({ tabId }),
  popupOpen: fields({ tabId, url: nullable(string(MAX_URL)) }),
  clearHistory: empty,
  clearCache: empty,
  cacheStats: empty,
  prepareTab: fields({ tabId }),
  annotateSample: fields({ article }),
  expectArticle: empty,
  awaitTabState: fields({ tabId }),
  openEntity: fields({ key: memoryKey }),
  memoryEntity: fields({ key: memoryKey }),
  memorySearch: fields({ query: string(200) }),
  memoryForget: fields({ key: memoryKey }),
  memoryUnmerge: fields({ key: memoryKey, merge: (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'not an index') }),
  memoryForgetSite: fields({ site: hostName }),
  memoryStats: empty,
  memorySetLimit: fields({ mb: count }),
};

export function validateBackgroundRequest(type: keyof BackgroundProtocol, payload: unknown): string | null {
  const check = CHECKS[type];
  return check ? check(payload) : 'unknown request';
}
