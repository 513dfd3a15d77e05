// Portuguese closed-class words for the entity model's lexicon (training only): articles, prepositions and their
// contractions, conjunctions, pronouns, a few adverbs and auxiliaries. The shared gazetteers mark many of them as
// names ("De Aar" and "Na Hang" are towns, "Da" and "Em" first names, "Para" a surname); Portuguese gives them
// none of that.
import { words } from '../verbs';

export const PT_FUNCTION_WORDS = words(`o a os as um uma uns umas de da do das dos em no na nos nas num numa ao à aos
  às por pelo pela pelos pelas para com sem sob sobre entre até após desde contra perante e ou mas nem que se como
  quando onde porque pois já não sim mais menos muito pouco ele ela eles elas dele dela deles delas nele nela este
  esta estes estas esse essa esses essas isto isso aquilo deste desta neste nesta desse dessa nesse nessa seu sua
  seus suas meu minha nosso nossa lhe lhes me te vos também ainda só mesmo todo toda todos todas outro outra outros
  outras qual quais cujo cuja há foi é são era ser ter tem`);

/**
 * Function words that join the parts of a name: "Rio de Janeiro", "Ordem dos Médicos". Not "e": it joins two names
 * ("Lula e Dilma") far more often than it sits inside one ("Sport Lisboa e Benfica"), and held-out folds of Bosque
 * train scored higher without it.
 */
export const PT_CONNECTORS = words(`de da do das dos`);
