// Groups the tagger's mentions into entities: same name (case, accents, possessive, "the" aside), a person's
// shorter name ("Khalaf", "Abdel Mahdi") with the full one, an acronym with the name it abbreviates ("Islamic
// State group (IS)", "NATO" beside "North Atlantic Treaty Organization"), a plural demonym with its singular.
// A surname shared by two people in the article goes to one of them (the one just named in its paragraph, else the
// one introduced first), never merging them.
import type { Entity, EntityType, Mention } from '../types';
import type { LanguageProfile } from '../lang';
import { handleName, isAcronymOf, nameKey, nameTokens, personNameFits, stripPossessive } from './names';
import { linkContainedNames } from './contained';
import { adjustSpans } from './span-edges';
import { placeGroupKey, spelledStateName } from './short-forms';
import { POSITION_ABBREVIATIONS, ROLE_NOUNS } from './lexicon';

interface Form {
  key: string;
  tokens: string[];
  surfaces: Map<string, number>;
  types: Record<EntityType, number>;
  mentions: Mention[];
  parent: Form | null;
  /** Acronyms the text defines for this form without tagging them ("(IS)"). */
  acronyms: string[];
  /** Where the form first occurs. */
  first: number;
}

/** The comparison key of a mention: a handle ("@MattBevin", with or without its "@" in the span) by the name it spells. */
function keyOf(text: string, m: Mention): string {
  const handle = handleName(text[m.start - 1] === '@' ? `@${m.text}` : m.text);
  return nameKey(handle ?? m.text);
}

const PAREN_ACRONYM = /^(?:\s+\p{Ll}+)?\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.\-]{1,9})\s*\)/u;

// Lower-case words that belong inside names ("Hashd al-Shaabi", "Ludwig van Beethoven", "Bank of England").
const NAME_PARTICLES = /^(?:al|el|ad|as|ash|an|bin|ibn|bint|abu|de|da|das|dos|del|della|di|du|la|le|van|von|der|den|ter|y|e|of|the|and|for|on|in|at|to|&|und|st|am|an|im|sur|upon)$/u;
// A tagged span that starts with one of these is no name ("He didn", "Following initial").
const GENERIC_TAIL = /^(?:group|party|movement|militia|network|organi[sz]ation|alliance|coalition|agency|ministry|council|committee|department|army|forces|government|company|club|team|band)$/u;
// Nouns that close an organisation's name as the article writes it ("Islamic State group").
const NAME_CLOSING_HEADS = 'group|movement|militia|network|party|organi[sz]ation';
const GENERIC_TAIL_AFTER = new RegExp(`^\\s+(${NAME_CLOSING_HEADS})\\b`, 'u');
// An organisation's head noun after a name, with at most one modifier between ("military network", "group").
const ORG_HEAD = new RegExp(
  '^\\s+(?:(?:military|paramilitary|armed|political|militant|terrorist|rebel|opposition|ruling|criminal|drug|media|business|religious|separatist|insurgent|jihadist|extremist|advocacy|lobby(?:ing)?)\\s+)?' +
    `(?:${NAME_CLOSING_HEADS}|alliance|coalition|faction|brigades?|cartel|gang|council|committee|union)\\b`,
  'u',
);
const NOT_NAME_START = /^(?:he|she|it|we|they|i|you|his|her|its|our|their|what|who|this|that|these|those|following|there|here|when|while|if|but|and|so|as|after|before|since|asked|according|on|in|at|by|with|from|for|of|to|into|onto|over|under|about)$/u;

/**
 * The name part of a tagged span: up to the first lower-case word that is no name particle ("Blige sings Bruce
 * Springsteen" → "Blige", "Islamic State group" → "Islamic State"), nothing when it starts with a function word.
 * `particles` are the article language's own ("Banco do Brasil").
 */
export function nameSpan(m: Mention, particles: readonly string[] = []): Mention | null {
  const particle = (w: string): boolean => NAME_PARTICLES.test(w) || particles.includes(w);
  const words = [...m.text.matchAll(/\S+/gu)];
  if (!words.length || NOT_NAME_START.test(words[0][0].toLowerCase())) return null;
  let keep = 1;
  for (; keep < words.length; keep++) {
    const w = words[keep][0];
    if (/^\p{Ll}/u.test(w) && !particle(w.split(/[-’']/u)[0])) break;
  }
  // "Islamic State group": a generic noun closing an organisation's name stays in the span (not in its name).
  if (keep === words.length - 1 && m.type !== 'PER' && GENERIC_TAIL.test(words[keep][0])) return m;
  if (keep === words.length) return m;
  const last = words[keep - 1];
  let end = (last.index ?? 0) + last[0].length;
  while (end > 0 && /[\s,;:.\-–—]/u.test(m.text[end - 1]) && !/\p{Lu}\.$/u.test(m.text.slice(0, end))) end--;
  while (end > 0 && particle(m.text.slice(0, end).split(/\s+/u).pop() ?? '')) end = m.text.slice(0, end).replace(/\s*\S+$/u, '').length;
  return end > 0 ? { ...m, end: m.start + end, text: m.text.slice(0, end) } : null;
}

/** "Islamic State" followed by " group" in the text: the generic noun is part of how the article names it. */
function withGenericTail(text: string, m: Mention): Mention {
  if (m.type === 'PER') return m;
  const tail = GENERIC_TAIL_AFTER.exec(text.slice(m.end, m.end + 16));
  return tail ? { ...m, end: m.end + tail[0].length, text: text.slice(m.start, m.end + tail[0].length) } : m;
}

/**
 * "the powerful Hashd al-Shaabi military network": a name that an organisation's head noun follows names the
 * organisation, whatever the tagger made of it. Only person and multi-word other names are re-typed: "Iraqi
 * militia" and "US forces" keep their demonym or place.
 */
function withOrganisationHead(text: string, m: Mention): Mention {
  if (m.type !== 'PER' && !(m.type === 'MISC' && /\s/u.test(m.text))) return m;
  return ORG_HEAD.test(text.slice(m.end, m.end + 40)) ? { ...m, type: 'ORG' } : m;
}

/** `lang`: the article's language; one without name words of its own (English) is read by English's rules. */
export function clusterEntities(text: string, tagged: Mention[], lang?: LanguageProfile): Entity[] {
  const names = lang?.names;
  const named = tagged.map((m) => nameSpan(m, names?.particles)).filter((m): m is Mention => m !== null);
  const mentions = adjustSpans(text, named).map((m) => withGenericTail(text, withOrganisationHead(text, m)));
  const forms = new Map<string, Form>();
  const formOf = (m: Mention): Form => forms.get(keyOf(text, m))!;
  for (const m of mentions) {
    const key = keyOf(text, m);
    if (!key) continue;
    let f = forms.get(key);
    if (!f) {
      f = { key, tokens: nameTokens(key), surfaces: new Map(), types: { PER: 0, ORG: 0, LOC: 0, MISC: 0 }, mentions: [], parent: null, acronyms: [], first: m.start };
      forms.set(key, f);
    }
    const surface = stripPossessive(m.text.trim()).replace(/\s+/gu, ' ');
    f.surfaces.set(surface, (f.surfaces.get(surface) ?? 0) + 1);
    f.types[m.type]++;
    f.mentions.push(m);
  }
  linkDefinedAcronyms(text, mentions, forms, formOf);
  linkNamedAlso(text, mentions, formOf);
  linkInitialisms(forms);
  linkPlurals(forms);
  linkPlaceShortForms(forms);
  const assigned = linkPersonNames(text, forms);
  if (names?.anyWordShortForm) linkInnerWordNames(forms, names.particles);
  // Titles open people's names only: "Premier League" keeps its first word ("League" would be any league's head).
  const containedTokens = (f: Form): string[] => (majorityType(f.types) === 'PER' ? f.tokens : f.key.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean));
  linkContainedNames([...forms.values()].map((f) => ({ form: f, key: f.key, tokens: containedTokens(f), type: majorityType(f.types), first: f.first, free: root(f) === f && !hasChildren(f, forms) })), (short, long) => union(short.form, long.form));
  return buildEntities(mentions, forms, formOf, assigned);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function hasChildren(f: Form, forms: Map<string, Form>): boolean {
  for (const other of forms.values()) if (other.parent === f) return true;
  return false;
}

function root(f: Form): Form {
  while (f.parent) f = f.parent;
  return f;
}

function union(child: Form, parent: Form): void {
  const a = root(child);
  const b = root(parent);
  if (a !== b) a.parent = b;
}

function majorityType(types: Record<EntityType, number>): EntityType {
  return (Object.entries(types) as [EntityType, number][]).reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}

/** "Islamic State group (IS)": the bracketed acronym names the same thing. */
function linkDefinedAcronyms(text: string, mentions: Mention[], forms: Map<string, Form>, formOf: (m: Mention) => Form): void {
  for (const m of mentions) {
    const def = PAREN_ACRONYM.exec(text.slice(m.end, m.end + 40));
    if (!def || !isPlausibleAcronym(def[1], m.text)) continue;
    const f = formOf(m);
    const acronym = forms.get(nameKey(def[1]));
    if (acronym && acronym !== f) union(acronym, f);
    else if (!acronym && !f.acronyms.includes(def[1])) f.acronyms.push(def[1]);
  }
}

// What joins a name to another name of the same thing ("Abigail Van Buren, also known as Jeanne Phillips").
const NAMED_ALSO = /^\s*,?\s*\(?\s*(?:(?:also|better|formerly|later|now|previously|widely)\s+known\s+as|a\.?k\.?a\.?|also\s+called|formerly|n[ée]e)\s*$/iu;

/** "X, also known as Y", "X (aka Y)", "X, formerly Y": two names of one entity, the second right after the phrase. */
function linkNamedAlso(text: string, mentions: Mention[], formOf: (m: Mention) => Form): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (b.start - a.end > 30 || !NAMED_ALSO.test(text.slice(a.end, b.start))) continue;
    // A person is not also a company ("Ann Lee, formerly Lee Foods" names where she worked).
    if ((a.type === 'PER') !== (b.type === 'PER')) continue;
    const [fa, fb] = [formOf(a), formOf(b)];
    if (fa && fb && fa !== fb) union(fb, fa);
  }
}

/** An acronym in brackets after a name: its letters come from the name's words, in order. */
function isPlausibleAcronym(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const initials = name.split(/[\s\-]+/u).map((w) => w[0]?.toUpperCase() ?? '').join('');
  let j = 0;
  for (const ch of initials) if (ch === letters[j]) j++;
  return j === letters.length;
}

/** "NATO" with "North Atlantic Treaty Organization" when exactly one longer name has those initials. */
function linkInitialisms(forms: Map<string, Form>): void {
  const byInitials = new Map<string, Form[]>();
  for (const f of forms.values()) {
    if (f.tokens.length < 2 || majorityType(f.types) === 'PER') continue;
    const surface = [...f.surfaces.keys()][0];
    const initials = surface.split(/[\s\-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && isAcronymOf(initials, surface)) pushTo(byInitials, initials, f);
  }
  for (const f of forms.values()) {
    const surface = [...f.surfaces.keys()][0];
    // "AMAs" for the American Music Awards: a plural acronym spells the same initials.
    if (f.tokens.length !== 1 || !/^\p{Lu}[\p{Lu}.]+s?$/u.test(surface)) continue;
    const letters = surface.replace(/\./gu, '').replace(/(\p{Lu})s$/u, '$1');
    // Two letters are also what sports positions and role titles abbreviate to ("CB" is a cornerback, not the
    // Cleveland Browns; "VP", "GM"): such a pair is no initialism of a name.
    if (letters.length === 2 && (POSITION_ABBREVIATIONS.has(letters) || ROLE_NOUNS.has(letters.toLowerCase()))) continue;
    const candidates = byInitials.get(letters) ?? [];
    if (candidates.length === 1 && majorityType(f.types) !== 'PER') union(f, candidates[0]);
  }
}

/**
 * "Iraqis" with "Iraqi", "MacBooks" with "MacBook": a plural names the same kind of thing as its singular. Not for
 * people ("the Browns" are not "Brown") nor places ("the Americas" are not "America").
 */
function linkPlurals(forms: Map<string, Form>): void {
  const pluralizable = (f: Form): boolean => !['PER', 'LOC'].includes(majorityType(f.types));
  for (const f of forms.values()) {
    if (!pluralizable(f) || !f.key.endsWith('s')) continue;
    const singular = forms.get(f.key.slice(0, -1));
    if (singular && pluralizable(singular)) union(f, singular);
  }
}

/** "Calif." with "California", "Britain" with "UK": fixed short forms of one place. */
function linkPlaceShortForms(forms: Map<string, Form>): void {
  const byGroup = new Map<string, Form>();
  for (const f of forms.values()) {
    const type = majorityType(f.types);
    const group = type === 'PER' ? null : placeGroupKey(f.key);
    if (!group) continue;
    const other = byGroup.get(group);
    if (other) union(f, other);
    else byGroup.set(group, f);
  }
}

/**
 * Shorter person names join the longer name they fit. When they fit two different people (two Clintons), each
 * mention goes to one of them (see nearestPerson): returned per mention.
 * A longer name the tagger typed otherwise joins too when the person's mentions outvote it ("Deval Patrick" read
 * as MISC twice, "Patrick" as PER nine times): the tagger errs on rare full names more than on repeated surnames.
 */
function linkPersonNames(text: string, forms: Map<string, Form>): Map<Mention, Form> {
  const people = [...forms.values()].filter((f) => majorityType(f.types) === 'PER' && f.tokens.length > 0);
  const byWord = new Map<string, Form[]>();
  for (const f of forms.values()) {
    if (f.tokens.length < 2) continue;
    for (const w of new Set([f.tokens[0], f.tokens[f.tokens.length - 1]])) pushTo(byWord, w, f);
  }
  const assigned = new Map<Mention, Form>();
  const ambiguous: [Form, Form[]][] = [];
  people.sort((a, b) => b.tokens.length - a.tokens.length || b.key.length - a.key.length);
  for (const short of people) {
    const fits = new Set<Form>();
    for (const w of new Set([short.tokens[0], short.tokens[short.tokens.length - 1]])) {
      for (const long of byWord.get(w) ?? []) {
        if (long === short || long.key.length <= short.key.length) continue;
        // A non-person's short form follows its introduction: a word met before the long name ("Saltmarsh", the town,
        // before "the Saltmarsh Traders' Association") is something else.
        if (majorityType(long.types) !== 'PER' && (!outvotes(short, long) || long.first > short.first)) continue;
        // A lone first name ("Europa" for "Europa Clipper") only when the tagger never read it as anything else.
        const firstNameOnly = short.tokens.length === 1 && short.tokens[0] === long.tokens[0];
        if (firstNameOnly && short.types.PER < short.mentions.length) continue;
        if (personNameFits(short.tokens, long.tokens)) fits.add(root(long));
      }
    }
    fits.delete(root(short));
    const targets = [...fits];
    if (targets.length === 1) union(short, targets[0]);
    else if (targets.length > 1) ambiguous.push([short, targets]);
  }
  // Shared surnames are resolved once every other name has joined its person ("Joe" of "Joe and Hunter Biden").
  const starts = mentionStartsByRoot(people);
  for (const [short, targets] of ambiguous) {
    const roots = [...new Set(targets.map(root))].filter((r) => r !== root(short));
    if (roots.length === 1) union(short, roots[0]);
    else for (const m of short.mentions) assigned.set(m, nearestPerson(text, m, roots, starts));
  }
  return assigned;
}

/**
 * "Lula" with "Luiz Inácio Lula da Silva": where people go by a word inside their full name (Portuguese, Spanish
 * compound surnames and nicknames), a one-word person name still on its own joins the one person whose name has it
 * after the first word. Not when two people have the word, nor for a first name (linkPersonNames' own rule).
 */
function linkInnerWordNames(forms: Map<string, Form>, particles: readonly string[]): void {
  const people = [...forms.values()].filter((f) => majorityType(f.types) === 'PER');
  for (const short of people) {
    const [word] = short.tokens;
    if (short.tokens.length !== 1 || word.length < 3 || particles.includes(word) || root(short) !== short) continue;
    const having = new Set(people.filter((f) => f.tokens.length > 1 && f.tokens.includes(word)).map(root));
    const [only] = having;
    if (having.size === 1 && only !== short && people.some((f) => root(f) === only && f.tokens.indexOf(word) > 0)) union(short, only);
  }
}

/** Whether a person name's PER mentions outnumber all of another form's mentions of other types. */
function outvotes(person: Form, other: Form): boolean {
  const otherTypes = other.types.ORG + other.types.LOC + other.types.MISC;
  return person.types.PER + other.types.PER > otherTypes;
}

function mentionStartsByRoot(people: Form[]): Map<Form, number[]> {
  const out = new Map<Form, number[]>();
  for (const f of people) {
    const r = root(f);
    for (const m of f.mentions) pushTo(out, r, m.start);
  }
  return out;
}

/**
 * Which of several people a shared surname names. In the paragraph where one of them was just named, that one
 * ("Hillary Clinton spoke. Bill Clinton spoke next. Clinton said he was proud."); further away, the one the article
 * introduced first, its principal: news style names a second person of the same surname in full each time and
 * keeps the bare surname for the first ("Joe Biden ... Hunter Biden had a seat ... [paragraphs later] Biden").
 */
function nearestPerson(text: string, m: Mention, candidates: Form[], starts: Map<Form, number[]>): Form {
  let recent: Form | null = null;
  let recentStart = -1;
  let principal: Form | null = null;
  let principalStart = Infinity;
  let next: Form = candidates[0];
  let nextStart = Infinity;
  for (const c of candidates) {
    for (const start of starts.get(c) ?? []) {
      if (start > m.start) {
        if (start < nextStart) [next, nextStart] = [c, start];
        continue;
      }
      if (start > recentStart) [recent, recentStart] = [c, start];
      if (start < principalStart) [principal, principalStart] = [c, start];
    }
  }
  if (recent && !text.slice(recentStart, m.start).includes('\n')) return recent;
  return principal ?? next;
}

function buildEntities(mentions: Mention[], forms: Map<string, Form>, formOf: (m: Mention) => Form, assigned: Map<Mention, Form>): Entity[] {
  const groups = new Map<Form, Mention[]>();
  const formsByRoot = new Map<Form, Set<Form>>();
  for (const m of mentions) {
    if (!nameKey(m.text)) continue;
    const f = formOf(m);
    const r = root(assigned.get(m) ?? f);
    pushTo(groups, r, m);
    formsByRoot.set(r, (formsByRoot.get(r) ?? new Set()).add(f));
  }
  for (const f of forms.values()) if (f.acronyms.length) formsByRoot.get(root(f))?.add(f);
  const entities: Entity[] = [];
  for (const [r, ms] of groups) {
    const surfaces = new Map<string, number>();
    const types: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
    for (const m of ms) {
      types[m.type]++;
      const s = stripPossessive(m.text.trim()).replace(/\s+/gu, ' ');
      surfaces.set(s, (surfaces.get(s) ?? 0) + 1);
    }
    const extra = [...(formsByRoot.get(r) ?? [])].flatMap((f) => f.acronyms);
    // A name without its generic tail is a candidate name too: "Islamic State" for "Islamic State group".
    const bare = [...surfaces.keys()].map(withoutGenericTail).filter((s) => s && !surfaces.has(s));
    const shortest = canonicalName([...surfaces.keys(), ...bare], surfaces, majorityType(types) === 'PER');
    // "Dekalb, Ill.": a state named only by its abbreviation is shown spelled out.
    const name = (types.LOC >= ms.length / 2 && spelledStateName(shortest)) || shortest;
    const seen = new Set([nameKey(name)]);
    const aliases: string[] = [];
    for (const s of [...(name === shortest ? [] : [shortest]), ...surfaces.keys(), ...extra]) {
      const k = nameKey(s);
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(s);
      }
    }
    const sorted = ms.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
    entities.push({ id: '', name, type: majorityType(types), mentions: sorted, aliases, salience: 0 });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

// Nouns that only describe what a name is ("Islamic State group"); "party" or "council" belong to the name itself.
const DESCRIPTIVE_TAIL = /^(?:group|movement|militia|network|alliance|coalition)$/u;

function withoutGenericTail(name: string): string {
  const words = name.split(' ');
  return words.length > 1 && DESCRIPTIVE_TAIL.test(words[words.length - 1]) ? words.slice(0, -1).join(' ') : name;
}

/**
 * The longest full form. Against a form: a title ("President Trump"), a trailing common noun ("group"), being the
 * plural of another form ("Iraqis" beside "Iraqi"), being written in capitals.
 */
function canonicalName(surfaces: string[], counts: Map<string, number>, person: boolean): string {
  const keys = new Set(surfaces.map(nameKey));
  const score = (s: string): number[] => {
    const words = s.split(' ');
    const titled = nameTokens(s)[0] === nameKey(s).split(' ')[0] ? 1 : 0;
    const capitalEnd = /^[\p{Lu}\p{N}]/u.test(words[words.length - 1].split('-').pop() ?? '') ? 1 : 0;
    const plural = /s$/u.test(s) && keys.has(nameKey(s).slice(0, -1)) ? 0 : 1;
    // Datelines shout ("HAYWARD, Calif."): a long all-capitals form loses to the same name in running text.
    const shouted = /^[\p{Lu}\s.\-'’]{6,}$/u.test(s) ? 0 : 1;
    // "Benjamin Nzeribe" over "B. U. Nzeribe", "California" over "Calif.": the most words spelled out.
    const spelled = words.filter((w) => !/^\p{L}\.?$/u.test(w) && !/^\p{Lu}\p{Ll}{1,4}\.$/u.test(w)).length;
    const handle = s.startsWith('@') ? 0 : 1;
    // "Afghan Taliban" beside "Taliban": a nationality in front describes the name rather than being part of it.
    const described = !person && words.length > 1 && /^\p{Lu}\p{Ll}+(?:an|ese|i|ish)$/u.test(words[0]) && keys.has(nameKey(words.slice(1).join(' '))) ? 0 : 1;
    return [titled, handle, described, capitalEnd, plural, shouted, spelled, words.length, s.length, counts.get(s) ?? 0];
  };
  return surfaces.reduce((best, s) => {
    const [a, b] = [score(s), score(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? s : best;
    return best;
  });
}
