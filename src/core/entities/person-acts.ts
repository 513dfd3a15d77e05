// What a lone word the tagger read as a person does in the article, as evidence that it is one: news writes a person
// met by surname alone ("Marlow said", "Marlow, who", "Marlow's wife", "the Marlow administration") as it writes no
// company. Companies speak too ("Vantor said"), so the evidence counts only when no mention reads as a business's:
// its shares, its products or staff, someone working at it.
import type { Entity } from '../types';

/** Verbs only people do, or that news writes of people and rarely of bodies, right after the name. */
const HUMAN_VERB_AFTER =
  /^\s+(?:(?:has|had|have|also|then|later|again|once|repeatedly|recently|previously|reportedly)\s+){0,2}(?:said|says|told|tweeted|stated|wrote(?!\s+(?:down|off)\b)|noted|responded|insisted|recalled|joked|quipped|replied|admitted|argued|vowed|explained|testified|smiled|laughed|shrugged|campaigned|resigned|died|married|hopes|hoped|believes|believed|thinks|thought|feels|felt)\b/u;
/** "Marlow, who", "Marlow, 54,", "Marlow (D-Ohio)": a relative pronoun for people, an age, a US lawmaker's party. */
const WHO_AFTER = /^(?:,?\s+who\b|,\s+\d{1,3},|\s*\((?:[RDI]|Rep|Dem)\.?\s*-\s*\p{Lu})/u;
/** A person's kin, office or life after the name's possessive ("Marlow's wife", "Marlow's presidency"). */
const PERSONAL_POSSESSION =
  /^['’]s?\s+(?:(?:late|former|own|first|second)\s+)?(?:wife|husband|son|sons|daughter|daughters|children|mother|father|brother|sister|parents|family|widow|grandson|granddaughter|presidency|candidacy|re-?election|term|tenure|nomination|running\s+mate|cabinet|chief\s+of\s+staff|childhood|death|funeral|birthday|memoir|autobiography)\b/u;
/** "the Marlow administration": a lower-case "administration" is a head of government's. */
const ADMINISTRATION_AFTER = /^\s+(?:administration|presidency|era|years)\b/u;

/** A business's marks around a mention: its shares, goods, staff or outlets, or people working at it. */
const BUSINESS_AFTER =
  /^(?:['’]s?)?\s+(?:shares|stock|stocks|share\s+price|products|stores|shops|brand|employees|workers|staff|customers|shareholders|executives|headquarters|inc|corp|ltd|plc|llc|ceo|cfo|spokes(?:man|woman|person))\b/iu;
const BUSINESS_BEFORE =
  /\b(?:(?:work|works|worked|working|job|jobs|employees?|staff|analysts?|engineers?|executives?|researchers?|shareholders|customers)\s+(?:at|of)|shares\s+(?:of|in)|(?:firm|company|brand|retailer|maker|chain|group|outlet|network)\s*,?)\s+$/iu;

/** Whether the article writes of a lone word as of a person, and never as of a business. */
export function actsAsPerson(text: string, e: Entity): boolean {
  // "PFF said": a word in capitals is an acronym, a body's far more often than a person's.
  if (!/\p{Ll}/u.test(e.name)) return false;
  let acts = false;
  for (const m of e.mentions) {
    // Clustering may have kept the possessive inside the mention ("Marlow's").
    const after = (/['’]s$/u.test(text.slice(m.start, m.end)) ? "'s" : '') + text.slice(m.end, m.end + 60);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (BUSINESS_AFTER.test(after) || BUSINESS_BEFORE.test(before)) return false;
    if (HUMAN_VERB_AFTER.test(after) || WHO_AFTER.test(after) || PERSONAL_POSSESSION.test(after)) acts = true;
    else if (ADMINISTRATION_AFTER.test(after) && /\bthe\s+$/iu.test(before)) acts = true;
  }
  return acts;
}
