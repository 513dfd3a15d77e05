// How long a sentence is in words, in any script: runs of letters and digits, and in scripts written without
// spaces (Chinese, Japanese), one word per two characters, the average length of a word there.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const CHARS_PER_WORD = 2;

export function sentenceWords(text: string): number {
  let spaceless = 0;
  const spaced = text.replace(SPACELESS, (run) => {
    spaceless += run.length;
    return ' ';
  });
  return (spaced.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.round(spaceless / CHARS_PER_WORD);
}

/** Whether a sentence ends with a full stop (or ! ?), in Latin or CJK punctuation, before closing marks. */
export function endsWithStop(sentence: string): boolean {
  return /[.!?。！？]["”’“»«)」』）]*$/u.test(sentence.trimEnd());
}
