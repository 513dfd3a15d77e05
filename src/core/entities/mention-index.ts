// Every mention of every entity in text order, searchable by position in O(log n): the quote and role stages
// look only at the mentions near a quote or a name, never at all of them.
import type { Entity, Span } from '../types';

export interface EntityMention extends Span {
  entity: Entity;
}

export class MentionIndex {
  readonly all: EntityMention[];

  constructor(entities: Entity[]) {
    this.all = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Index of the first mention starting at or after `pos`. */
  firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions lying entirely inside [start, end). */
  within(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.firstFrom(start); i < this.all.length && this.all[i].start < end; i++) {
      if (this.all[i].end <= end) out.push(this.all[i]);
    }
    return out;
  }

  /** The mention covering position `pos`, if any. */
  at(pos: number): EntityMention | undefined {
    const i = this.firstFrom(pos + 1) - 1;
    const m = this.all[i];
    return m && m.start <= pos && pos < m.end ? m : undefined;
  }

  /** Mentions before `pos`, nearest first, no further back than `floor`. */
  *backFrom(pos: number, floor: number): Generator<EntityMention> {
    for (let i = this.firstFrom(pos) - 1; i >= 0 && this.all[i].start >= floor; i--) yield this.all[i];
  }
}
