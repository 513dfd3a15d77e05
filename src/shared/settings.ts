// The user's settings: one typed record with defaults, validated on every read (storage is shared with other
// installs through sync and can hold anything), migrated from older shapes, saved to storage.sync where the
// browser has it and to storage.local when it does not (or when sync refuses the write).
// The mode is the exception: automatic reading rests on a host permission granted in this browser only, so the
// mode is kept on this device (storage.local) and never synced.
import browser from './browser';
import { ENTITY_TYPES } from './protocol';
import type { EntityType } from '../core/types';

export type Mode = 'automatic' | 'on-demand';

/**
 * Why this browser fell back to on-demand on its own, for the options page to explain: the permission automatic
 * reading needs was never granted here (settings from an earlier version, or synced from another computer), or it
 * was taken back in the browser's own settings.
 */
export type ModeNote = 'needs-permission' | 'permission-removed';

export interface Settings {
  /**
   * Automatic: annotate article pages as they load (needs the optional http/https host permission).
   * On-demand: only when the toolbar button is clicked (the click grants access to that one tab). Per device.
   */
  mode: Mode;
  /** Entity types highlighted in the page and listed in the popup. */
  visibleTypes: EntityType[];
  showQuotes: boolean;
  /** Highlight colour per entity type, `#rrggbb`. */
  colors: Record<EntityType, string>;
  /** Host names where Lede stays silent; a host also covers its subdomains. */
  disabledSites: string[];
  /** Remember which earlier articles mentioned each entity ("seen in 4 earlier articles"). */
  historyEnabled: boolean;
  /** Upper bound of the annotation cache, in megabytes. */
  cacheLimitMb: number;
}

export const SETTINGS_VERSION = 2;
export const CACHE_LIMIT_MB = { min: 1, max: 500 } as const;
const STORAGE_KEY = 'settings';
/** This device's own settings in storage.local: `{ mode, note? }`. */
const DEVICE_KEY = 'device';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  // Nothing is granted at install: Lede reads a page when asked until the reader allows more.
  mode: 'on-demand',
  visibleTypes: [...ENTITY_TYPES],
  showQuotes: true,
  colors: { PER: '#3b82f6', ORG: '#f59e0b', LOC: '#10b981', MISC: '#a855f7' },
  disabledSites: [],
  historyEnabled: true,
  cacheLimitMb: 50,
});

/** What is written to the shared record: the settings but the mode, plus the schema version and when they were written. */
interface SharedRecord extends Omit<Settings, 'mode'> {
  schemaVersion: number;
  updatedAt: number;
}

type Raw = Record<string, unknown>;

/**
 * Each step turns the stored shape of version n into version n + 1. Version 1 was the first release's shape:
 * an `autoAnnotate` flag instead of `mode`, and `hiddenTypes` instead of `visibleTypes`.
 */
const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  1: ({ autoAnnotate, hiddenTypes, ...rest }) => ({
    ...rest,
    ...(typeof autoAnnotate === 'boolean' ? { mode: autoAnnotate ? 'automatic' : 'on-demand' } : {}),
    ...(Array.isArray(hiddenTypes) ? { visibleTypes: ENTITY_TYPES.filter((t) => !hiddenTypes.includes(t)) } : {}),
  }),
};

export function migrateSettings(raw: Raw): Raw {
  // Unversioned data predates versioning: treat it as the first shape.
  let version = typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) ? raw.schemaVersion : 1;
  let out = raw;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) out = step(out);
    version += 1;
  }
  return out;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Lower-case host name without a leading `www.`, from a host or a pasted URL; null when it is not one. */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : null;
}

/** Whether Lede is switched off for the page at `url` (the host or one of its parent domains is listed). */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export interface Validated {
  settings: Settings;
  /** Fields that were present but invalid and fell back to their defaults. */
  problems: string[];
}

/** Turns anything read from storage into valid settings: known fields are checked, bad ones fall back to defaults. */
export function validateSettings(input: unknown): Validated {
  const problems: string[] = [];
  const isRecord = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (!isRecord && input !== undefined && input !== null) problems.push('settings: not an object');
  const raw: Raw = isRecord ? migrateSettings(input as Raw) : {};
  const pick = <K extends keyof Settings>(key: K, check: (v: unknown) => Settings[K] | undefined): Settings[K] => {
    if (!(key in raw)) return structuredClone(DEFAULT_SETTINGS[key]) as Settings[K];
    const value = check(raw[key]);
    if (value === undefined) {
      problems.push(`${key}: invalid value`);
      return structuredClone(DEFAULT_SETTINGS[key]) as Settings[K];
    }
    return value;
  };
  const settings: Settings = {
    mode: pick('mode', (v) => (v === 'automatic' || v === 'on-demand' ? v : undefined)),
    visibleTypes: pick('visibleTypes', (v) =>
      Array.isArray(v) && v.every((t) => ENTITY_TYPES.includes(t)) ? ENTITY_TYPES.filter((t) => v.includes(t)) : undefined),
    showQuotes: pick('showQuotes', (v) => (typeof v === 'boolean' ? v : undefined)),
    colors: pick('colors', (v) => {
      if (typeof v !== 'object' || v === null) return undefined;
      const given = v as Record<string, unknown>;
      // One bad colour should not reset the others.
      const colours = { ...DEFAULT_SETTINGS.colors };
      for (const t of ENTITY_TYPES) {
        const c = given[t];
        if (typeof c === 'string' && HEX_COLOUR.test(c)) colours[t] = c.toLowerCase();
        else if (c !== undefined) problems.push(`colors.${t}: invalid value`);
      }
      return colours;
    }),
    disabledSites: pick('disabledSites', (v) => {
      if (!Array.isArray(v)) return undefined;
      const sites = v.map((s) => (typeof s === 'string' ? normaliseSite(s) : null));
      if (sites.includes(null)) problems.push('disabledSites: dropped entries that are not host names');
      return [...new Set(sites.filter((s): s is string => s !== null))].sort();
    }),
    historyEnabled: pick('historyEnabled', (v) => (typeof v === 'boolean' ? v : undefined)),
    cacheLimitMb: pick('cacheLimitMb', (v) =>
      typeof v === 'number' && Number.isFinite(v)
        ? Math.min(CACHE_LIMIT_MB.max, Math.max(CACHE_LIMIT_MB.min, Math.round(v)))
        : undefined),
  };
  return { settings, problems };
}

/** Checks a patch strictly: a caller asking for an invalid value is a bug to report, not something to repair. */
export function validatePatch(patch: Partial<Settings>): string[] {
  const { problems } = validateSettings({ ...DEFAULT_SETTINGS, ...patch, schemaVersion: SETTINGS_VERSION });
  const unknown = Object.keys(patch).filter((k) => !(k in DEFAULT_SETTINGS));
  return [...problems, ...unknown.map((k) => `${k}: unknown setting`)];
}

type Area = 'sync' | 'local';

function storageArea(area: Area) {
  // storage.sync is missing on some builds (and in Firefox without a sync-capable profile it may throw).
  return area === 'sync' ? browser.storage.sync : browser.storage.local;
}

async function readArea(area: Area): Promise<Raw | null> {
  try {
    const got = await storageArea(area)?.get(STORAGE_KEY);
    const value = got?.[STORAGE_KEY];
    return typeof value === 'object' && value !== null ? (value as Raw) : null;
  } catch {
    return null;
  }
}

/** The newest of the sync and local copies: a write that sync refused lands in local with a later stamp. */
async function readStored(): Promise<Raw | null> {
  const [sync, local] = await Promise.all([readArea('sync'), readArea('local')]);
  const stamp = (r: Raw | null) => (r && typeof r.updatedAt === 'number' ? r.updatedAt : -1);
  if (!sync) return local;
  if (!local) return sync;
  return stamp(local) > stamp(sync) ? local : sync;
}

interface DeviceRecord {
  mode: Mode;
  note: ModeNote | null;
}

const isMode = (v: unknown): v is Mode => v === 'automatic' || v === 'on-demand';

async function readDevice(): Promise<DeviceRecord | null> {
  try {
    const value = (await browser.storage.local.get(DEVICE_KEY))[DEVICE_KEY] as Raw | undefined;
    if (!value || !isMode(value.mode)) return null;
    const note = value.note === 'needs-permission' || value.note === 'permission-removed' ? value.note : null;
    return { mode: value.mode, note };
  } catch {
    return null;
  }
}

/**
 * The settings in effect on this device. Until this device has chosen a mode, a mode in the shared record (written
 * by a version that synced it) stands in; the background checks it against the permission at start-up
 * (background/access.ts) and falls back to on-demand, with a note, when automatic reading is not allowed here.
 */
export async function loadSettings(): Promise<Settings> {
  const [stored, device] = await Promise.all([readStored(), readDevice()]);
  const { settings } = validateSettings(stored);
  return device ? { ...settings, mode: device.mode } : settings;
}

/** Why this device chose its mode by itself, if it did (cleared by the reader's own choice). */
export async function loadModeNote(): Promise<ModeNote | null> {
  return (await readDevice())?.note ?? null;
}

/** Sets this device's mode; `note` says why when Lede decides it rather than the reader. */
export async function saveMode(mode: Mode, note: ModeNote | null = null): Promise<void> {
  await browser.storage.local.set({ [DEVICE_KEY]: { mode, ...(note ? { note } : {}) } });
}

// Saves from one page run one after another: each reads what the previous one wrote, so quick changes to
// different fields never overwrite each other.
let saving: Promise<unknown> = Promise.resolve();

/** Merges `patch` into the stored settings and returns the result. Throws on an invalid patch. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const problems = validatePatch(patch);
  if (problems.length) return Promise.reject(new Error(`Invalid settings: ${problems.join('; ')}`));
  const next = saving.then(() => writeSettings(patch));
  saving = next.catch(() => undefined);
  return next;
}

async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const { mode, ...shared } = patch;
  if (mode !== undefined) await saveMode(mode);
  if (!Object.keys(shared).length) return loadSettings();
  const stored = await readStored();
  const current = validateSettings(stored).settings;
  const { mode: _perDevice, ...next } = validateSettings({ ...current, ...shared, schemaVersion: SETTINGS_VERSION }).settings;
  // Fields written by a newer version of Lede (synced from another install) are kept, not dropped; a mode written
  // by an earlier version is not, since the mode now lives on each device.
  // Stamps only grow, so the copy written last wins even within one millisecond.
  const previous = typeof stored?.updatedAt === 'number' ? stored.updatedAt : 0;
  const updatedAt = Math.max(Date.now(), previous + 1);
  const { mode: _legacy, ...kept } = stored ?? {};
  const record: SharedRecord = { ...kept, ...next, schemaVersion: SETTINGS_VERSION, updatedAt };
  try {
    await storageArea('sync').set({ [STORAGE_KEY]: record });
  } catch {
    // Sync missing, disabled or over its quota (disabledSites can grow): keep the settings on this device.
    await storageArea('local').set({ [STORAGE_KEY]: record });
  }
  return loadSettings();
}

/** Calls `cb` with the new settings whenever they change, in any extension page or the content script. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const ours = STORAGE_KEY in changes || (area === 'local' && DEVICE_KEY in changes);
    if ((area !== 'sync' && area !== 'local') || !ours) return;
    void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
