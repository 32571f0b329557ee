import type { Locale } from "@/i18n/routing";
import { foldWord, termOf, wordsIn, type Word } from "./terms";

/** Text and marked text in turn; rendered as React text, so nothing in it is ever markup. */
export type Snippet = Array<{ text: string; marked: boolean }>;

const WORDS_BEFORE = 12;
const WORDS_IN_SNIPPET = 36;

/** Some thirty words of `text` around its first match, each word whose term matched marked; the first words where none can match. */
export function snippetOf(locale: Locale, text: string, matchedTerms: ReadonlySet<string>): Snippet {
  const isMatch = (word: { text: string }) =>
    matchedTerms.has(termOf(locale, word.text) ?? "") || matchedTerms.has(foldWord(word.text));
  // Words are read only as far as the snippet needs: a text is a few thousand characters, a snippet 36 words.
  const words: Word[] = [];
  let first = -1;
  for (const word of wordsIn(text)) {
    words.push(word);
    if (first < 0 && isMatch(word)) first = words.length - 1;
    // One word past the snippet's end: enough to know that the text goes on.
    const searching = first < 0 && matchedTerms.size > 0;
    if (!searching && words.length > Math.max(0, first - WORDS_BEFORE) + WORDS_IN_SNIPPET) break;
  }
  if (words.length === 0) return [];
  const from = Math.max(0, Math.max(0, first) - WORDS_BEFORE);
  const to = Math.min(words.length, from + WORDS_IN_SNIPPET);
  const snippet: Snippet = from > 0 ? [{ text: "… ", marked: false }] : [];
  let cursor = words[from].start;
  for (const word of words.slice(from, to)) {
    if (!isMatch(word)) continue;
    if (word.start > cursor) snippet.push({ text: text.slice(cursor, word.start), marked: false });
    snippet.push({ text: word.text, marked: true });
    cursor = word.end;
  }
  snippet.push({ text: text.slice(cursor, words[to - 1].end), marked: false });
  if (to < words.length) snippet.push({ text: " …", marked: false });
  return snippet.filter((part) => part.text);
}
