// Words that describe what a person or source is: honorifics, titles and role nouns. Shared by clustering
// (a title is not part of a name), roles (a title is a role) and quote attribution ("a NATO official").

/** Honorifics and titles that precede a name ("Prime Minister", "Gen.", "Mr."), lower case. */
export const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'gen', 'gen.',
  'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.',
  'sergeant', 'sgt', 'sgt.', 'admiral', 'adm', 'adm.', 'commander', 'marshal', 'brigadier', 'senator', 'sen',
  'sen.', 'representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor',
  'judge', 'justice', 'attorney', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'emir', 'sultan', 'chairman',
  'chairwoman', 'chair', 'speaker', 'leader', 'chief', 'deputy', 'acting', 'former', 'foreign', 'defence',
  'defense', 'interior', 'finance', 'state', 'health', 'first', 'coach', 'detective', 'officer', 'agent',
  'inspector', 'superintendent', 'director', 'ceo', 'founder', 'president-elect', 'nominee', 'candidate', 'host',
]);

/** Honorifics that give a gender: "Mr. Trump" lets "he" find him. */
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'congressman', 'chairman']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman']);

/** Nouns naming a role or a kind of source ("spokesman", "officials"), singular and plural, lower case. */
export const ROLE_NOUNS = new Set(
  [
    'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'official', 'president', 'minister',
    'premier', 'chancellor', 'secretary', 'general', 'commander', 'officer', 'envoy', 'ambassador', 'diplomat',
    'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'lawmaker', 'legislator',
    'politician', 'leader', 'chief', 'head', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder',
    'executive', 'manager', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'analyst', 'economist',
    'expert', 'professor', 'researcher', 'scientist', 'historian', 'author', 'writer', 'editor', 'reporter',
    'journalist', 'correspondent', 'columnist', 'host', 'anchor', 'commentator', 'lawyer', 'attorney', 'judge',
    'prosecutor', 'investigator', 'detective', 'agent', 'source', 'member', 'candidate', 'nominee', 'activist',
    'organizer', 'organiser', 'campaigner', 'supporter', 'critic', 'witness', 'resident', 'student', 'teacher',
    'doctor', 'physician', 'nurse', 'surgeon', 'engineer', 'soldier', 'militant', 'commissioner', 'minister',
    'deputy', 'delegate', 'negotiator', 'mediator', 'coordinator', 'administrator', 'regulator', 'chairperson',
    'owner', 'partner', 'president-elect', 'monarch', 'king', 'queen', 'prince', 'princess', 'cleric', 'priest',
    'pastor', 'bishop', 'coach', 'player', 'captain', 'star', 'actor', 'actress', 'singer', 'artist', 'fan',
    'voter', 'observer', 'insider', 'ally', 'opponent', 'rival', 'challenger', 'incumbent', 'contender',
    'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'colleague',
    'staffer', 'employee', 'worker', 'officials', 'sources', 'man', 'woman', 'person', 'people',
    'announcer', 'narrator', 'spokespeople', 'representatives',
  ].flatMap((w) => [w, plural(w)]),
);

/** Sources that are no person ("the report", "the campaign"): they speak in quotes but are no one's role. */
export const NON_PERSON_SOURCES = new Set([
  'agency', 'ministry', 'department', 'office', 'commission', 'committee', 'report', 'study', 'survey', 'poll',
  'statement', 'campaign', 'party', 'group', 'government', 'website', 'document', 'letter', 'memo', 'filing',
  'complaint', 'lawsuit', 'ad', 'article', 'story', 'post', 'tweet', 'newspaper', 'network', 'company', 'firm',
  'team', 'email', 'editorial', 'column', 'piece', 'headline', 'release', 'spot', 'video',
]);

function plural(w: string): string {
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Adjectives that modify a role ("senior", "former", "top"), lower case. */
export const ROLE_MODIFIERS = new Set([
  'senior', 'junior', 'former', 'top', 'deputy', 'acting', 'chief', 'special', 'longtime', 'veteran', 'assistant',
  'associate', 'vice', 'executive', 'general', 'national', 'foreign', 'military', 'defence', 'defense', 'security',
  'press', 'campaign', 'communications', 'policy', 'political', 'legal', 'local', 'regional', 'federal', 'state',
  'government', 'administration', 'white', 'house', 'then', 'then-', 'interim', 'lead', 'head', 'principal',
  'high-ranking', 'high', 'ranking', 'western', 'unnamed', 'anonymous', 'another', 'first', 'second', 'third',
  'independent', 'conservative', 'liberal', 'democratic', 'republican', 'presidential', 'vice-presidential',
  'running', 'mate', 'new', 'outgoing', 'incoming', 'current', 'retired', 'late', 'prominent', 'leading',
  // The body a title belongs to ("Interim BART Police Chief", "county health director", "team captain").
  'police', 'fire', 'city', 'county', 'district', 'school', 'party', 'union', 'team', 'club', 'army', 'navy',
  'intelligence', 'health', 'education', 'transport', 'transportation', 'public', 'emergency',
]);

/** Pronouns that can stand for a speaker, by the kind of antecedent they take. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they']);
