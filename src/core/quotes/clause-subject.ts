// The subject of a sentence's main clause, read from tokens without a parser: past an opening adverbial or
// subordinate clause ("When Ryan spoke, ...", "In Ohio, ..."), the words up to the first finite verb, cut at an
// appositive's comma ("Washington, star of the show, thanked ..."). Only a subject that can speak counts: a
// pronoun, a tagged person or organisation, or a phrase headed by a role or source noun ("a campaign aide").
import type { Token } from '../text/tokenize';
import type { MentionIndex } from '../entities/mention-index';
import { NON_PERSON_SOURCES, ORGANISATION_ROLE_NOUNS, ROLE_NOUNS } from '../entities/lexicon';
import { isSpeechVerb } from './cues';
import { GROUPS } from './groups';

const LEADING = /^(?:and|but|so|still|yet|now|also|then|meanwhile|however|instead|indeed|moreover|later|earlier|separately)$/iu;
// Words that open an adverbial or a subordinate clause before the main clause.
const OPENER = /^(?:in|on|at|after|before|during|when|while|though|although|if|as|since|because|speaking|asked|for|with|without|despite|amid|unlike|like|once|until|by|from|under|over|following|according|whether|even|last|this|earlier|later|writing|responding|addressing|appearing)$/iu;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|does|did|do|will|would|can|could|should|may|might|must)$/u;
const PRONOUN = /^(?:he|she|they)$/iu;
export const IRREGULAR_PAST = new Set([
  'sent', 'made', 'took', 'gave', 'got', 'went', 'came', 'held', 'left', 'kept', 'felt', 'found', 'thought', 'brought',
  'bought', 'began', 'ran', 'won', 'lost', 'met', 'paid', 'spent', 'stood', 'saw', 'knew', 'became', 'led', 'meant',
  'spoke', 'wrote', 'told', 'said', 'drew', 'threw', 'chose', 'rose', 'fell', 'struck', 'sought', 'taught', 'built',
  'goes', 'put',
]);
// Bodies that issue statements ("The town released a statement saying …").
const PUBLIC_BODIES = new Set(['town', 'city', 'village', 'county', 'council', 'commission', 'board', 'court', 'administration', 'legislature', 'assembly', 'parliament', 'senate', 'embassy', 'consulate', 'ministry', 'department']);
const QUANTITY = /^(?:one|two|three|four|five|some|many|most|several|dozens|hundreds|thousands|millions|scores|none|each|all|both)$/iu;
const HEAD_ENDS = /^(?:of|from|for|at|in|on|by|with)$/u;
const PRE_VERB_ADVERB = /^(?:later|then|also|again|still|now|since|once|often|never|always|already|just|first|soon|even)$/u;
const MAX_OPENER = 25;
const MAX_SUBJECT = 10;

export function mainClauseSubject(ts: Token[], index: MentionIndex): Token[] {
  let p = 0;
  for (let guard = 0; guard < 3 && p < ts.length; guard++) {
    while (p < ts.length && (LEADING.test(ts[p].text) || ts[p].text === ',')) p++;
    // "Reprising an old line, the senator talked about …": a participle opening the sentence is an adverbial too.
    const participle = p === 0 && /^\p{Lu}\p{Ll}+ing$/u.test(ts[p].text);
    if (p >= ts.length || !(OPENER.test(ts[p].text) || participle)) break;
    const comma = ts.findIndex((t, k) => k > p && k - p <= MAX_OPENER && t.text === ',');
    if (comma < 0) return [];
    p = comma + 1;
  }
  if (p >= ts.length) return [];
  if (PRONOUN.test(ts[p].text)) return ts[p + 1] && isVerbLike(ts, p + 1) ? [ts[p]] : [];
  let v = p + 1;
  // "A campaign official later walked back …": an adverb before the verb is not the subject's.
  while (v < ts.length && v - p <= MAX_SUBJECT && !isVerbLike(ts, v) && !(PRE_VERB_ADVERB.test(ts[v].text) && ts[v + 1] && isVerbLike(ts, v + 1))) v++;
  if (v >= ts.length || v - p > MAX_SUBJECT) return [];
  let subject = ts.slice(p, v);
  const comma = subject.findIndex((t) => t.text === ',');
  if (comma === 0) return [];
  if (comma > 0) subject = subject.slice(0, comma);
  return canSpeak(subject, index) ? subject : [];
}

/** A finite verb in lower case: an auxiliary, a verb of saying, a past tense, or a present after a name or noun. */
function isVerbLike(ts: Token[], k: number): boolean {
  const w = ts[k].text;
  // "Christie's been making the case": the 's of "has" or "is".
  if (/^['’]s$/u.test(w)) return /^(?:been|not|never|got|gotten|going|also|already|still)$/u.test(ts[k + 1]?.text ?? '');
  if (!/^\p{Ll}/u.test(w)) return false;
  if (AUXILIARY.test(w) || /n['’]t$/u.test(w)) return true;
  if (/ly$/u.test(w) && ts[k + 1]) return isVerbLike(ts, k + 1);
  if (/ing$/u.test(w)) return false;
  if (isSpeechVerb(w) || /ed$/u.test(w) || IRREGULAR_PAST.has(w)) return true;
  const prev = ts[k - 1]?.text ?? '';
  return /s$/u.test(w) && !/ss$/u.test(w) && (/^\p{Lu}/u.test(prev) || ROLE_NOUNS.has(prev) || NON_PERSON_SOURCES.has(prev));
}

function canSpeak(subject: Token[], index: MentionIndex): boolean {
  if (!subject.length) return false;
  // "lawyer, endorsed …": a bare singular noun is the tail of an appositive, not a subject.
  if (subject.length === 1 && /^\p{Ll}/u.test(subject[0].text) && !/s$/u.test(subject[0].text)) return false;
  // "Thursday's memo from the panel": the head is the noun before the preposition.
  const prep = subject.findIndex((t, k) => k > 0 && HEAD_ENDS.test(t.text));
  // "Hundreds of demonstrators", "one of the aides": a number's noun is the one after "of".
  const counted = prep > 0 && QUANTITY.test(subject[0].text) && subject[prep].text === 'of';
  const head = subject[prep > 0 && !counted ? prep - 1 : subject.length - 1];
  const named = index.at(head.start) ?? index.at(subject[subject.length - 1].start);
  if (named && (named.entity.type === 'PER' || named.entity.type === 'ORG')) return true;
  const word = head.text.toLowerCase();
  return ROLE_NOUNS.has(word) || NON_PERSON_SOURCES.has(word) || ORGANISATION_ROLE_NOUNS.has(word) || PUBLIC_BODIES.has(word) || (GROUPS.has(word) && !QUANTITY.test(word));
}
