// What an earlier copy of this content script may have left in the page. After the extension is reloaded or
// updated, Firefox tears the old copy down before it can clean up and injects a new one into the open tab, in a
// fresh world that cannot see the old one: the new copy removes the old copy's card host and highlights itself.
import { HOST_TAG } from './card/layer';
import { highlightName } from './highlights';
import { MARK_GROUPS } from './marks';

/** Removes every card host and every highlight registered under our names; returns how many things it removed. */
export function removeLeftovers(doc: Document, registry: { delete(name: string): boolean } | null): number {
  let removed = 0;
  for (const host of doc.querySelectorAll(HOST_TAG)) {
    host.remove();
    removed++;
  }
  if (registry) {
    for (const group of [...MARK_GROUPS, 'FLASH' as const]) if (registry.delete(highlightName(group))) removed++;
  }
  return removed;
}
