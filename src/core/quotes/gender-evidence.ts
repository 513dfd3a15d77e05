// Which people the article calls "he" or "she", counting only evidence that cannot belong to someone else: an
// honorific or a gendered role word ("Ms. Lee", "spokeswoman"), and a subject pronoun in a sentence about exactly
// one person (a name inside another's title, "Trump spokesman Ann Lee", is not counted), who is that sentence's
// main-clause subject, or the subject and only person of the sentence before. A
// "she" in a sentence that also names another person says nothing about either (that is how a man got typed
// female), nor does a "he" in a sentence whose one tagged person is an object ("Lee's apology overshadowed an
// attack he made on Clinton": the "he" is Lee's, whom the tagger missed).
import type { Entity, Span } from '../types';
import type { EntityMention, MentionIndex } from '../entities/mention-index';
import { FEMALE_PRONOUNS, gendersOf, MALE_PRONOUNS, namedGenderVotes, type Gender } from '../entities/gender';
import { tokenize } from '../text/tokenize';
import { mainClauseSubject } from './clause-subject';
import { givenNameGender } from './given-names';
import { isTitleOf } from './title-of';

const GIVEN_NAME_VOTE = 1.5;

export function genderEvidence(text: string, entities: Entity[], sentences: Span[], index: MentionIndex, inQuote: (pos: number) => boolean): Map<Entity, Gender> {
  const votes = namedGenderVotes(text, entities);
  const vote = (e: Entity, n: number) => votes.set(e, (votes.get(e) ?? 0) + n);
  // A first name is weaker evidence than an honorific or the article's own pronouns: two sentences outvote it.
  for (const e of entities) {
    const given = e.type === 'PER' ? givenNameGender(e.name) : undefined;
    if (given) vote(e, given === 'm' ? GIVEN_NAME_VOTE : -GIVEN_NAME_VOTE);
  }
  const people = (s: Span): EntityMention[] => {
    const here = index.within(s.start, s.end).filter((m) => m.entity.type === 'PER' && !inQuote(m.start));
    // "Trump spokesman Ann Lee": a name inside another's title is no second person the pronouns could be about.
    return here.filter((m, k) => !(here[k + 1] && isTitleOf(text, m, here[k + 1])));
  };
  let previousOnly: Entity | null = null;
  for (const sentence of sentences) {
    const here = people(sentence);
    const distinct = new Set(here.map((m) => m.entity));
    // Pronouns outside quotes only: inside a quote "he" is whoever the speaker talks about.
    const outside = stripQuotes(text, sentence, inQuote);
    const male = outside.match(MALE_PRONOUNS)?.length ?? 0;
    const female = outside.match(FEMALE_PRONOUNS)?.length ?? 0;
    const subject = distinct.size === 1 && isSubject(text, sentence, here[0].entity, index, inQuote) ? here[0].entity : null;
    const about = distinct.size === 1 ? subject : distinct.size === 0 ? previousOnly : null;
    if (about && male !== female && !(male && female)) vote(about, male > female ? 1 : -1);
    previousOnly = distinct.size === 1 ? subject : distinct.size === 0 ? previousOnly : null;
  }
  return gendersOf(votes);
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
