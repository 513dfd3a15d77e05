// What the background answers about the reading memory: the entity page's dossier, search, forgetting and
// undoing a merge; the options page's size limit and "forget a site"; the hover card's "open the entity page".
// Only the extension's own pages may read or change memory; a content script may only ask to open the page.
import { entityPagePath } from '../shared/entity-page';
import type { BackgroundProtocol, MemoryStats } from '../shared/protocol';
import type { ReadingMemory } from './memory-store';
import type { Sender } from './service';

type Res<K extends keyof BackgroundProtocol> = BackgroundProtocol[K]['res'];
type Req<K extends keyof BackgroundProtocol> = BackgroundProtocol[K]['req'];

export interface MemoryDeps {
  memory: ReadingMemory;
  extensionOrigin: string;
  /** Opens an extension page (a path inside the extension) in a new tab. */
  openTab(path: string): Promise<void>;
  /** Memory changed outside reading (forgotten, split): earlier-article lists computed before are stale. */
  changed(): void;
}

export class MemoryService {
  constructor(private readonly deps: MemoryDeps) {}

  async openEntity({ key }: Req<'openEntity'>, sender: Sender): Promise<Res<'openEntity'>> {
    const fromTab = typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
    if (!fromTab) this.extensionPage(sender);
    await this.deps.openTab(entityPagePath(key));
    return { ok: true };
  }

  async memoryEntity({ key }: Req<'memoryEntity'>, sender: Sender): Promise<Res<'memoryEntity'>> {
    this.extensionPage(sender);
    return { dossier: await this.deps.memory.dossier(key) };
  }

  async memorySearch({ query }: Req<'memorySearch'>, sender: Sender): Promise<Res<'memorySearch'>> {
    this.extensionPage(sender);
    return { matches: await this.deps.memory.search(query) };
  }

  async memoryForget({ key }: Req<'memoryForget'>, sender: Sender): Promise<Res<'memoryForget'>> {
    this.extensionPage(sender);
    const forgotten = await this.deps.memory.forgetEntity(key);
    this.deps.changed();
    return { forgotten };
  }

  async memoryUnmerge({ key, merge }: Req<'memoryUnmerge'>, sender: Sender): Promise<Res<'memoryUnmerge'>> {
    this.extensionPage(sender);
    const parted = await this.deps.memory.unmerge(key, merge);
    this.deps.changed();
    return { key: parted };
  }

  async memoryForgetSite({ site }: Req<'memoryForgetSite'>, sender: Sender): Promise<Res<'memoryForgetSite'>> {
    this.extensionPage(sender);
    const articles = await this.deps.memory.forgetSite(site);
    this.deps.changed();
    return { articles };
  }

  async memoryStats(_req: Req<'memoryStats'>, sender: Sender): Promise<MemoryStats> {
    this.extensionPage(sender);
    return this.deps.memory.stats();
  }

  async memorySetLimit({ mb }: Req<'memorySetLimit'>, sender: Sender): Promise<Res<'memorySetLimit'>> {
    this.extensionPage(sender);
    const set = await this.deps.memory.setLimit(mb);
    this.deps.changed();
    return { mb: set };
  }

  private extensionPage(sender: Sender): void {
    if (!sender.url?.startsWith(this.deps.extensionOrigin)) throw new Error('Only the extension\'s own pages may ask this.');
  }
}
