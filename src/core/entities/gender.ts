// Which people the article itself calls "he" or "she", so a pronoun does not land on the wrong person. Evidence:
// an honorific ("Mr. Trump", "Ms. Clinton") or a role word ("spokeswoman", "actress Ann Lee"), or the pronouns that follow a sentence
// whose first person is that entity (in that sentence and the next, until another person is named). One pass.
import type { Entity, Span } from '../types';
import type { MentionIndex } from './mention-index';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './lexicon';

export type Gender = 'm' | 'f';

// Subject pronouns only: "him" and "her" are as often someone else, the object of the sentence.
export const MALE_PRONOUNS = /\b(?:he|himself)\b/giu;
export const FEMALE_PRONOUNS = /\b(?:she|herself)\b/giu;
const FEMALE_ROLES = /\b(?:woman|girl|lady|spokeswoman|congresswoman|chairwoman|businesswoman|actress|wife|mother|daughter|sister|grandmother|widow|queen|princess|girlfriend)\b/iu;
const MALE_ROLES = /\b(?:man|boy|gentleman|spokesman|congressman|chairman|businessman|actor|husband|father|son|brother|grandfather|widower|king|prince|boyfriend)\b/iu;
// Titles in "-man" that newsrooms also give women ("Trump spokesman Hope Hicks"): a weak vote, outvoted by a given
// name or the article's own pronouns. "-woman" titles are never given to men: those stay strong.
const COMMON_GENDER_TITLE = /\b(?:spokesman|chairman|congressman)\b/iu;
const STRONG_VOTE = 5;
const TITLE_VOTE = 1;
const WORD_BEFORE = /([\p{L}.]+)\s*$/u;
// A role word right before a name, as its title or an appositive: "her husband, Tom Reed", "actress Ann Lee".
const ROLE_BEFORE = /(\p{L}+)\s*,?\s*$/u;

/** The gender a description states with a role word ("the woman", "a spokesman"), if exactly one. */
export function phraseGender(phrase: string): Gender | undefined {
  const female = FEMALE_ROLES.test(phrase);
  const male = MALE_ROLES.test(phrase);
  return female === male ? undefined : female ? 'f' : 'm';
}

/**
 * Evidence no other person can own: the role the article gives someone, a role word right before a mention, and an
 * honorific ("Mr. Trump", "Ms. Clinton"). Positive votes are male, negative female, five per piece (one for a
 * "-man" title).
 */
export function namedGenderVotes(text: string, entities: Entity[]): Map<Entity, number> {
  const votes = new Map<Entity, number>();
  const vote = (e: Entity, n: number) => votes.set(e, (votes.get(e) ?? 0) + n);
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    // A "-man" title counts once however often it is written: the role and the word before a mention are one fact.
    let titled = false;
    const roleVote = (phrase: string, gender: Gender) => {
      if (gender === 'f') vote(e, -STRONG_VOTE);
      else if (!COMMON_GENDER_TITLE.test(phrase)) vote(e, STRONG_VOTE);
      else if (!titled) {
        titled = true;
        vote(e, TITLE_VOTE);
      }
    };
    const stated = e.role ? phraseGender(e.role) : undefined;
    if (stated) roleVote(e.role!, stated);
    for (const m of e.mentions.slice(0, 50)) {
      const role = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
      const said = role ? phraseGender(role) : undefined;
      if (said) roleVote(role!, said);
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
      const own = text.slice(m.start, m.end).split(/\s+/u)[0].toLowerCase();
      for (const w of [before, own]) {
        if (w && MALE_HONORIFICS.has(w)) vote(e, STRONG_VOTE);
        if (w && FEMALE_HONORIFICS.has(w)) vote(e, -STRONG_VOTE);
      }
    }
  }
  return votes;
}

/** Each vote's sign as a gender; a tie says nothing. */
export function gendersOf(votes: Map<Entity, number>): Map<Entity, Gender> {
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? 'm' : 'f');
  return out;
}

export function inferGenders(text: string, entities: Entity[], sentences: Span[], index: MentionIndex): Map<Entity, Gender> {
  const votes = namedGenderVotes(text, entities);
  const vote = (e: Entity, n: number) => votes.set(e, (votes.get(e) ?? 0) + n);
  for (let s = 0; s < sentences.length; s++) {
    const people = index.within(sentences[s].start, sentences[s].end).filter((m) => m.entity.type === 'PER');
    if (!people.length) continue;
    const subject = people[0];
    const others = people.filter((m) => m.entity !== subject.entity);
    // Pronouns after the subject, up to the next other person; then into the next sentence if it names nobody first.
    let end = others.length ? others[0].start : sentences[s].end;
    let stretch = text.slice(subject.end, end);
    const next = sentences[s + 1];
    if (!others.length && next) {
      const firstPerson = index.within(next.start, next.end).find((m) => m.entity.type === 'PER');
      end = firstPerson ? firstPerson.start : next.end;
      stretch += ' ' + text.slice(next.start, end);
    }
    const male = stretch.match(MALE_PRONOUNS)?.length ?? 0;
    const female = stretch.match(FEMALE_PRONOUNS)?.length ?? 0;
    if (male !== female) vote(subject.entity, male > female ? 1 : -1);
  }
  return gendersOf(votes);
}
