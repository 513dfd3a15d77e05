// Common English given names that are rarely used for the other sex, as weak evidence of who "he" and "she" can
// be: an article that never writes "Ms. Lee" or "she said" about Ann Lee still says "Ann". Names used for both
// (Kelly, Jordan, Chris, Sam, Lee, Jesse, Terry, …) are left out by AMBIGUOUS, which wins over both lists.
import type { Gender } from '../entities/gender';

const FEMALE = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'amy', 'angela', 'helen',
  'anna', 'ann', 'anne', 'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine', 'kathryn', 'catherine',
  'christine', 'debra', 'rachel', 'carolyn', 'janet', 'maria', 'heather', 'diane', 'julie', 'joyce', 'victoria',
  'kelly', 'christina', 'joan', 'evelyn', 'lauren', 'judith', 'olivia', 'martha', 'cheryl', 'megan', 'andrea',
  'hannah', 'jacqueline', 'jean', 'alice', 'kathleen', 'gloria', 'teresa', 'doris', 'sara', 'janice', 'julia',
  'marie', 'madison', 'grace', 'judy', 'theresa', 'beverly', 'denise', 'marilyn', 'amber', 'danielle', 'abigail',
  'brittany', 'rose', 'diana', 'natalie', 'sophia', 'alexis', 'lori', 'kayla', 'jane', 'hillary', 'hilary', 'nikki',
  'carly', 'michele', 'elena', 'nina', 'sylvia', 'lucy', 'claire', 'ellen', 'susanne', 'suzanne', 'wendy', 'tina',
  'jill', 'valerie', 'hope', 'kellyanne', 'ivanka', 'melania', 'chelsea', 'huma', 'loretta', 'condoleezza',
  'madeleine', 'dianne', 'elaine', 'kirsten', 'tammy', 'gwen', 'betsy', 'sheila', 'irene', 'monica', 'veronica',
  'vanessa', 'erin', 'holly', 'kristen', 'katie', 'kate', 'molly', 'tiffany', 'caroline', 'charlotte', 'sally',
  'peggy', 'meg', 'marianne', 'ruth', 'esther', 'miriam', 'naomi', 'leah', 'rosa', 'carmen', 'ana', 'lucia', 'isabel',
  'sophie', 'angelina', 'brigid', 'bridget', 'colleen', 'maureen', 'eileen', 'shannon', 'kristin', 'stacy', 'stacey',
  'tracy', 'rhonda', 'yvonne', 'joanne', 'jeanne', 'roberta', 'paula', 'gina', 'marina', 'natasha', 'svetlana',
  'olga',
];

const MALE = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian',
  'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric',
  'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'frank', 'alexander',
  'raymond', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'henry', 'nathan', 'douglas',
  'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy', 'harold', 'keith', 'christian', 'roger', 'noah', 'gerald',
  'carl', 'terry', 'sean', 'austin', 'arthur', 'lawrence', 'dylan', 'jesse', 'bryan', 'joe', 'jordan', 'billy',
  'bruce', 'albert', 'willie', 'gabriel', 'logan', 'alan', 'juan', 'wayne', 'roy', 'ralph', 'randy', 'eugene',
  'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip', 'phil', 'johnny', 'barack', 'bernie', 'bernard', 'ted',
  'marco', 'jeb', 'ben', 'mike', 'mitch', 'rand', 'newt', 'bill', 'tom', 'tim', 'jim', 'bob', 'dick', 'rick', 'chuck',
  'ed', 'steve', 'dan', 'jeff', 'greg', 'ken', 'rudy', 'reince', 'reid', 'harry', 'al', 'hank', 'howard', 'martin',
  'lindsey', 'vladimir', 'francois', 'angelo', 'sergei', 'mohammed', 'muhammad', 'ahmed', 'ali', 'omar', 'hassan',
  'ibrahim', 'abdullah', 'bashar', 'xi', 'shinzo', 'boris', 'nigel', 'tony', 'gordon', 'emmanuel', 'matteo', 'hans',
  'wolfgang', 'karl', 'klaus', 'pierre', 'jacques', 'luis', 'carlos', 'jorge', 'miguel', 'pedro', 'antonio', 'manuel',
  'francisco', 'rafael', 'fernando', 'ricardo', 'alberto', 'roberto', 'eduardo', 'mario', 'chris', 'corey', 'kellen',
  'hugh', 'ian', 'neil', 'glenn', 'craig', 'todd', 'brett', 'chad', 'derek', 'trevor', 'wade', 'clint', 'dale',
  'earl', 'fred', 'herbert', 'jay', 'lee', 'leon', 'lloyd', 'marvin', 'norman', 'oscar', 'ray', 'stanley', 'victor',
  'warren', 'allen', 'andy', 'dave', 'don', 'doug', 'gene', 'jon', 'kurt', 'lou', 'matt', 'nick', 'pete', 'ron',
  'sam', 'stan', 'will', 'elliott', 'luther', 'orrin', 'mitt', 'lamar', 'cornel', 'rex',
];

const AMBIGUOUS = new Set(['kelly', 'jordan', 'jesse', 'terry', 'chris', 'sam', 'lee', 'will', 'hope', 'ali', 'jay', 'ray', 'rose', 'grace', 'reid', 'lindsey']);

const GENDER_OF = new Map<string, Gender>([
  ...FEMALE.filter((n) => !AMBIGUOUS.has(n)).map((n): [string, Gender] => [n, 'f']),
  ...MALE.filter((n) => !AMBIGUOUS.has(n)).map((n): [string, Gender] => [n, 'm']),
]);

/** The gender a person's first name suggests ("Ann Lee" → f), if it is a common, unambiguous given name. */
export function givenNameGender(name: string): Gender | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2) return undefined;
  return GENDER_OF.get(words[0].toLowerCase().replace(/[^\p{L}]/gu, ''));
}
