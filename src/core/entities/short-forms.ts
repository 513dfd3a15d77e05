// Fixed short forms of place names that share no letters with the name in order, so no rule can find them: the
// US state abbreviations of news style ("Calif.", "S.D.") and countries' everyday names ("Britain", "UK"). Each
// group lists name keys (lower case, dots dropped) of one place; the first is the group's own key.
const COUNTRY_GROUPS: string[][] = [
  ['united states', 'us', 'usa', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united arab emirates', 'uae'],
  ['soviet union', 'ussr'],
];

const STATE_GROUPS: string[][] = [
  ['alabama', 'ala'],
  ['arizona', 'ariz'],
  ['arkansas', 'ark'],
  ['california', 'calif'],
  ['colorado', 'colo'],
  ['connecticut', 'conn'],
  ['delaware', 'del'],
  ['florida', 'fla'],
  ['georgia', 'ga'],
  ['illinois', 'ill'],
  ['indiana', 'ind'],
  ['kansas', 'kan', 'kans'],
  ['kentucky', 'ky'],
  ['maryland', 'md'],
  ['massachusetts', 'mass'],
  ['michigan', 'mich'],
  ['minnesota', 'minn'],
  ['mississippi', 'miss'],
  ['missouri', 'mo'],
  ['montana', 'mont'],
  ['nebraska', 'neb'],
  ['nevada', 'nev'],
  ['new hampshire', 'nh'],
  ['new jersey', 'nj'],
  ['new mexico', 'nm'],
  ['new york', 'ny'],
  ['north carolina', 'nc'],
  ['north dakota', 'nd'],
  ['oklahoma', 'okla'],
  ['oregon', 'ore'],
  ['pennsylvania', 'pa', 'penn'],
  ['rhode island', 'ri'],
  ['south carolina', 'sc'],
  ['south dakota', 'sd'],
  ['tennessee', 'tenn'],
  ['texas', 'tex'],
  ['vermont', 'vt'],
  ['virginia', 'va'],
  ['washington', 'wash'],
  ['west virginia', 'wva'],
  ['wisconsin', 'wis'],
  ['wyoming', 'wyo'],
];

// Only states are spelled out on a card: a country's short form is a name of its own ("US" stays "US").
const STATE_NAMES = new Map(STATE_GROUPS.flatMap((g) => g.slice(1).map((k) => [k, g[0]] as const)));

const GROUP_OF = new Map([...COUNTRY_GROUPS, ...STATE_GROUPS].flatMap((g) => g.map((k) => [k, g[0]] as const)));

/** The key shared by every short form of the same place ("calif" → "california"), or null for other names. */
export function placeGroupKey(key: string): string | null {
  return GROUP_OF.get(key.replace(/[-\s]+/gu, ' ')) ?? null;
}

/**
 * The spelled-out name of a US state for its dotted news abbreviation ("Calif." → "California", "S.D." → "South
 * Dakota"), or null: a card names the state, with the abbreviation as an alias.
 */
export function spelledStateName(surface: string): string | null {
  if (!surface.endsWith('.')) return null;
  const full = STATE_NAMES.get(surface.toLowerCase().replace(/[.\s]/gu, ''));
  return full ? full.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : null;
}
