// The entity page's behaviour: read the key or query from the address, ask the background, draw, and act on the
// reader's choices (export, forget, undo a merge). Browser APIs come in as dependencies so tests drive it in jsdom.
import type { Dossier } from '../core/memory/dossier';
import type { MemoryMatch } from '../shared/protocol';
import { StageClock } from '../shared/timing';
import { dossierFileName, dossierToJson, dossierToMarkdown } from './export';
import { renderDossier, renderMatches, renderMissing } from './view';

export interface EntityPageDeps {
  search: string;
  dossier(key: string): Promise<Dossier | null>;
  find(query: string): Promise<MemoryMatch[]>;
  forget(key: string): Promise<boolean>;
  unmerge(key: string, merge: number): Promise<string | null>;
  download(filename: string, mime: string, text: string): void;
  confirm(question: string): boolean;
  show(el: HTMLElement): void;
  announce(text: string): void;
  setTitle(title: string): void;
  now(): Date;
}

export class EntityPage {
  private readonly clock = new StageClock('entity');

  constructor(private readonly deps: EntityPageDeps) {
    this.clock.mark('script');
  }

  async start(): Promise<void> {
    const params = new URLSearchParams(this.deps.search);
    const key = params.get('key');
    try {
      if (key) await this.showEntity(key);
      else await this.showSearch(params.get('q') ?? '');
    } catch (err) {
      this.deps.show(renderMissing(`Lede could not read its memory: ${err instanceof Error ? err.message : String(err)}`));
    }
    this.clock.mark('shown');
    this.clock.publish();
  }

  private async showEntity(key: string): Promise<void> {
    const dossier = await this.deps.dossier(key);
    this.clock.mark('loaded');
    if (!dossier) {
      this.deps.setTitle('Lede: not in your reading memory');
      this.deps.show(renderMissing('Lede has nothing about this name: it was forgotten, or the articles that mentioned it were removed to keep memory within its size.'));
      return;
    }
    this.deps.setTitle(`Lede: ${dossier.name}`);
    this.deps.show(renderDossier(dossier, {
      exportMarkdown: () => this.deps.download(dossierFileName(dossier, 'md'), 'text/markdown', dossierToMarkdown(dossier, this.deps.now())),
      exportJson: () => this.deps.download(dossierFileName(dossier, 'json'), 'application/json', dossierToJson(dossier, this.deps.now())),
      forget: () => void this.forget(dossier),
      unmerge: (index) => void this.unmerge(dossier, index),
    }));
  }

  private async showSearch(query: string): Promise<void> {
    const matches = await this.deps.find(query);
    this.clock.mark('loaded');
    this.deps.setTitle(query ? `Lede: “${query}” in your reading memory` : 'Lede: your reading memory');
    this.deps.show(renderMatches(query, matches));
  }

  private async forget(dossier: Dossier): Promise<void> {
    if (!this.deps.confirm(`Forget ${dossier.name} in every article Lede remembers? This cannot be undone.`)) return;
    await this.deps.forget(dossier.key);
    await this.showSearch('');
    this.deps.announce(`Lede has forgotten ${dossier.name}.`);
  }

  private async unmerge(dossier: Dossier, index: number): Promise<void> {
    const parted = await this.deps.unmerge(dossier.key, index);
    if (!parted) return;
    this.deps.announce(`“${dossier.merges.find((m) => m.index === index)?.name}” is now kept apart from ${dossier.name}.`);
    await this.showEntity(dossier.key);
  }
}
