import { foldWord, wordsOf } from "./terms";

/** A title or query as its folded words: `L’expérience, d’abord !` and `l experience d abord` are alike. */
export function titleKeyOf(text: string): string {
  return wordsOf(text)
    .map((word) => foldWord(word.text))
    .join(" ");
}
