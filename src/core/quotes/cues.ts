// The words that tie a quote to its source: verbs of saying in every form a news story uses them, and the
// little words that may sit between a speaker and the verb ("he later said", "Trump has told").

const VERB_FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['spoke', 'speaks'],
  sing: ['sings', 'sang', 'sung'],
  read: ['reads', 'read'],
};

const REGULAR = [
  'add', 'ask', 'explain', 'note', 'state', 'continue', 'argue', 'claim', 'insist', 'declare', 'reply', 'respond',
  'warn', 'tweet', 'post', 'recall', 'acknowledge', 'admit', 'announce', 'suggest', 'stress', 'urge', 'conclude',
  'remark', 'observe', 'comment', 'complain', 'joke', 'quip', 'concede', 'report', 'testify', 'maintain',
  'contend', 'predict', 'promise', 'vow', 'describe', 'call', 'cite', 'emphasize', 'emphasise', 'caution',
  'allege', 'assert', 'boast', 'charge', 'counter', 'demand', 'deny', 'exclaim', 'confirm', 'reveal', 'whisper',
  'shout', 'yell', 'scream', 'chant', 'proclaim', 'recount', 'repeat', 'reiterate', 'muse', 'opine', 'wonder',
  'accuse', 'blast', 'slam', 'lament', 'mock', 'praise', 'rule', 'rate', 'label', 'dub', 'brand', 'deride',
  'question', 'challenge', 'plead', 'pledge', 'retort', 'interject', 'elaborate', 'summarize', 'summarise',
  'agree', 'disagree', 'tout', 'hint', 'concur', 'point', 'react', 'bark', 'assure', 'reassure', 'thank', 'snap',
  'scoff', 'gush', 'sneer', 'marvel', 'surmise', 'riff', 'remember', 'press', 'fume', 'answer', 'welcome', 'rail',
  'rant', 'grumble', 'implore', 'instruct', 'inform', 'advise', 'remind', 'tease', 'taunt', 'chide', 'scold',
  'rebuke', 'sigh', 'laugh', 'murmur', 'mutter', 'exult', 'crow', 'brag', 'confide', 'disclose', 'speculate',
  'estimate', 'posit', 'lecture', 'preach', 'beg', 'apologize', 'apologise', 'echo', 'chime', 'criticize',
  'criticise', 'email', 'text', 'message', 'declaim', 'decry', 'denounce', 'clarify', 'mention', 'notify',
  'reassert', 'restate', 'retell', 'reckon', 'rave', 'acclaim', 'exhort', 'lash', 'quote', 'sneer', 'gripe',
  'query', 'volunteer', 'interrupt', 'cry', 'bemoan', 'imply', 'indicate', 'beam', 'boom',
];

/** Verbs that are verbs of saying with their particle: "shot back", "as she put it", "went on", "chimed in". */
export const PARTICLE_CUES: Record<string, string> = {
  shot: 'back', fired: 'back', hit: 'back', shoots: 'back', fires: 'back', hits: 'back', put: 'it', puts: 'it',
  went: 'on', goes: 'on', chimed: 'in', chimes: 'in', weighed: 'in', weighs: 'in', piped: 'up', spoke: 'up',
};

/** Verbs that double their last consonant ("admitted", "quipping"). */
const DOUBLING = new Set(['admit', 'quip', 'slam', 'dub', 'concur', 'label']);

function inflect(base: string): string[] {
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : DOUBLING.has(base) ? base + base.at(-1) : base;
  const s = /(?:s|sh|ch|x)$/u.test(base) ? `${base}es` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const ing = `${stem}ing`;
  // The bare form is mostly a noun in news copy ("a report", "the state"): only verbs that are rarely nouns keep it.
  return [...(BARE_FORM_OK.has(base) ? [base] : []), s, ed, ing];
}

const BARE_FORM_OK = new Set(['add', 'ask', 'explain', 'argue', 'insist', 'warn', 'admit', 'predict', 'suggest', 'recall', 'acknowledge', 'concede', 'contend', 'maintain', 'agree', 'disagree', 'wonder', 'testify']);

export const SPEECH_VERBS = new Set([...Object.values(VERB_FORMS).flat(), ...REGULAR.flatMap(inflect)]);

// Verbs whose object is the person addressed or judged ("thanked Obama", "called Trump"): never inverted with
// their speaker after them, as "said Trump" is.
const TAKES_AN_OBJECT = [
  'thank', 'praise', 'call', 'slam', 'blast', 'accuse', 'mock', 'label', 'dub', 'brand', 'deride', 'question',
  'challenge', 'urge', 'inform', 'advise', 'remind', 'implore', 'instruct', 'describe', 'cite', 'welcome', 'press',
  'rate', 'rule', 'tout', 'charge', 'assure', 'reassure', 'scold', 'chide', 'rebuke', 'tease', 'taunt', 'beg',
  'lecture', 'deny', 'demand', 'promise', 'rail', 'hint', 'point', 'echo', 'criticize', 'criticise', 'email',
  'quote',
];
const OBJECT_FORMS = new Set([...VERB_FORMS.tell, ...VERB_FORMS.read, ...VERB_FORMS.sing, ...VERB_FORMS.speak, ...TAKES_AN_OBJECT.flatMap(inflect), ...TAKES_AN_OBJECT]);

/** A verb of saying that may come before its speaker: "…,” said Trump / Added Clinton: “…”. */
export function isInvertible(word: string): boolean {
  return !OBJECT_FORMS.has(word.toLowerCase());
}

/** Participles that hang off an earlier clause: the speaker is that clause's subject ("..., adding that"). */
export function isParticiple(word: string): boolean {
  return /ing$/u.test(word) && SPEECH_VERBS.has(word.toLowerCase());
}

/** Words allowed between a speaker and the verb ("has", "also", "later", "then"). */
export const BETWEEN_SPEAKER_AND_VERB = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'also', 'later', 'then', 'previously',
  'once', 'recently', 'earlier', 'again', 'further', 'simply', 'even', 'reportedly', 'allegedly', 'publicly',
  'privately', 'separately', 'subsequently', 'repeatedly', 'frequently', 'often', 'never', 'always', 'just',
  'quoted', 'as', 'did', 'not', 'could', 'can', 'might', 'must', 'should', 'only',
  // "a reporter can be heard asking": a participle after a verb of perceiving is the cue.
  'be', 'been', 'heard', 'overheard',
  // "The email went on to say", "The spokesman refused to answer": the infinitive's governing verb.
  'to', 'went', 'goes', 'refused', 'wanted', 'declined', 'tried', 'decided', 'began', 'started', 'agreed', 'appeared',
  'seemed', 'failed', 'proceeded', 'continued', 'used', 'took', 'rushed', 'hastened', 'moved', 'wants', 'tries',
]);

/** Words that end a speaker phrase after the verb ("said Khalaf in an interview", "said Trump on Monday"). */
export const SPEAKER_PHRASE_END = new Set([
  'on', 'in', 'during', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'when', 'while',
  'who', 'which', 'that', 'after', 'before', 'because', 'as', 'and', 'but', 'to', 'about', 'since', 'told',
  'via', 'through', 'into', 'if', 'where', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'adding', 'saying', 'noting', 'although', 'though', 'than', 'per',
]);

/** Words that end a clause going backwards from a verb: the speaker starts after them. */
export const CLAUSE_BOUNDARY = new Set([
  'what', 'and', 'but', 'that', 'while', 'although', 'though', 'because', 'when', 'after', 'before', 'since', 'if', 'so',
  'where', 'whereas', 'as', 'yet', 'or', 'unless', 'until', 'whether', 'once', 'than',
]);

const NOUN_BEFORE = /^(?:['’]s|the|a|an|his|her|its|their|our|my|your|these|those|this|whose|some|many|several|no)$/iu;

const AFTER_PREPOSITION = /^(?:in|of|for|to|with|on|at|by|from|about|into|than|like|and|or)$/iu;

/** A finite verb of saying at token `v`, alone or with its particle ("shot back"). */
export function isCueAt(tokens: readonly { text: string; start: number; end: number }[], v: number): boolean {
  const word = tokens[v].text;
  const prev = tokens[v - 1];
  // "Trump's comments", "the reports", "six-pointed": a noun or part of a compound, not a verb.
  if (prev && (NOUN_BEFORE.test(prev.text) || (prev.text === '-' && prev.end === tokens[v].start))) return false;
  // "in states with", "of reports": a noun after a preposition.
  if (prev && AFTER_PREPOSITION.test(prev.text) && /s$/u.test(word)) return false;
  if (isSpeechVerb(word)) return !isParticiple(word) || PERCEIVED.test(prev?.text ?? '');
  // "could only quip", "will add", "they conclude": the bare form after a modal or "they" is a verb, not the noun it
  // usually is.
  if (BARE_FORMS.has(word) && (afterModal(tokens, v) || /^they$/iu.test(prev?.text ?? ''))) return true;
  return PARTICLE_CUES[word] !== undefined && tokens[v + 1]?.text.toLowerCase() === PARTICLE_CUES[word];
}

const PERCEIVED = /^(?:heard|overheard)$/u;
const BARE_FORMS = new Set([...REGULAR, 'say', 'tell', 'write']);
const MODAL = /^(?:could|would|will|can|might|must|should|may|shall)$/u;

function afterModal(tokens: readonly { text: string }[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && /^(?:only|also|just|then|simply|later|not)$/u.test(tokens[k].text)) k--;
  return k >= 0 && MODAL.test(tokens[k].text);
}

/** A verb of saying as written in a cue: lower case, or capitalised only where a sentence may start with it. */
export function isSpeechVerb(word: string): boolean {
  if (SPEECH_VERBS.has(word)) return true;
  return /^(?:Said|Says|Asked|Added|Writing|Speaking)$/u.test(word);
}
