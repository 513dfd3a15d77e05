// A name written inside another person's title ("Trump spokesman Ann Lee", "Lee campaign manager Tom Reed") modifies
// that title: it is not a second person the sentence is about.
import type { EntityMention } from '../entities/mention-index';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../entities/lexicon';

const MAX_TITLE_WORDS = 3;

/** Whether `m` is written as part of the title before `next`: only role words between ("Lee campaign manager Reed"). */
export function isTitleOf(text: string, m: EntityMention, next: EntityMention): boolean {
  const words = text.slice(m.end, next.start).trim().split(/\s+/u);
  const role = words.at(-1)?.toLowerCase() ?? '';
  return words.length <= MAX_TITLE_WORDS && ROLE_NOUNS.has(role) && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
}
