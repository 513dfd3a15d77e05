// The settings as the background last read them, so a request does not wait for three storage reads (the sync
// area and two local keys; Firefox's sync area takes 10-40 ms). The copy is dropped on any storage change that may
// touch the settings, in the same task as the change event, so the next request reads them again: a stale copy
// could annotate a site the reader has just switched off. Keys that the background itself writes on every request
// (`ignored`) do not drop it.
import type { Settings } from '../shared/settings';

export type StorageChangeListener = (changes: Record<string, unknown>, area: string) => void;

export interface SettingsSource {
  load(): Promise<Settings>;
  /** `browser.storage.onChanged.addListener`. */
  onChanged(listener: StorageChangeListener): void;
  /** Keys in storage.local that never hold settings and change often (counters, benchmark records). */
  ignored(key: string): boolean;
}

export function cachedSettings(source: SettingsSource): () => Promise<Settings> {
  let copy: Promise<Settings> | null = null;
  source.onChanged((changes, area) => {
    if (area === 'sync' || (area === 'local' && Object.keys(changes).some((key) => !source.ignored(key)))) copy = null;
  });
  return () => {
    if (!copy) {
      const reading = source.load();
      copy = reading;
      // A failed read is not kept: the next request tries again.
      reading.catch(() => {
        if (copy === reading) copy = null;
      });
    }
    return copy;
  };
}
