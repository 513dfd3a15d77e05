// The lexicon shipped in the model: casing evidence plus gazetteer bits.
import { Gazetteer } from '../../src/core/ner/lexicon';
import { addGazetteer, casingCodes, ORG_WORDS, ROLE_WORDS, type CasingCounter } from './ner-lexicon';

/** Words seen fewer times than this get no casing entry: too little evidence, and the lexicon stays small. */
const MIN_CASING_COUNT = 3;

export function buildLexicon(counter: CasingCounter): Map<string, number> {
  const codes = casingCodes(counter, MIN_CASING_COUNT);
  addGazetteer(codes, ROLE_WORDS, Gazetteer.RoleWord);
  addGazetteer(codes, ORG_WORDS, Gazetteer.OrgWord);
  return codes;
}
