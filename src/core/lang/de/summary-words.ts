// German words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("Sie forderten …", "Diese Regel …", "Außerdem …"). Not the articles "der", "die", "das": most sentences
// open with one.
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const DE_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn weil dass
    wenn als wie ob auch noch nur schon sehr mehr nicht kein keine keinen er sie es wir ihr ich man sich sein seine
    seiner seinen seinem ihre ihren ihrem ihrer unser unsere ist sind war waren wird werden wurde wurden worden hat
    haben hatte hatten gewesen kann können konnte muss müssen soll sollen will wollen mit von zu zum zur bei aus nach
    vor über unter für gegen ohne durch um an am im in auf bis seit während dieser diese dieses diesem diesen dort hier
    dann damit dabei dazu darauf daher also sagte sagt sagten gesagt erklärte laut`),
  leansBack: [
    ...words('er sie es ihr ihre ihren ihrem sein seine seinen seinem dies diese dieser dieses diesen diesem aber doch'),
    ...words('jedoch dennoch trotzdem auch und zudem außerdem dabei daher deshalb allerdings stattdessen ebenso'),
    ...words('ebenfalls gleichzeitig dagegen'),
  ],
};
