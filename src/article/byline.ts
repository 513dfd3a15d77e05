// Bylines as lists of names. A byline as pages write it carries more than names: "By", "and", dates and times
// ("Joshua Sokol May 20"), job titles ("Games Editor"), labels ("Follow Author", "Posted by"), counts, handles and
// the outlet itself ("Jane Doe, CNN"). A card shows names, so everything else goes; an organisation that is the
// only author ("Reuters", "Telegraph Sport") stays.

const LEAD_LABEL = /^(?:(?:written|words|posted|reported|story|analysis|reviewed|edited|compiled|photos?|text|interview|commentary|opinion|column)\s+)?(?:by|von|par|por|di|door|av)\b[:\s]*/i;
const FIELD_LABEL = /^(?:authors?|writers?|byline|reporter|reporting|posted|contributors?)\s*:\s*/i;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,])';
/** Where the names stop: a date, a time, a weekday, a relative time, or an "Updated"/"Published" label. */
const TAIL = new RegExp(
  [
    `\\b${MONTH}\\s+\\d`, `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, `\\b${WEEKDAY}`, '\\b\\d{1,4}[/.-]\\d{1,2}', '\\b\\d{1,2}:\\d{2}',
    '\\b\\d+\\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\\b', '\\b(?:last\\s+)?(?:updated|published|modified|posted|first published)\\b',
    '\\bon\\s+\\d', '\\d+\\s+(?:comments?|shares?|views?)\\b', '\\bfollow\\b', '\\bview (?:all|more)\\b', '\\bmore (?:articles|stories|from)\\b',
    '\\b(?:e-?mail|contact|bio|profile|twitter|facebook|rss)\\b', '[@|•·]', '\\bhttps?:', '\\bwww\\.', "['’]s\\b",
    '\\b(?:next|previous|prev|older|newer) (?:post|story|article|entry|page)\\b',
    '\\b(?:most (?:popular|recent|read)|recent (?:stories|posts)|related|trending|latest|newsletters?|subscribe|sign (?:in|up)|log ?in|watch|read more)\\b',
  ].join('|'),
  'i',
);

/** Words that end a name and start a job title ("Ben Silverman Games Editor", "Steve Peoples, AP National Political Writer"). */
const JOB = /^(?:writer|editor|editor-at-large|correspondent|reporter|columnist|contributor|producer|analyst|critic|photographer|intern|anchor|chief|director|president|founder|ceo|host|strategist|economist|researcher|fellow|professor|manager|officer|specialist|journalist|blogger)s?$/i;
const TITLE_WORD = /^(?:senior|junior|staff|contributing|associate|assistant|deputy|managing|executive|chief|special|national|international|foreign|political|politics|security|sports?|games|gaming|business|tech(?:nology)?|science|health|entertainment|news|features?|digital|data|investigative|white|house|economics?|finance|markets?|culture|arts|music|film|food|travel|weather|legal|justice|education|environment|climate|energy|world|global|local|regional|social|media|video|audio|breaking|metro|city|state|europe|asia|africa|americas|middle|east|west|north|south|washington|london|ap|cnn|the|a|an|and|of|for|at|&)$/i;
/** Academic and professional letters after a name: "Rachael Link, MS, RD". */
const CREDENTIAL = /^(?:ms|ma|mba|md|do|rd|rdn|ld|ldn|phd|ph\.d\.?|mph|rn|np|pa-c|cpt|cde|cscs|dds|esq|jd|llm|facs|cnp|msc|bsc|ba|bs)\.?$/i;
/** Words that make a byline entry an organisation rather than a person. */
const ORG_WORD = /\b(?:press|news|times|post|staff|service|services|agency|wire|wires|media|network|magazine|journal|daily|herald|tribune|gazette|reuters|associated|bureau|desk|team|editorial|board|newsroom|foundation|institute|university|agency|council|society|group|inc|ltd|llc|corp)\b/i;

/** A name glued to the next element's word: "AltoverosView", "ArnoldNovember", "HiltzikBusiness" (but "LaMotte", "WikiFauna"). */
const GLUED_TAIL = /(\p{Ll}{2,})(?=(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?|View|More|Follow|Updated|Published|Posted|Last|Read|Share|Email|Twitter|Associated|Senior|Staff|Business|Games|Sports|Contributing|Columnist|Writer|Reporter|Editor|Correspondent|Contributor|Opinion|Analysis|Photo|Image)\b)/gu;

/** Splits glued inline elements: "Jose AltoverosView More", "ERIC TUCKERAssociated Press", "Carrie ArnoldNovember". */
function unglue(s: string): string {
  return s
    .replace(GLUED_TAIL, '$1 \n')
    .replace(/([A-Z]{3,})(?=[A-Z][a-z]{2,})/g, '$1 \n')
    .replace(/([a-z]{3,})(?=[A-Z]{2,}\b)/g, '$1 \n');
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name) || !name.includes(' ')) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The name at the start of an entry that goes on into a job title; '' when no name precedes the title. */
function dropJobTitle(entry: string): string {
  const words = entry.split(' ');
  const jobAt = words.findIndex((w) => JOB.test(w.replace(/[.,]$/, '')));
  if (jobAt < 0) return entry;
  let cut = jobAt;
  while (cut > 0 && TITLE_WORD.test(words[cut - 1])) cut--;
  return words.slice(0, cut).join(' ');
}

const key = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
/** Lower-case words a name may hold: "Ludwig van Beethoven", "Maria de la Cruz", "Omar bin Laden". */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|bint|al|el|ibn|ter|ten|y|e|zu)$/;
/** Wire services written straight after a name, with no comma: "Tom Davies Associated Press". */
const WIRE_TAIL = /\s+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|ap|bloomberg|pti|ians|ani|dpa|efe|ansa|xinhua|kyodo|yonhap|tass|upi)$/i;

function isPersonLike(entry: string, site: string): boolean {
  const words = entry.split(' ');
  const k = key(entry);
  return !ORG_WORD.test(entry) && /^\p{Lu}/u.test(entry) && words.length >= 2 && words.length <= 5 && !words.some((w) => /^\p{Lu}{2,}$/u.test(w) && w.length <= 4) &&
    !(site && (site.includes(k) || k.includes(site)));
}

/** One byline entry cleaned to a name, or '' when nothing name-like is left. */
function cleanEntry(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEAD_LABEL, '').replace(FIELD_LABEL, '').trim();
  }
  const tail = TAIL.exec(s);
  if (tail) s = s.slice(0, tail.index);
  // A name stops at its first lower-case word that is not a particle: "Louis Jacobson on Monday", "Phil Helsel is a".
  const words = s.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !PARTICLE.test(w));
  if (stop > 0) s = words.slice(0, stop).join(' ');
  const unwired = s.replace(WIRE_TAIL, '');
  if (unwired.split(' ').length >= 2) s = unwired;
  // "Kevin McCoy USA TODAY": an all-capitals affiliation after a name written in mixed case.
  s = s.replace(/^((?:\S*\p{Ll}\S*\s+)+?\S*\p{Ll}\S*)\s+(?:\p{Lu}{2,}\s*)+$/u, '$1');
  const job = dropJobTitle(s.replace(/[\s,;:–—-]+$/, '').replace(/^[\s,;:–—-]+/, ''));
  s = job !== s && job.split(' ').length < 2 ? '' : job;
  // "Sean Martin Sean Martin": a name printed twice by two overlapping elements.
  const half = s.split(' ');
  if (half.length % 2 === 0 && half.slice(0, half.length / 2).join(' ') === half.slice(half.length / 2).join(' ')) s = half.slice(0, half.length / 2).join(' ');
  if (!s || !/\p{L}/u.test(s) || /\d/.test(s) || s.split(' ').length > 5 || !/^[\p{Lu}\p{Lt}]/u.test(s)) return '';
  if (CREDENTIAL.test(s) || /^(?:staff|updated|published|author|by|and|more|share|menu)$/i.test(s)) return '';
  return titleCase(s);
}

/**
 * "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. `outlet`: the page's own name, which is not an
 * author beside a person's name. Lines (\n) separate entries like commas do.
 */
export function splitAuthors(byline: string, outlet: string | null = null): string[] {
  if (!byline || byline.length > 400 || /^\s*https?:/i.test(byline)) return [];
  const entries = unglue(byline)
    .split(/\s*(?:\n|,|;|&|\band\b|\bund\b|(?<=\p{Ll}\s)(?:et|y|e)(?=\s\p{Lu})|\s[|•·]\s)\s*/u)
    .map(cleanEntry)
    .filter(Boolean);
  const seen = new Set<string>();
  const names = entries.filter((n) => !seen.has(key(n)) && seen.add(key(n)));
  const site = outlet ? key(outlet) : '';
  // Beside a person, anything else is an affiliation, a place or a label ("Jane Doe, CNN", "PTI, Washington"):
  // the people are the authors; with no person, the first entry is (an organisation such as "Reuters").
  const people = names.filter((n) => isPersonLike(n, site));
  return people.length ? people : names.slice(0, 1);
}

/** The people among names gathered from several sources ("Web Desk", "Hanna Berg" → "Hanna Berg"); all of them when none is a person. */
export function preferPeople(names: string[], outlet: string | null = null): string[] {
  const site = outlet ? key(outlet) : '';
  const people = names.filter((n) => isPersonLike(n, site));
  return people.length ? people : names;
}

/** Whether a cleaned name reads as a person's: two to five capitalised words, no organisation word or acronym, not the outlet. */
export function isPersonName(name: string, outlet: string | null = null): boolean {
  return isPersonLike(name, outlet ? key(outlet) : '');
}

/** Whether `name` is the outlet itself: a publisher credited as author of its own page says nothing a card needs. */
export function isOutletName(name: string, outlets: (string | null)[]): boolean {
  const k = key(name);
  return !!k && outlets.some((o) => o && key(o) === k);
}
