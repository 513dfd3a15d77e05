// Words that take a period without ending a sentence. Titles and months are followed by a name or a number far
// more often than by a sentence break, so the period never splits there.

/** Titles and honorifics written before a name ("Gen. Soleimani", "Mr. Khalaf"). */
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr',
  'Cdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Fr', 'Sr', 'Jr', 'St', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Atty',
  'Amb', 'Sec', 'Messrs', 'Mme', 'Mlle', 'Msgr', 'Lieut', 'Mt', 'Ft',
  // Plurals before two names ("Sens. Cory Booker and Kamala Harris").
  'Sens', 'Reps', 'Govs', 'Drs', 'Gens',
]);

// US state abbreviations of AP style ("Austin, Tex."): part of the token, but free to end a sentence. Two-letter
// dotted ones (N.Y., S.C.) are dotted acronyms and need no entry.
const US_STATES = ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Vt', 'Va',
  'Wash', 'Wis', 'Wyo'];

/** Months and other abbreviations usually followed by more of the same sentence ("Jan. 3", "No. 10"). */
export const INNER_ABBREVIATIONS = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'vs', 'v', 'etc', 'approx', 'est', 'Vol', 'vol', 'pp', 'p', 'ca', 'cf', 'al', 'Fig', 'fig', 'Ave',
  'Blvd', 'Rd', 'Dept', 'Univ', 'Assn', 'Bros', 'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Pty',
  ...US_STATES,
]);

/** Company and state abbreviations that may end a sentence ("... said Acme Inc. The firm ..."). */
const NAME_FINAL = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Pty', ...US_STATES]);
const SENTENCE_FINAL_OK = new Set(['etc', ...NAME_FINAL]);

/** Whether `word` (without its period) takes a period as part of the token. */
export function isAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word);
}

/** Whether a period after `word` cannot end a sentence whatever follows. */
export function blocksSentenceEnd(word: string): boolean {
  return isAbbreviation(word) && !SENTENCE_FINAL_OK.has(word);
}

/**
 * Whether a period after `word` ends a sentence only before a word that typically opens one: dotted acronyms
 * ("the U.S. The ..." but "the U.S. Army"), states ("Dover, Del. The ..." but "Dover, Del. Mayor Jo Bloggs") and
 * company suffixes.
 */
export function endsSentenceOnlyBeforeOpener(word: string): boolean {
  return NAME_FINAL.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
