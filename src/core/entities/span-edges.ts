// Where a tagged name begins and ends. Two names joined by a conjunction are two ("Steelers and Browns"), a hashtag
// is a name of its own ("#Browns Greedy Williams"), and a job title is no name: one the tagger took for an
// organisation or place ("Head of Research", "Minister of Defence") is dropped, and titles closing an organisation's
// name ("House of Representatives Speaker") are left outside it, where the role finder reads them.
import type { Mention } from '../types';
import { ROLE_NOUNS, SPORTS_POSITIONS, TITLES } from './lexicon';
import { nameKey } from './names';

const CONJUNCTION = /\s+(?:and|&)\s+/gu;
const isTitleWord = (w: string): boolean => TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase());

export function adjustSpans(text: string, mentions: Mention[]): Mention[] {
  const keys = new Set(mentions.map((m) => nameKey(m.text)));
  const places = new Set(mentions.filter((m) => m.type === 'LOC').map((m) => nameKey(m.text)));
  const people = new Set(mentions.filter((m) => m.type === 'PER').map((m) => nameKey(m.text)));
  return joinMakerProducts(text, extendNames(text, joinCommonPossessives(text, mentions.filter((m) => !inAddress(text, m) && /\p{Lu}/u.test(m.text)))))
    .flatMap((m) => trimEdges(text, m))
    .flatMap((m) => splitLeadingPlace(m, places, people))
    .flatMap((m) => splitConjoined(m, keys))
    .flatMap((m) => splitHyphenPair(m, keys))
    .flatMap((m) => splitHashtag(text, m))
    .flatMap(splitCompound)
    .flatMap(dropTitles);
}

/**
 * "Bluetooth-enabled Magic Keyboard", "US-led": a name joined by a hyphen to a lower-case word is a name of its
 * own, and so are the capitalised words after the compound.
 */
function splitCompound(m: Mention): Mention[] {
  // Only participles and the like after the hyphen: "Tsai Ing-wen" and "Hau-yip" are names whole.
  const compound = /(?:^|\s)(\p{Lu}[\p{L}\p{N}.]*)-(?:\p{Ll}+(?:ed|ing)|born|run|made|held|led|style|era|wide|bound|friendly|centric)(?=\s|$)/u.exec(m.text);
  if (!compound) return [m];
  const at = compound.index + compound[0].indexOf(compound[1]);
  const before = at > 0 ? [part(m, 0, at)].filter((b) => b.text) : [];
  const rest = m.text.slice(compound.index + compound[0].length);
  const after = /^\s+\p{Lu}/u.test(rest) ? [part(m, compound.index + compound[0].length, m.text.length)] : [];
  return [...before, part(m, at, at + compound[1].length), ...after];
}

/**
 * "People's Liberation Army", "Children's Hospital": a common noun's possessive opening a name, which the tagger
 * cut at the apostrophe. The noun is common when the text also uses it in lower case; "Hong Kong's Chris Tang" stays
 * two names.
 */
// Plural nouns that open names in the possessive, whether or not the text uses them otherwise.
const COMMON_OWNERS = new Set(['people', 'children', 'women', 'men', 'workers', 'veterans', 'citizens', 'farmers', 'writers', 'ladies', 'friends', 'teachers', 'nurses']);

function joinCommonPossessives(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    const before = prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && /^['’]s?\s+$/u.test(gap) ? prev : undefined;
    const possessive = before ? null : /(\p{Lu}\p{Ll}+)['’]s?\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    const word = before?.text ?? possessive?.[1];
    if (word && m.type !== 'PER' && (COMMON_OWNERS.has(word.toLowerCase()) || new RegExp(`(?:^|[^\\p{L}])${word.toLowerCase()}(?:[^\\p{L}]|$)`, 'u').test(text))) {
      const start = before ? before.start : m.start - possessive![0].length;
      if (before) out.pop();
      out.push({ ...m, start, text: text.slice(start, m.end) });
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Whether the span lies inside a web address ("pic.twitter.com/PQqbN51wBW", "www.Example.com"): a link's words are
 * no names in the article. "AC/DC" is no address: it has no domain.
 */
function inAddress(text: string, m: Mention): boolean {
  let a = m.start;
  let b = m.end;
  while (a > 0 && !/\s/u.test(text[a - 1])) a--;
  while (b < text.length && !/\s/u.test(text[b])) b++;
  return /(?:^|[^\p{L}])(?:https?:\/\/|www\.)|\p{L}\.(?:com|org|net|gov|edu|co|io|ly|uk|de|fr)(?:\/|$|[^\p{L}])/iu.test(text.slice(a, b));
}

// Capitalised words that close the names of papers and other bodies after a place or a word the tagger kept apart
// ("The Hollywood Reporter", "Argus Leader", "London Metal Exchange"), and of market indexes ("Dow Jones
// Industrial Average"), with the type the whole name has.
const CLOSER_TYPES = new Map<string, Mention['type']>([
  ...['reporter', 'times', 'post', 'daily', 'journal', 'gazette', 'herald', 'tribune', 'news', 'press', 'leader',
    'chronicle', 'courier', 'inquirer', 'examiner', 'dispatch', 'bulletin', 'telegraph', 'exchange'].map((w) => [w, 'ORG'] as const),
  ...['average', 'index', 'composite'].map((w) => [w, 'MISC'] as const),
]);
// Market codes after a name in price reports ("London Metal Exchange CMAL3", "Brent LCOc1"): no part of the name.
const MARKET_CODE = /\s+\p{Lu}{3,}\p{Ll}?\d$/u;
// Titles of laws, which may hold "and" ("Human Rights and Democracy Act").
const LAW_LAST_WORD = /(?:^|\s)(?:Act|Bill)$/u;
// Capitalised words that close the name of an office whose complement the tagger read alone ("U.S. Attorney's
// Office for the Western District of New York").
const OFFICE_HEADS = /^(?:office|court|department|ministry|commission|commissioner|society|institute|school|council|committee|agency|bureau|board|centre|center|academy|foundation|association|federation)$/iu;

/**
 * The parts of a name the tagger cut off: "S&P 500" from "P 500" (letters glued by "&" are one word), a body's
 * closing word after the name ("The Hollywood Reporter"), and the office before a complement ("U.S. Attorney's
 * Office for the" + "Western District of New York").
 */
function extendNames(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let m = sorted[i];
    const amp = /[\p{Lu}\p{N}]+&$/u.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (amp) m = { ...m, start: m.start - amp[0].length, text: text.slice(m.start - amp[0].length, m.end) };
    if (m.type !== 'PER') {
      const after = text.slice(m.end, m.end + 40);
      const closer = [/^ (\p{Lu}\p{L}+)(?![\p{L}'’-])/u.exec(after), /^ \p{Lu}\p{L}+ (\p{Lu}\p{L}+)(?![\p{L}'’-])/u.exec(after)].find((c) => c && CLOSER_TYPES.has(c[1].toLowerCase()));
      const end = closer ? m.end + closer[0].length : m.end;
      // Not when another span already holds the whole name ("New York Times" beside its "New York").
      if (closer && !sorted.some((o) => o !== m && o.start <= m.start && o.end >= end)) {
        m = { ...m, type: CLOSER_TYPES.get(closer[1].toLowerCase())!, end, text: text.slice(m.start, end) };
        while (sorted[i + 1] && sorted[i + 1].start < end) i++;
      }
      const office = /(?:^|[^\p{L}.])((?:(?:\p{Lu}[\p{L}.]*|U\.S\.)(?:['’]s)? )*?(?:\p{Lu}\p{L}+)) (?:for|of) the $/u.exec(text.slice(Math.max(0, m.start - 80), m.start));
      if (office && OFFICE_HEADS.test(office[1].split(' ').pop() ?? '')) {
        const start = m.start - office[0].length + office[0].indexOf(office[1]);
        while (out.length && out[out.length - 1].end > start) out.pop();
        m = { ...m, type: 'ORG', start, text: text.slice(start, m.end) };
      }
    }
    const code = MARKET_CODE.exec(m.text);
    if (code && code.index > 0) m = { ...m, end: m.start + code.index, text: m.text.slice(0, code.index) };
    // "the Hong Kong Human Rights and Democracy Act": a law's title goes back over its capitalised words and "and".
    const law = LAW_LAST_WORD.test(m.text) ? /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|for|on|to)\s+)?)+)$/u.exec(text.slice(Math.max(0, m.start - 80), m.start)) : null;
    const title = law?.[1].replace(/^(?:The|A|An|And|Of|For|On|To)\s+/u, '') ?? '';
    if (/^\p{Lu}/u.test(title)) {
      const start = m.start - title.length;
      while (out.length && out[out.length - 1].end > start) out.pop();
      m = { ...m, type: 'MISC', start, text: text.slice(start, m.end) };
    }
    out.push(m);
  }
  return out;
}

// Last words of product models ("AirPods Pro", "Mavic Mini").
const MODEL_WORDS = /^(?:pro|max|mini|plus|ultra|air|lite|go|neo|edge|fold|flip|xl|se)$/iu;

/** A product's own name: a model number, a capital inside a word ("iPhone", "AirPods") or a model word at its end. */
function productLike(name: string): boolean {
  return /\p{N}/u.test(name) || /\p{Ll}\p{Lu}/u.test(name) || MODEL_WORDS.test(name.split(/\s+/u).pop() ?? '');
}

/**
 * "Apple AirPods Pro", "Ford F-150": a maker's name right before one of its products is part of the product's full
 * name. Not before other things ("the EU Climate Week"), nor through a possessive ("Apple's AirPods Pro").
 */
function joinMakerProducts(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'ORG' && m.type === 'MISC' && text.slice(prev.end, m.start) === ' ' && productLike(m.text) && !productLike(prev.text)) {
      out[out.length - 1] = { ...m, start: prev.start, text: text.slice(prev.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

// Nouns that describe someone and open a sentence before their name ("Rival Lowe's", "Employee Steve Castro").
const OPENING_DESCRIPTORS = new Set([
  'rival', 'employee', 'suspect', 'victim', 'analyst', 'economist', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawmaker', 'teammate', 'witness', 'resident', 'veteran', 'activist', 'researcher', 'scientist', 'competitor',
]);

/**
 * The edges of one tagged span: no span without a letter ("@"), a lower-case "the" or trailing particle left out
 * ("the Browns", "US of"), a person's name ends at a comma ("Ilhan Omar, D-Minn."), a descriptor opening the
 * sentence is left to the role finder, a hyphenated name the tagger cut is made whole ("Ocasio" + "-Cortez"), and
 * "TV" before "series" belongs to the series.
 */
function trimEdges(text: string, m: Mention): Mention[] {
  if (!/\p{L}/u.test(m.text)) return [];
  let from = 0;
  let to = m.text.length;
  const lead = /^the\s+/u.exec(m.text);
  if (lead) from = lead[0].length;
  let words = m.text.slice(from).split(/\s+/u);
  // "pan-European STOXX 600": a first word glued to a prefix by a hyphen belongs to that adjective, not to the name.
  if (words.length > 1 && /\p{Ll}-$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) {
    from += words[0].length + (m.text.slice(from + words[0].length).length - m.text.slice(from + words[0].length).trimStart().length);
    words = words.slice(1);
  }
  const sentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, m.start - 4), m.start));
  if (sentenceStart && words.length > 1 && (OPENING_DESCRIPTORS.has(words[0].toLowerCase()) || SPORTS_POSITIONS.has(words[0].toLowerCase()))) {
    from += words[0].length + (m.text.slice(from + words[0].length).length - m.text.slice(from + words[0].length).trimStart().length);
  }
  if (m.type === 'PER') {
    const comma = /,(?!\s*(?:jr|sr|ii|iii|iv)\b)/iu.exec(m.text.slice(from));
    if (comma) to = from + comma.index;
    // "John Milbank RRP", "Ann Lee MBE": capitals after a name of two words are an abbreviation, not a third name.
    const abbreviation = /^\S+\s+\S+(?:\s+\S+)*?(\s+\p{Lu}{2,5})$/u.exec(m.text.slice(from, to));
    if (abbreviation && !/^\s+(?:II|III|IV|VI|VII|VIII)$/u.test(abbreviation[1]) && /\p{Ll}/u.test(m.text.slice(from, to - abbreviation[1].length))) to -= abbreviation[1].length;
  }
  const tail = /\s+(?:of|the|for|and|in|at|to|on)$/u.exec(m.text.slice(0, to));
  if (tail) to = tail.index;
  const tv = /\s+TV$/u.exec(m.text.slice(0, to));
  if (tv && /^\s+(?:series|show|film|movie|documentary)\b/iu.test(text.slice(m.end, m.end + 20))) to = tv.index;
  let trimmed = from === 0 && to === m.text.length ? m : part(m, from, to);
  // A person's given name may go on in lower case ("Tsai Ing" + "-wen").
  const rest = m.type === 'PER' ? /^-\p{L}[\p{L}'’]*/u : /^-\p{Lu}[\p{L}'’]*/u;
  const hyphenated = to === m.text.length ? rest.exec(text.slice(m.end, m.end + 30)) : null;
  if (hyphenated) trimmed = { ...trimmed, end: m.end + hyphenated[0].length, text: text.slice(trimmed.start, m.end + hyphenated[0].length) };
  return trimmed.text ? [trimmed] : [];
}

function part(m: Mention, from: number, to: number): Mention {
  const raw = m.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { ...m, start: m.start + from + lead, end: m.start + from + lead + text.length, text };
}

/**
 * "Steelers and Browns" → Steelers, Browns: when the tagger read it as one person (no person's name has "and" in
 * it), or when each side is named on its own elsewhere. "Ernst & Young" and "Trinidad and Tobago" stay whole.
 */
function splitConjoined(m: Mention, keys: Set<string>): Mention[] {
  const joints = [...m.text.matchAll(CONJUNCTION)];
  if (joints.length !== 1 || LAW_LAST_WORD.test(m.text)) return [m];
  const j = joints[0];
  const left = part(m, 0, j.index);
  const right = part(m, j.index + j[0].length, m.text.length);
  if (!/^\p{Lu}/u.test(left.text) || !/^\p{Lu}/u.test(right.text)) return [m];
  // "The Wrap and Deadline": with "and" one side named alone elsewhere is enough; "&" joins firms' names.
  const [l, r] = [keys.has(nameKey(left.text)), keys.has(nameKey(right.text))];
  const elsewhere = j[0].includes('&') ? l && r : l || r;
  return m.type === 'PER' || elsewhere ? [left, right] : [m];
}

/**
 * "Iran-US tensions", "the Iran-Iraq war": two names joined by a hyphen are two when each is named alone elsewhere.
 * "Ocasio-Cortez" and "Rolls-Royce" stay whole.
 */
function splitHyphenPair(m: Mention, keys: Set<string>): Mention[] {
  const pair = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$/u.exec(m.text);
  if (!pair || !keys.has(nameKey(pair[1])) || !keys.has(nameKey(pair[2]))) return [m];
  return [part(m, 0, pair[1].length), part(m, pair[1].length + 1, m.text.length)];
}

/**
 * "ambassador to Britain Liu Xiaming": a place named alone elsewhere, glued to a person one of whose names the
 * article also uses alone for a person, is two names. "New York Times" stays whole: no person "Times" is named.
 */
function splitLeadingPlace(m: Mention, places: Set<string>, people: Set<string>): Mention[] {
  const words = [...m.text.matchAll(/\S+/gu)];
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const cut = (words[k - 1].index ?? 0) + words[k - 1][0].length;
    const rest = part(m, cut, m.text.length);
    if (places.has(nameKey(m.text.slice(0, cut))) && rest.text.split(/\s+/u).some((w) => people.has(nameKey(w)))) {
      return [{ ...part(m, 0, cut), type: 'LOC' }, { ...rest, type: 'PER' }];
    }
  }
  return [m];
}

/** "#Browns Greedy Williams": the hashtag's word is a name apart from the one after it. */
function splitHashtag(text: string, m: Mention): Mention[] {
  if (text[m.start - 1] !== '#') return [m];
  const space = m.text.search(/\s/u);
  if (space < 0) return [m];
  return [part(m, 0, space), part(m, space, m.text.length)];
}

/** Job titles the tagger read as an organisation or place: dropped whole, or cut off the end of a name. */
function dropTitles(m: Mention): Mention[] {
  if (m.type === 'PER') return [m];
  const words = m.text.split(/\s+/u);
  // "Head of Platform Solutions for Ascom": a title of something, not a name.
  if (words.length > 2 && isTitleWord(words[0]) && words[1] === 'of' && !TITLES_OF_PLACES.has(words[0].toLowerCase())) return [];
  let keep = words.length;
  while (keep > 1 && /^\p{Lu}/u.test(words[keep - 1]) && TITLES.has(words[keep - 1].toLowerCase()) && !/^(?:of|the|for|and)$/iu.test(words[keep - 2])) keep--;
  if (keep === words.length || keep < 2) return [m];
  const cut = m.text.indexOf(words[keep - 1], words.slice(0, keep - 1).join(' ').length) + words[keep - 1].length;
  return [part(m, 0, cut)];
}

// Title words that also open the names of states and bodies ("State of Palestine"): kept as the tagger read them.
const TITLES_OF_PLACES = new Set(['state']);
