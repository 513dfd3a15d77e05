// Search over memory by name: every word typed starts a word of the name, in any order, folded like names are
// ("merk" finds Angela Merkel, "ang mer" too, "erkel" does not).
import { foldName } from './names';

export function queryWords(query: string): string[] {
  return foldName(query).split(' ').filter(Boolean);
}

export function matchesQuery(words: readonly string[], query: readonly string[]): boolean {
  return query.length > 0 && query.every((q) => words.some((w) => w.startsWith(q)));
}
