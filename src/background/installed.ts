// What the background does when Lede is installed or updated: a first install opens the welcome page; an update
// that changes what Lede asks for or stores opens the page's "what changed" note, once (the browser reports each
// update once, and the footprint is written before the page opens, so no later start repeats it).
import { encodeFootprint, whatChanged, type Footprint } from '../shared/footprint';

export const WELCOME_PAGE = 'welcome/welcome.html';
export const FOOTPRINT_KEY = 'footprint';

export interface InstalledDeps {
  now: Footprint;
  stored(): Promise<Footprint | null>;
  store(footprint: Footprint): Promise<void>;
  /** Opens an extension page (path relative to the extension root) in a new tab. */
  open(path: string): Promise<void>;
}

export async function onInstalled(reason: string, deps: InstalledDeps): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  const before = await deps.stored().catch(() => null);
  await deps.store(deps.now);
  if (reason === 'install') return deps.open(WELCOME_PAGE);
  // An update from a version that kept no footprint cannot say what changed: it stays quiet rather than guess.
  if (before && whatChanged(before, deps.now).length) await deps.open(`${WELCOME_PAGE}?changed=${encodeFootprint(before)}`);
}
