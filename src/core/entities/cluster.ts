import type { Entity, Mention } from '../types';

/** Groups mentions of the same thing into entities (exact surface form for now). */
export function clusterEntities(_text: string, mentions: Mention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const key = `${m.type}:${m.text}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: `e${byKey.size + 1}`, name: m.text, type: m.type, mentions: [], aliases: [], salience: 0 };
      byKey.set(key, e);
    }
    e.mentions.push({ start: m.start, end: m.end });
  }
  return [...byKey.values()];
}
