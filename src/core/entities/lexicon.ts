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
    'suspect', 'victim', 'defendant', 'plaintiff', 'trader', 'banker', 'investor', 'entrepreneur', 'pioneer',
    'deportee', 'refugee', 'migrant', 'astronaut', 'producer', 'composer', 'choreographer', 'designer',
    'photographer', 'filmmaker', 'novelist', 'poet', 'musician', 'rapper', 'comedian', 'athlete', 'swimmer',
    'runner', 'driver', 'rider', 'boxer', 'fighter', 'wrestler', 'golfer', 'cyclist', 'skier', 'president-elect',
    'officer', 'trooper', 'sheriff', 'deputy', 'constable', 'marshal', 'warden', 'guard', 'sergeant', 'lieutenant',
    'chairwoman', 'cofounder', 'co-founder', 'principal', 'dean', 'provost', 'chancellor', 'lecturer', 'scholar',
    'physicist', 'chemist', 'biologist', 'astronomer', 'geologist', 'psychologist', 'sociologist', 'epidemiologist',
    'virologist', 'specialist', 'consultant', 'contractor', 'developer', 'programmer', 'technician', 'farmer',
    'owner', 'landlord', 'tenant', 'shopkeeper', 'veteran', 'ceo', 'cfo', 'coo', 'cto', 'md', 'gm', 'vp',
    'secretary-general', 'attorney-general', 'commander-in-chief', 'counsel', 'counselor', 'counsellor', 'fellow',
    'publicist', 'attaché', 'whip', 'treasurer', 'comptroller', 'auditor', 'ombudsman', 'billionaire',
    'millionaire', 'tycoon', 'mogul', 'magnate', 'financier', 'businessman', 'businesswoman', 'heir', 'heiress',
    'philanthropist', 'donor', 'lobbyist', 'blogger', 'influencer', 'podcaster', 'celebrity', 'figure', 'gunman',
    'shooter', 'attacker', 'assailant', 'killer', 'hacker', 'smuggler', 'trafficker', 'pedophile', 'paedophile',
    'offender', 'fugitive', 'inmate', 'prisoner', 'detainee', 'hostage', 'survivor',
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
  'running', 'mate', 'managing', 'alleged', 'accused', 'convicted', 'suspected', 'disgraced', 'embattled', 'indicted',
  'jailed', 'elected', 'appointed', 'self-described', 'self-proclaimed', 'visiting', 'founding', 'reigning', 'new', 'outgoing', 'incoming', 'current', 'retired', 'late', 'prominent', 'leading',
  // The body a title belongs to ("Interim BART Police Chief", "county health director", "team captain").
  'police', 'fire', 'city', 'county', 'district', 'school', 'party', 'union', 'team', 'club', 'army', 'navy',
  'intelligence', 'health', 'education', 'transport', 'transportation', 'public', 'emergency',
]);

/** Pronouns that can stand for a speaker, by the kind of antecedent they take. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they']);

/** Positions in team sports: a role like any other ("Pittsburgh quarterback"), lower case, singular and plural. */
export const SPORTS_POSITIONS = new Set(
  [
    // Not the positions that are everyday words too ("forward", "safety", "guard", "end", "senior").
    'quarterback', 'linebacker', 'cornerback', 'receiver', 'tailback', 'fullback', 'halfback', 'lineman', 'kicker',
    'punter', 'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder', 'baseman', 'striker', 'midfielder',
    'defender', 'goalkeeper', 'goalie', 'winger', 'playmaker', 'fly-half', 'scrum-half', 'flanker', 'batsman',
    'bowler', 'wicketkeeper', 'rookie', 'freshman', 'sophomore', 'defenseman', 'defenceman',
  ].flatMap((w) => [w, plural(w)]),
);

/**
 * Positions named by an everyday word after the word that qualifies it ("defensive end", "running back", "point
 * guard"): the pair is a position, the last word alone is not ("Moving forward, ...").
 */
export const QUALIFIED_POSITIONS = new Map<string, Set<string>>([
  ['end', new Set(['defensive', 'tight'])],
  ['tackle', new Set(['defensive', 'offensive', 'left', 'right', 'nose'])],
  ['back', new Set(['running', 'defensive', 'full', 'centre', 'center', 'left', 'right'])],
  ['guard', new Set(['point', 'shooting', 'offensive', 'left', 'right'])],
  ['forward', new Set(['power', 'small', 'centre', 'center'])],
  ['safety', new Set(['free', 'strong'])],
  ['receiver', new Set(['wide'])],
]);

/** Their abbreviations, matched in capitals only ("DL Larry Ogunjobi" in a depth chart). */
export const POSITION_ABBREVIATIONS = new Set([
  'QB', 'RB', 'FB', 'WR', 'TE', 'OL', 'OT', 'OG', 'DL', 'DE', 'DT', 'NT', 'LB', 'ILB', 'OLB', 'MLB', 'CB', 'DB', 'FS',
  'SS', 'PK', 'LS', 'KR', 'PR', 'GK', 'PG', 'SG', 'SF', 'PF', 'LHP', 'RHP', '1B', '2B', '3B', 'LF', 'CF', 'RF',
]);
/** One-letter positions, read as roles only at the start of a line ("S Damarious Randall", "K Justin Tucker"). */
export const LINE_START_POSITIONS = new Set(['S', 'C', 'K', 'P', 'G', 'F']);

/** Nouns that describe an organisation ("the militia", "rival", "record label"), lower case. */
export const ORGANISATION_ROLE_NOUNS = new Set(
  [
    'company', 'firm', 'giant', 'rival', 'retailer', 'maker', 'manufacturer', 'carmaker', 'automaker', 'chipmaker',
    'label', 'publisher', 'broadcaster', 'network', 'newspaper', 'paper', 'magazine', 'tabloid', 'outlet', 'website',
    'journal', 'agency', 'group', 'militia', 'movement', 'party', 'organisation', 'organization', 'charity',
    'foundation', 'bank', 'lender', 'insurer', 'fund', 'startup', 'start-up', 'platform', 'service', 'provider',
    'operator', 'airline', 'carrier', 'studio', 'distributor', 'developer', 'conglomerate', 'subsidiary', 'unit',
    'brokerage', 'broker', 'exchange', 'regulator', 'watchdog', 'union', 'club', 'team', 'franchise', 'university',
    'college', 'school', 'hospital', 'chain', 'supplier', 'component', 'mouthpiece', 'alliance', 'coalition',
    'owner', 'parent', 'partner', 'competitor', 'insurgency', 'faction', 'cartel', 'gang', 'investor', 'backer',
  ].flatMap((w) => [w, plural(w)]),
);

/** Nouns that describe a place ("a town on the border", "the capital"), lower case. */
export const PLACE_ROLE_NOUNS = new Set(
  [
    'town', 'village', 'city', 'capital', 'province', 'state', 'region', 'county', 'district', 'suburb', 'port',
    'island', 'country', 'nation', 'territory', 'enclave', 'neighbourhood', 'neighborhood', 'borough', 'municipality',
    'moon', 'planet', 'river', 'lake', 'mountain', 'valley', 'desert', 'border', 'hub', 'stronghold', 'republic',
  ].flatMap((w) => [w, plural(w)]),
);

/**
 * Words that end a role phrase read leftwards from a name: function words, auxiliaries and the verbs that most
 * often stand before a name in news ("said", "told", "beat"), days and months. Lower case.
 */
export const ROLE_STOP_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'and', 'or',
  'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'about', 'against', 'as',
  'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'than', 'like', 'between', 'among', 'during',
  'via', 'per', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'so', 'if', 'when', 'while',
  'where', 'who', 'whom', 'whose', 'which', 'what', 'why', 'how', 'then', 'also', 'too', 'very', 'just', 'only',
  'even', 'still', 'yet', 'already', 'both', 'either', 'neither', 'each', 'every', 'all', 'some', 'any', 'many',
  'more', 'most', 'other', 'such', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there',
  'here', 'said', 'says', 'say', 'told', 'tells', 'tell', 'asked', 'asks', 'added', 'adds', 'according', 'saw',
  'sees', 'see', 'met', 'meets', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'got', 'gets', 'beat', 'beats',
  'hit', 'hits', 'led', 'leads', 'left', 'leaves', 'sent', 'sends', 'thought', 'thinks', 'found', 'finds', 'became',
  'becomes', 'brought', 'brings', 'won', 'wins', 'lost', 'loses', 'chose', 'chooses', 'named', 'names', 'called',
  'calls', 'including', 'includes', 'included', 'replaced', 'replaces', 'joined', 'joins', 'hired', 'fired',
  'signed', 'praised', 'criticised', 'criticized', 'thanked', 'blamed', 'accused', 'urged', 'warned', 'wrote',
  'writes', 'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'claimed', 'claims', 'announced',
  'announces', 'confirmed', 'confirms', 'denied', 'denies', 'believes', 'believed', 'knows', 'knew', 'wants',
  'wanted', 'let', 'lets', 'helped', 'helps', 'watched', 'watches', 'faced', 'faces', 'played', 'plays',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tonight', 'now', 'week', 'year', 'month', 'day', 'night', 'morning', 'afternoon', 'evening', 'time', 'times',
  'points', 'yards', 'percent', 'cent', 'million', 'billion', 'especially', 'notably',
  // Words that judge rather than describe ("the real Prince Andrew", "the same official").
  'real', 'actual', 'same', 'so-called', 'true',
]);
