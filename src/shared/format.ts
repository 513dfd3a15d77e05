// Display formats shared by the popup, the options page, the exports and the text card.
import type { EntityType } from '../core/types';
import type { Sourcing } from './summary-card';

export const TYPE_LABELS: Record<EntityType, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other name' };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function seenInLabel(count: number): string {
  return `seen in ${plural(count, 'earlier article')}`;
}

/**
 * A publication date for people. A bare date is shown as written (in UTC, so it never slips a day); a date and
 * time is shown in the reader's time zone. Null for what is not a date.
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(time);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function languageName(code: string | null, locale = 'en'): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Who the article quotes, in one line: "9 quotes: 6 from named people, 2 from unnamed sources, 1 from a document ·
 * most quoted: Ann Lee (4)". Null when there is no quote.
 */
export function sourcingLine(s: Sourcing): string | null {
  const total = s.named + s.unnamed + s.documents + s.unattributed;
  if (!total) return null;
  const parts = [
    s.named ? `${s.named} from named people` : null,
    s.unnamed ? `${s.unnamed} from unnamed sources` : null,
    s.documents ? `${s.documents} from ${s.documents === 1 ? 'a document' : 'documents'}` : null,
    s.unattributed ? `${s.unattributed} unattributed` : null,
  ].filter(Boolean);
  const most = s.mostQuoted ? ` · most quoted: ${s.mostQuoted.name} (${s.mostQuoted.quotes})` : '';
  return `${plural(total, 'quote')}: ${parts.join(', ')}${most}`;
}

/** A speaker as shown: the name, with the description the article used for them when it gave one. */
export function speakerLabel(speaker: string, description: string | null): string {
  return description ? `${speaker} (${description})` : speaker;
}
