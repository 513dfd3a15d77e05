// A speaker is always a noun phrase. The phrase found around a cue sometimes runs into a clause ("other officials
// haven't", "Priebus told reporters", "the campaign, which"), starts with a pronoun and its verb ("He went on"), or
// carries a time adjunct ("Trump on Tuesday"): cut it back to the noun phrase, or to nothing when none is left.
import type { Token } from '../text/tokenize';
import { isSpeechVerb } from './cues';
import { IRREGULAR_PAST } from './clause-subject';

const WH_WORD = /^(?:who|whom|whose|which|what|when|where|why|how|whether|that)$/iu;
const AUXILIARY = /^(?:am|is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|won['’]t|can['’]t|isn['’]t|wasn['’]t|haven['’]t|hasn['’]t|didn['’]t|doesn['’]t)$/u;
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/iu;
const BARE = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|each|every|and|or|but|of)$/iu;
// Sentence adverbs between a subject and its verb ("Carter however said"): never the end of a noun phrase.
const SENTENCE_ADVERB = /^(?:however|also|too|though|meanwhile|instead|therefore|nonetheless|nevertheless|still|then|again|himself|herself|themselves|itself)$/u;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this|recently|previously|now|then|morning|afternoon|evening|night|week|weekend|month|year)$/iu;
// Prepositions that open a time or place adjunct after the name ("Trump on Tuesday", "Clinton in Ohio on Monday").
const ADJUNCT_PREPOSITION = /^(?:on|in|at|during|after|before|since|while|last|this)$/iu;
const PREPOSITION = /^(?:of|for|to|in|on|at|with|from|by)$/iu;
const CAPITALISED = /^\p{Lu}/u;
const OPENING_ADVERB = /^(?:Recently|Later|Earlier|Previously|Now|Then|Meanwhile|Separately|Yesterday|Today|Also)$/u;
const AFTER_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|first|initially|once)$/iu;

export function nounPhrase(ts: Token[]): Token[] {
  // "Recently she", "Later Lee": an adverb opening the sentence is no part of its subject.
  while (ts.length > 1 && (OPENING_ADVERB.test(ts[0].text) || /^\p{Lu}\p{Ll}+ly$/u.test(ts[0].text))) ts = ts.slice(1);
  if (!ts.length) return ts;
  if (PRONOUN.test(ts[0].text)) return [ts[0]];
  let end = ts.length;
  for (let k = 0; k < end; k++) {
    const w = ts[k].text;
    // A finite verb (an auxiliary, or a past-tense verb of saying in lower case) or a wh-word starts a clause.
    if ((WH_WORD.test(w) && (k > 0 || w.toLowerCase() !== 'that')) || AUXILIARY.test(w) || IRREGULAR_PAST.has(w) || /n['’]t$/u.test(w) || (k > 0 && /^\p{Ll}/u.test(w) && isSpeechVerb(w) && !/ing$/u.test(w))) {
      end = k;
      break;
    }
    // "a source speaking to reporters", "an aide writing in the Post": a participle and its object close the phrase.
    if (k > 1 && /^\p{Ll}+ing$/u.test(w) && PREPOSITION.test(ts[k + 1]?.text ?? '')) {
      end = k;
      break;
    }
    // "a campaign ad released Thursday": a participle with a time adjunct after it closes the phrase.
    if (k > 1 && /^\p{Ll}+ed$/u.test(w) && TIME_WORD.test(ts[k + 1]?.text ?? '')) {
      end = k;
      break;
    }
    // "her criticism of the mayor raised": a lower-case past tense after a prepositional phrase is the verb.
    if (k > 1 && /^\p{Ll}+ed$/u.test(w) && ts.slice(0, k).some((t) => PREPOSITION.test(t.text)) && !PREPOSITION.test(ts[k - 1].text)) {
      end = k;
      break;
    }
  }
  let out = ts.slice(0, end);
  out = withoutTimeAdjunct(out);
  // "Lee later Thursday", "Watch first": a time word or an adverb of order after a name.
  let run = out.length;
  while (run > 1 && AFTER_NAME.test(out[run - 1].text)) run--;
  if (run < out.length && CAPITALISED.test(out[run - 1].text)) out = out.slice(0, run);
  while (out.length > 1 && SENTENCE_ADVERB.test(out[out.length - 1].text)) out = out.slice(0, -1);
  while (out.length && (BARE.test(out[out.length - 1].text) || PREPOSITION.test(out[out.length - 1].text) || /^[,;:]$/u.test(out[out.length - 1].text))) out = out.slice(0, -1);
  if (out.length === 1 && BARE.test(out[0].text)) return [];
  return out;
}

/** "Trump on Tuesday", "the official last week", "Clinton in Ohio on Monday": the name without the adjunct. */
function withoutTimeAdjunct(ts: Token[]): Token[] {
  for (let k = 1; k < ts.length; k++) {
    if (!ADJUNCT_PREPOSITION.test(ts[k].text) || CAPITALISED.test(ts[k].text)) continue;
    const rest = ts.slice(k + 1);
    const timeOrPlace = rest.some((t) => TIME_WORD.test(t.text)) || (rest.length > 0 && rest.length <= 4 && rest.every((t) => CAPITALISED.test(t.text) || t.text === ','));
    // Only after a name: "an official in the ministry" keeps its "in".
    if (timeOrPlace && CAPITALISED.test(ts[k - 1].text)) return ts.slice(0, k);
    if (rest.some((t) => TIME_WORD.test(t.text)) && /^(?:on|last|this|during)$/iu.test(ts[k].text)) return ts.slice(0, k);
  }
  return ts;
}
