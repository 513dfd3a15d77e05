// One type per entity, decided from all its mentions and what surrounds them rather than mention by mention: the
// tagger's votes, then cues a reader uses. A company designator or an organisation's head word closing the name
// ("Dick Clark Productions", "Keck Observatory") makes an organisation; a noun of kind just before it ("the moon
// Europa", "rival Lowe's") or a work noun after it ("Fargo TV series") says what it is; a place's possessive ("Punjab's
// Bhatinda") or its police ("a Forest Hill police sergeant") makes a place; items of one list share a type. A person
// needs more than the tagger's word: a name of two words, a title or honorific before it, or "he"/"she" after it.
import type { Entity, EntityType, Span } from '../types';
import type { LanguageProfile } from '../lang';
import { inferGenders } from './gender';
import { MentionIndex } from './mention-index';
import { ORGANISATION_ROLE_NOUNS, PLACE_ROLE_NOUNS, ROLE_NOUNS, ROLE_STOP_WORDS, SPORTS_POSITIONS, TITLES } from './lexicon';
import { nameTokens } from './names';
import { actsAsPerson } from './person-acts';

type Votes = Record<EntityType, number>;

/** Last words that make a name an organisation's, whatever the tagger read. */
const ORGANISATION_LAST_WORDS = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'group', 'holdings', 'productions',
  'studios', 'records', 'entertainment', 'technologies', 'systems', 'securities', 'equities', 'partners', 'bank',
  'airlines', 'airways', 'motors', 'pharmaceuticals', 'labs', 'laboratories', 'university', 'college', 'institute',
  'foundation', 'association', 'federation', 'society', 'council', 'committee', 'commission', 'ministry',
  'department', 'agency', 'authority', 'party', 'army', 'navy', 'observatory', 'hospital', 'church',
  'league', 'conference', 'club', 'fc', 'reporter', 'times', 'post', 'daily', 'journal', 'gazette', 'herald',
  'tribune', 'news', 'press', 'network', 'channel', 'magazine', 'police', 'court', 'senate', 'parliament', 'congress',
  'forum', 'exchange', 'bureau', 'board', 'assembly', 'service', 'academy',
]);

/** Nouns after a name that make it a work ("Fargo TV series", "Lucy in the Sky movie"). */
const WORK_NOUNS = /^\s+(?:tv\s+)?(?:series|film|films|movie|movies|album|novel|book|show|sitcom|documentary|song|single|game|franchise|trilogy|sequel|podcast)\b/iu;
/** Words after a name that make it a place ("Forest Hill police", "Dallas-based"). */
const PLACE_AFTER = /^(?:\s+(?:police|county|residents|native|suburbs?|bridge|river|airport|harbou?r|street|road|square)\b|-based\b)/iu;
/** A team in a result: its record in brackets, a score after it, or a verb of winning after it. */
const TEAM_AFTER = /^(?:\s*\(\d{1,2}-\d{1,2}\b|,\s+\d{1,3}-\d{1,3}\b|\s+(?:rolled|cruised|rallied|edged|routed|beat|beats|defeated|defeats|downed|topped|outlasted|stunned|blanked|swept)\b)/u;
/** Last words of events ("American Music Awards", "World Cup"): a thing that happens, not a body. */
const EVENT_LAST_WORDS = new Set([
  'awards', 'games', 'olympics', 'festival', 'championship', 'championships', 'cup', 'open', 'marathon', 'expo',
  'week', 'prize', 'act', 'bill', 'treaty', 'accord', 'accords', 'amendment', 'convention', 'doctrine', 'protocol',
]);
/** Last words of streets and other places ("Central Avenue", "Storeng Bridge"). */
const PLACE_LAST_WORDS = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'square', 'bridge', 'river', 'lake', 'mountains', 'island', 'islands', 'valley', 'bay', 'county', 'province', 'peninsula', 'strait', 'sea', 'ocean']);
/** "residents of Kaiveien", "the town of Kessler". */
const PLACE_BEFORE = /\b(?:(?:residents|streets|town|city|village|suburb|people|mayor|outskirts|centre|center)\s+of|(?:residents|families|people|homes|schools|businesses)\s+in)\s+$/iu;
/** A body's officers before it ("the CEO of Hipcricket") and its reports after it ("The Wrap's report"). */
const BODY_BEFORE = /\b(?:ceo|chief executive|founder|co-founder|chairman|chairwoman|president|spokesman|spokeswoman|spokesperson|employees?|shareholders|reports?)\s+(?:of|at|from)\s+$/iu;
/** A brand before the goods it makes ("Tony Moly cosmetics"): people's names are not followed so. */
const BRAND_AFTER = /^\s+(?:cosmetics|products|shoes|sneakers|phones|smartphones|cars|trucks|clothing|clothes|jeans|watches|bikes|motorcycles|beer|coffee|chocolate|toys|stores|shops|restaurants|hotels|vouchers)\b/u;
const PLACE_APPOSITIVE = /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:town|village|city|suburb|hamlet|port|island|province|region|county|district|neighbou?rhood)\b/u;
const BODY_AFTER = /^(?:['’]s\s+(?:report|reporting|story|article|analysis|investigation|ceo|chief executive|founder|shares|stock|spokesman|spokeswoman)\b|,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|startup|agency|group|organi[sz]ation|network|platform|publisher|outlet)\b)/u;
/** Nouns after a name of several words that make it a product ("the Digistat Patient Watch solution"). */
const PRODUCT_AFTER = /^\s+(?:solution|app|device|smartphone|phone|laptop|tablet|headset|console|software|smartwatch|drone|speaker|earbuds|camera|helicopter|jet|aircraft|rocket|probe|spacecraft|telescope|vaccine|drug|model)\b/iu;
/** How a platform is written about: "posted on X", "took to X", "a X post". */
const PLATFORM_BEFORE = /(?:posted|wrote|shared|tweeted|took|went|announced)\s+(?:on|to)\s+$/u;
const PLATFORM_AFTER = /^\s+(?:post|posts|account|page|feed|video|livestream|thread)\b/u;
/** A title in quotation marks: the marks right around the name and nothing else ("“Dancing with the Stars.”"). */
const OPENS_QUOTE = /[“"‘]\s*$/u;
const CLOSES_QUOTE = /^[\s.,!?]*[”"’](?!\p{L})/u;
/** "Legion and Fargo TV series": a work noun after the next name of the pair. */
const WORK_AFTER_PAIR = /^\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:tv\s+)?(?:series|films?|movies?|shows?)\b/u;
/** "a mission called Europa Clipper": the noun before a naming verb says what the name is. */
const CALLED = /\b(?:a|an|the)\s+([\p{Ll}-]+)\s+(?:called|named|dubbed|known as)\s+$/u;
const PERSON_NOUNS = /^(?:man|woman|boy|girl|child|person|baby|son|daughter)$/u;
/**
 * "outlets such as X", "platforms (DSPs) such as X, Y and Z": the noun before "such as" or "including" names the kind
 * of every item of the list that follows (a hyponym pattern).
 */
const KIND_OF_LIST = /([\p{L}-]+)(?:\s*\([^()]{1,24}\))?,?\s+(?:such\s+as|including|especially)\s+$/u;
/** "surveyed by X", "owned by X": the agent of these passives is a body or a person, not a thing. */
const AGENT_BY = /\b(?:surveyed|polled|compiled|owned|acquired|bought|founded|published|released|operated|run|funded|backed|sponsored|developed|manufactured|distributed|licensed|employed|hired|sued|fined)\s+by\s+$/u;
/**
 * "The group that owns her music, Big Machine, says": a noun of kind with an article, and perhaps a relative clause,
 * set before the name by a comma says what the name is.
 */
const KIND_APPOSITIVE = /(?:^|[.!?;:]\s+|\n\s*)(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+(?:that|which|who)\s[^.,;:!?"“”\n]{1,60})?,\s+$/iu;
/** Prepositions of place: "from Saltmarsh", "in Saltmarsh" read a name as where something is. */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|near|from|to|into|across|outside|around|towards?|between)\s+$/iu;
/** What stands between the two names of a pair ("Port Ellery and Saltmarsh"). */
const PAIR_GAP = /^\s+(?:and|or)\s+$/u;
/** After a dateline's place: its state or country, an agency's name, then the dash ("HAYWARD, Calif. —", "WASHINGTON (AP) —"). */
const DATELINE_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*(?:\((?:AP|Reuters|AFP|UPI|CNN|dpa)\)\s*)?[—–-]\s/u;
/** Nouns a person's surname modifies after "the" ("the Sanders campaign", "the Evans family"). */
const FOLLOWING_AFTER = /^\s+(?:campaign|administration|camp|family|supporters|backers|allies|aides|voters|era|presidency|years|doctrine|household|estate)\b/u;
/** A verb of speech after a name. */
const SPEAKS = /^\s+(?:(?:has|have)\s+(?:\p{Ll}+ly\s+|twice\s+|also\s+)?)?(?:reports|says|said|told|announced|reported|denied|denies|claimed|claims|added|stated|confirmed)\b/u;
/** Place nouns that also open the names of bodies ("the state Senate", "the city council"). */
const KIND_NOUNS_OF_BODIES = new Set(['state', 'city', 'county', 'country', 'nation', 'district', 'border', 'capital', 'port', 'region', 'republic']);
/** A person's marks just before the name. */
const PERSON_BEFORE = (word: string): boolean =>
  (TITLES.has(word) || ROLE_NOUNS.has(word) || SPORTS_POSITIONS.has(word)) && !ORGANISATION_ROLE_NOUNS.has(word) && !PLACE_ROLE_NOUNS.has(word);

/** `lang`: the article's language; its role words before a name are a person's marks too ("o presidente Lula"). */
export function decideTypes(text: string, entities: Entity[], sentences: Span[], lang?: LanguageProfile): Entity[] {
  const roleWords = new Set(lang?.names?.roleWords ?? []);
  const index = new MentionIndex(entities);
  const votes = new Map<Entity, Votes>();
  for (const e of entities) votes.set(e, tallyTagger(e, text));
  for (const e of entities) addCues(text, e, votes.get(e)!, index);
  productsOfBrands(entities, votes);
  const genders = inferGenders(text, entities, sentences, index);
  const decide = (e: Entity): EntityType => {
    const v = votes.get(e)!;
    // A full name the article calls "he" or "she" or "Mr." stays a person against one cue of a context ("Clinton is
    // an honest broker"); a company's designator still wins.
    if (e.type === 'PER' && genders.has(e) && nameTokens(e.name).length > 1 && Math.max(v.ORG, v.LOC, v.MISC) < 100) return 'PER';
    const type = best(v);
    return type === 'PER' && !personEvidence(text, e, genders.has(e), roleWords) ? best({ ...v, PER: -Infinity }, fallbackType(text, e, index)) : type;
  };
  // List items vote with the others' types as decided so far (a lone "Macy's" is no person by then).
  addListVotes(text, votes, index, new Map(entities.map((e) => [e, decide(e)])));
  return entities.map((e) => {
    const type = decide(e);
    const name = type === 'PER' ? e.name : nameWithItsS(text, e);
    return type === e.type && name === e.name ? e : { ...e, type, name };
  });
}

/**
 * "Lowe's", "Macy's": a company whose every mention ends in "'s" has it in its name, not as a possessive (which
 * clustering took off to compare names).
 */
function nameWithItsS(text: string, e: Entity): string {
  if (e.aliases.length || !e.mentions.every((m) => /['’]s$/u.test(text.slice(m.start, m.end)))) return e.name;
  const first = text.slice(e.mentions[0].start, e.mentions[0].end);
  return first.slice(0, -2) === e.name ? first : e.name;
}

/**
 * "Amazon Echo Dot", "Sonos Move": a maker's name the article uses on its own, followed by more capitalised words
 * that name no organisation (no designator or head word), is one of its products.
 */
function productsOfBrands(entities: Entity[], votes: Map<Entity, Votes>): void {
  const makers = new Set(entities.filter((e) => best(votes.get(e)!) === 'ORG' && nameTokens(e.name).length === 1).map((e) => nameTokens(e.name)[0]));
  for (const e of entities) {
    const words = nameTokens(e.name);
    const v = votes.get(e)!;
    // "Cleveland Browns": a plural after a place or maker is a team's nickname, not a product.
    if (words.length < 2 || best(v) !== 'ORG' || v.ORG >= 100 || !makers.has(words[0]) || /s$/u.test(words[words.length - 1])) continue;
    v.MISC = v.ORG + 1;
  }
}

/** The tagger's types over the mentions, as clustering kept them: the entity's type counts for every mention. */
function tallyTagger(e: Entity, text: string): Votes {
  const v: Votes = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  v[e.type] += e.mentions.length;
  const last = (s: string) => nameTokens(s).pop()?.replace(/[.,]/gu, '') ?? '';
  if ([e.name, ...e.aliases].some((n) => nameTokens(n).length > 1 && ORGANISATION_LAST_WORDS.has(last(n)))) v.ORG += 100;
  if ([e.name, ...e.aliases].some((n) => nameTokens(n).length > 1 && EVENT_LAST_WORDS.has(last(n)))) v.MISC += 150;
  if ([e.name, ...e.aliases].some((n) => nameTokens(n).length > 1 && PLACE_LAST_WORDS.has(last(n)))) v.LOC += 50;
  // "AP", "NASA": a short acronym is an organisation's far more often than a thing's.
  if (e.type === 'MISC' && /^\p{Lu}{2,5}$/u.test(e.name)) v.ORG += e.mentions.length;
  return v;
}

function addCues(text: string, e: Entity, v: Votes, index: MentionIndex): void {
  const quoted = (m: Span) => OPENS_QUOTE.test(text.slice(Math.max(0, m.start - 3), m.start)) && CLOSES_QUOTE.test(text.slice(m.end, m.end + 40));
  const quotedMentions = e.mentions.filter(quoted).length;
  for (const m of e.mentions) {
    // A noun of kind is a common noun: a capitalised word before the name, unless it opens the sentence, ends another
    // name ("the European Union Gordon Sondland").
    const from = Math.max(0, m.start - 30);
    const prevWord = /([\p{L}-]+)\s+$/u.exec(text.slice(from, m.start));
    const wordStart = from + (prevWord?.index ?? 0);
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, wordStart - 4), wordStart));
    const before = prevWord && (/^\p{Ll}/u.test(prevWord[1]) || opensSentence) ? prevWord[1].toLowerCase() : '';
    const after = text.slice(m.end, m.end + 40);
    // The article saying what it is ("the moon Europa") outweighs the tagger's reading of every mention. Nouns that
    // describe people too ("rival", "investor") say nothing here.
    const said = e.mentions.length + 1;
    if (PLACE_ROLE_NOUNS.has(before) && !ROLE_NOUNS.has(before) && !KIND_NOUNS_OF_BODIES.has(before)) v.LOC += said;
    else if (ORGANISATION_ROLE_NOUNS.has(before) && !ROLE_NOUNS.has(before)) v.ORG += said;
    // "Fargo TV series": titles are misread as places and people; "a Netflix documentary" names its maker.
    if (e.type !== 'ORG' && e.type !== 'MISC' && WORK_NOUNS.test(after)) v.MISC += 3;
    // A person's name in quotation marks is rare; a work's title is how such marks are used. A name mostly written
    // without them is no title (a crowd shouting “Marlow!” does not make a person a work).
    if (quoted(m) && quotedMentions * 2 >= e.mentions.length) v.MISC += said;
    if (WORK_AFTER_PAIR.test(after) || (e.type === 'ORG' && /^\s+(?:tv\s+)?(?:series|films?|movies?|shows?)\b/iu.test(after) && /\band\s+$/u.test(text.slice(Math.max(0, m.start - 6), m.start)))) v.MISC += said;
    const called = CALLED.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    if (called) v[PERSON_NOUNS.test(called) || ROLE_NOUNS.has(called) ? 'PER' : ORGANISATION_ROLE_NOUNS.has(called) ? 'ORG' : PLACE_ROLE_NOUNS.has(called) ? 'LOC' : 'MISC'] += said;
    if (PLACE_AFTER.test(after)) v.LOC += 3;
    if (e.type === 'LOC' && TEAM_AFTER.test(after)) v.ORG += 3;
    const kind = kindNoun(KIND_OF_LIST.exec(text.slice(Math.max(0, listHead(text, m, index) - 60), listHead(text, m, index)))?.[1]);
    if (kind) v[kind] += said;
    const appositive = kindNoun(KIND_APPOSITIVE.exec(text.slice(Math.max(0, m.start - 120), m.start))?.[1]);
    if (appositive && appositive !== 'PER') v[appositive] += said;
    if (e.type === 'MISC' && AGENT_BY.test(text.slice(Math.max(0, m.start - 30), m.start))) v.ORG += 2;
    // "the Browns": a plural written with "the" is a team or a group, not a person ("the Trump administration"
    // has no plural).
    // "the Sanders campaign" is a surname ending in s that modifies a noun of a person's following.
    if (e.type === 'PER' && /s$/u.test(text.slice(m.start, m.end)) && /(?:^|\s)the\s+$/u.test(text.slice(Math.max(0, m.start - 5), m.start)) && !FOLLOWING_AFTER.test(after)) v.ORG += said;
    if (/\s/u.test(e.name) && e.type !== 'PER' && PRODUCT_AFTER.test(after)) v.MISC += 3;
    const preceding = text.slice(Math.max(0, m.start - 40), m.start);
    if (e.type === 'MISC' && (PLATFORM_AFTER.test(after) || PLATFORM_BEFORE.test(preceding))) v.ORG += 2;
    if (e.type !== 'PER' && e.type !== 'ORG' && (BODY_BEFORE.test(preceding) || BODY_AFTER.test(after))) v.ORG += /^,/u.test(after) ? said : 2;
    if (e.type !== 'LOC' && PLACE_BEFORE.test(preceding)) v.LOC += 2;
    // Only against the tagger's person: places come before goods too ("UK bikes").
    if (e.type === 'PER' && BRAND_AFTER.test(after)) v.ORG += said;
    // "Addison, a village southwest of Ithaca": the article says what it is.
    if (PLACE_APPOSITIVE.test(after)) v.LOC += said;
    // "Big Machine says": what speaks is a person or an organisation, not a thing or a place.
    if ((e.type === 'MISC' || e.type === 'LOC') && SPEAKS.test(after)) v.ORG += 2;
    // "SIOUX FALLS, S.D. –": a name in capitals opening a line before a dateline's dash is the place of the dateline.
    const lineStart = /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, m.start - 10), m.start));
    if (lineStart && !/\p{Ll}/u.test(text.slice(m.start, m.end)) && DATELINE_AFTER.test(after)) v.LOC += said + 2;
    const copula = kindNoun(predicateNoun(after));
    if (copula) v[copula] += said;
    // "Punjab's Bhatinda": a place's possessive before what the tagger took for a lone person's name, or for a thing
    // when a preposition of place governs both ("from Punjab's Bhatinda"; "Japan's Nikkei" stays an index).
    if (e.type !== 'PER' && e.type !== 'MISC') continue;
    const possessive = /(['’]s)\s+$/u.exec(text.slice(Math.max(0, m.start - 4), m.start));
    const owner = possessive ? index.at(m.start - possessive[0].length - 1) : undefined;
    if (owner?.entity.type !== 'LOC' || owner.entity === e) continue;
    if (e.type === 'PER' || LOCATIVE_BEFORE.test(text.slice(Math.max(0, owner.start - 12), owner.start))) v.LOC += 2;
  }
}

/**
 * "Ascom is a global solutions provider": the head noun of a predicate noun phrase after "is a", among its first
 * words, says what the subject is.
 */
function predicateNoun(after: string): string | undefined {
  const phrase = /^\s+(?:is|was|has\s+been|remains)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(after);
  if (!phrase) return undefined;
  for (const w of phrase[1].split(/\s+/u)) {
    if (ROLE_STOP_WORDS.has(w.toLowerCase())) return undefined;
    if (kindNoun(w)) return w;
  }
  return undefined;
}

/** The type a noun of kind gives what it describes: only nouns that describe one kind of thing ("rival" does not). */
function kindNoun(word: string | undefined): EntityType | null {
  if (!word) return null;
  const w = word.toLowerCase();
  const org = ORGANISATION_ROLE_NOUNS.has(w);
  const place = PLACE_ROLE_NOUNS.has(w);
  const person = ROLE_NOUNS.has(w);
  if (org && !place && !person) return 'ORG';
  if (place && !org && !person) return 'LOC';
  if (person && !org && !place) return 'PER';
  return null;
}

/** Where the list a mention belongs to starts ("X, Y and Z"): the start of its first item. */
function listHead(text: string, m: Span, index: MentionIndex): number {
  let head = m.start;
  for (const prev of index.backFrom(m.start, Math.max(0, m.start - 400))) {
    if (prev.end > head) continue;
    if (!LIST_GAP.test(text.slice(prev.end, head))) break;
    head = prev.start;
  }
  return head;
}

/**
 * What a name the tagger read as a person, without a person's marks, is instead: what the other name of a pair is
 * ("between Port Ellery and Saltmarsh": conjuncts are of one kind), a place after a preposition of place, else an
 * organisation.
 */
function fallbackType(text: string, e: Entity, index: MentionIndex): EntityType {
  const partner = new Map<EntityType, number>();
  let located = 0;
  for (const m of e.mentions) {
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) located++;
    const i = index.firstFrom(m.start);
    const [prev, next] = [index.all[i - 1], index.all[i + 1]];
    if (prev && prev.entity !== e && PAIR_GAP.test(text.slice(prev.end, m.start))) partner.set(prev.entity.type, (partner.get(prev.entity.type) ?? 0) + 1);
    if (next && next.entity !== e && PAIR_GAP.test(text.slice(m.end, next.start))) partner.set(next.entity.type, (partner.get(next.entity.type) ?? 0) + 1);
  }
  partner.delete('PER');
  const pair = [...partner].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (pair) return pair;
  return located * 2 > e.mentions.length ? 'LOC' : 'ORG';
}

// What stands between two items of a list: a comma, "and"/"or", or both.
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * Items of one list ("Ford, Macy's, Kellogg's, NBC, Fox and others") are things of one kind: each item of a list of
 * three or more takes a vote for the type most of the other items have.
 */
function addListVotes(text: string, votes: Map<Entity, Votes>, index: MentionIndex, provisional: Map<Entity, EntityType>): void {
  const all = index.all;
  for (let i = 0, j = 0; i < all.length; i = j + 1) {
    j = i;
    while (j + 1 < all.length && LIST_GAP.test(text.slice(all[j].end, all[j + 1].start))) j++;
    const items = all.slice(i, j + 1);
    if (items.length < 3) continue;
    for (const item of items) {
      const others: Votes = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
      let count = 0;
      for (const o of items) if (o.entity !== item.entity) (others[provisional.get(o.entity)!]++, count++);
      // Only a clear majority of the others speaks for the item ("Greenbelt, Maryland, and American University" has none).
      const kind = best(others);
      if (others[kind] * 2 > count) votes.get(item.entity)![kind] += 2;
    }
  }
}

function best(v: Votes, fallback: EntityType = 'PER'): EntityType {
  let out: EntityType = fallback;
  let top = -Infinity;
  for (const t of ['PER', 'ORG', 'LOC', 'MISC'] as EntityType[]) {
    if (v[t] > top || (v[t] === top && t === fallback)) [out, top] = [t, v[t]];
  }
  return top > 0 ? out : fallback;
}

/**
 * A name of two words or more, a title or honorific before a mention (in English or among the article language's
 * `roleWords`), "he"/"she" the article uses for it, or what only people do ("Marlow said", "Marlow's wife").
 */
function personEvidence(text: string, e: Entity, gendered: boolean, roleWords: ReadonlySet<string>): boolean {
  if (gendered || actsAsPerson(text, e)) return true;
  if ([e.name, ...e.aliases].some((n) => nameTokens(n.replace(/^@/u, '')).length > 1 && !/['’]s$/u.test(n))) return true;
  return e.mentions.some((m) => {
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '';
    const own = text.slice(m.start, m.end).split(/\s+/u)[0].toLowerCase();
    return PERSON_BEFORE(before) || roleWords.has(before) || (TITLES.has(own) && nameTokens(text.slice(m.start, m.end)).length < text.slice(m.start, m.end).split(/\s+/u).length);
  });
}
