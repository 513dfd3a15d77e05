// Which people the article calls "he" or "she", counting only evidence that cannot belong to someone else: an
// honorific or a gendered role word ("Ms. Lee", "spokeswoman"), and a subject pronoun in a sentence about exactly
// one person, who is that sentence's main-clause subject, or the subject and only person of the sentence before. A
// "she" in a sentence that also names another person says nothing about either (that is how a man got typed
// female), nor does a "he" in a sentence whose one tagged person is an object ("Lee's apology overshadowed an
// attack he made on Clinton": the "he" is Lee's, whom the tagger missed).
import type { Entity, Span } from '../types';
import type { EntityMention, MentionIndex } from '../entities/mention-index';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../entities/lexicon';
import { tokenize } from '../text/tokenize';
import { mainClauseSubject } from './clause-subject';

export type Gender = 'm' | 'f';

const MALE = /\b(?:he|himself)\b/giu;
const FEMALE = /\b(?:she|herself)\b/giu;
const FEMALE_ROLES = /\b(?:woman|girl|lady|spokeswoman|congresswoman|chairwoman|businesswoman|actress|wife|mother|daughter|sister|grandmother|widow|queen|princess|girlfriend)\b/iu;
const MALE_ROLES = /\b(?:man|boy|gentleman|spokesman|congressman|chairman|businessman|actor|husband|father|son|brother|grandfather|widower|king|prince|boyfriend)\b/iu;
const WORD_BEFORE = /([\p{L}.]+)\s*$/u;
// A role word right before a name, as its title or an appositive: "her husband, Tom Reed", "actress Ann Lee".
const ROLE_BEFORE = /(\p{L}+)\s*,?\s*$/u;

/** The gender a description states with a role word ("the woman", "a spokesman"), if exactly one. */
export function phraseGender(phrase: string): Gender | undefined {
  const female = FEMALE_ROLES.test(phrase);
  const male = MALE_ROLES.test(phrase);
  return female === male ? undefined : female ? 'f' : 'm';
}

export function genderEvidence(text: string, entities: Entity[], sentences: Span[], index: MentionIndex, inQuote: (pos: number) => boolean): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (e: Entity, n: number) => votes.set(e, (votes.get(e) ?? 0) + n);
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    if (e.role && FEMALE_ROLES.test(e.role)) vote(e, -5);
    if (e.role && MALE_ROLES.test(e.role)) vote(e, 5);
    for (const m of e.mentions.slice(0, 50)) {
      const role = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
      const said = role ? phraseGender(role) : undefined;
      if (said) vote(e, said === 'm' ? 5 : -5);
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
      const own = text.slice(m.start, m.end).split(/\s+/u)[0].toLowerCase();
      for (const w of [before, own]) {
        if (w && MALE_HONORIFICS.has(w)) vote(e, 5);
        if (w && FEMALE_HONORIFICS.has(w)) vote(e, -5);
      }
    }
  }
  const people = (s: Span): EntityMention[] => index.within(s.start, s.end).filter((m) => m.entity.type === 'PER' && !inQuote(m.start));
  let previousOnly: Entity | null = null;
  for (const sentence of sentences) {
    const here = people(sentence);
    const distinct = new Set(here.map((m) => m.entity));
    // Pronouns outside quotes only: inside a quote "he" is whoever the speaker talks about.
    const outside = stripQuotes(text, sentence, inQuote);
    const male = outside.match(MALE)?.length ?? 0;
    const female = outside.match(FEMALE)?.length ?? 0;
    const subject = distinct.size === 1 && isSubject(text, sentence, here[0].entity, index, inQuote) ? here[0].entity : null;
    const about = distinct.size === 1 ? subject : distinct.size === 0 ? previousOnly : null;
    if (about && male !== female && !(male && female)) vote(about, male > female ? 1 : -1);
    previousOnly = distinct.size === 1 ? subject : distinct.size === 0 ? previousOnly : null;
  }
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? 'm' : 'f');
  return out;
}

/** Whether the person heads the main clause's subject ("Lee said", "Sen. Ann Lee, 60, left"). */
function isSubject(text: string, sentence: Span, person: Entity, index: MentionIndex, inQuote: (pos: number) => boolean): boolean {
  const words = tokenize(text, sentence).filter((t) => !inQuote(t.start));
  const subject = mainClauseSubject(words, index);
  const head = subject.length ? index.at(subject[subject.length - 1].start) : undefined;
  return head?.entity === person;
}

function stripQuotes(text: string, s: Span, inQuote: (pos: number) => boolean): string {
  let out = '';
  for (let i = s.start; i < s.end; i++) out += inQuote(i) ? ' ' : text[i];
  return out;
}
