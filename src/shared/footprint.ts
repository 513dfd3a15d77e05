// What Lede asks the browser for and what it keeps on the device, as one comparable record. The background keeps
// the last one it saw; after an update a difference becomes a short note for the reader, shown once.
export interface Footprint {
  version: string;
  permissions: string[];
  optionalPermissions: string[];
  hostPermissions: string[];
  optionalHostPermissions: string[];
  /** Schema versions of what is stored: the IndexedDB database and the settings record. */
  database: number;
  settings: number;
}

interface ManifestLike {
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

export function footprintOf(manifest: ManifestLike, database: number, settings: number): Footprint {
  const sorted = (list?: string[]) => [...(list ?? [])].sort();
  return {
    version: manifest.version,
    permissions: sorted(manifest.permissions),
    optionalPermissions: sorted(manifest.optional_permissions),
    hostPermissions: sorted(manifest.host_permissions),
    optionalHostPermissions: sorted(manifest.optional_host_permissions),
    database,
    settings,
  };
}

/** What each permission means to a reader; a permission not listed here is named as the browser names it. */
const PERMISSION_WORDS: Record<string, string> = {
  storage: 'keep your settings',
  unlimitedStorage: 'keep a cache of articles larger than the browser’s default allowance',
  activeTab: 'read the page you are on when you click its button',
  scripting: 'put its highlights into the page it reads',
  offscreen: 'read the article in a hidden page of its own instead of the page you are reading',
  'http://*/*': 'read web pages automatically (only if you choose “Automatically”)',
  'https://*/*': 'read web pages automatically (only if you choose “Automatically”)',
};

const describe = (p: string) => PERMISSION_WORDS[p] ?? `use “${p}”`;

function added(before: string[], now: string[]): string[] {
  return now.filter((p) => !before.includes(p));
}

/** Reader-facing sentences for each difference, [] when nothing that matters changed. */
export function whatChanged(before: Footprint, now: Footprint): string[] {
  const notes: string[] = [];
  const unique = (list: string[]) => [...new Set(list)];
  const asks = unique(added(before.permissions, now.permissions).concat(added(before.hostPermissions, now.hostPermissions)).map(describe));
  const mayAsk = unique(added(before.optionalPermissions, now.optionalPermissions).concat(added(before.optionalHostPermissions, now.optionalHostPermissions)).map(describe));
  const dropped = unique([...added(now.permissions, before.permissions), ...added(now.hostPermissions, before.hostPermissions),
    ...added(now.optionalPermissions, before.optionalPermissions), ...added(now.optionalHostPermissions, before.optionalHostPermissions)].map(describe));
  for (const what of asks) notes.push(`Lede now asks your browser to ${what}.`);
  for (const what of mayAsk) notes.push(`Lede may ask your permission to ${what}.`);
  for (const what of dropped) notes.push(`Lede no longer needs to ${what}.`);
  if (now.database !== before.database) {
    notes.push('The way Lede keeps its cache and reading history on this device changed; what you had read was carried over. Nothing left your device.');
  }
  if (now.settings !== before.settings) {
    notes.push('Your settings were carried over to a new format; check the options if anything looks different.');
  }
  return notes;
}

/** The footprint travels to the welcome page in its address, so the page keeps no storage of its own. */
export function encodeFootprint(f: Footprint): string {
  return encodeURIComponent(JSON.stringify(f));
}

export function decodeFootprint(raw: string | null): Footprint | null {
  if (!raw) return null;
  try {
    const f = JSON.parse(decodeURIComponent(raw)) as Partial<Footprint>;
    const lists = ['permissions', 'optionalPermissions', 'hostPermissions', 'optionalHostPermissions'] as const;
    if (typeof f.version !== 'string' || typeof f.database !== 'number' || typeof f.settings !== 'number') return null;
    if (!lists.every((k) => Array.isArray(f[k]) && f[k]!.every((p) => typeof p === 'string'))) return null;
    return f as Footprint;
  } catch {
    return null;
  }
}
