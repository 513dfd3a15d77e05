// Display formats shared by the popup, the options page and the Markdown export.
import type { EntityType } from '../core/types';

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
