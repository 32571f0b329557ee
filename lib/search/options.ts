// The one MiniSearch configuration the index is built with and loaded with.
import type { Options } from "minisearch";
import type { Locale } from "@/i18n/routing";
import { indexTermsOf, wordsOf } from "./terms";

/** What a post is searched by; title, description and tags weigh more than the body. */
export const FIELDS = ["title", "description", "tags", "author", "body"] as const;
export const BOOST = { title: 4, description: 2, tags: 2, author: 1.5, body: 1 };

export type SearchDocument = { path: string } & Record<(typeof FIELDS)[number], string>;

export function indexOptions(locale: Locale): Options<SearchDocument> {
  return {
    idField: "path",
    fields: [...FIELDS],
    storeFields: [],
    processTerm: (term) => indexTermsOf(locale, term),
    // Words are split by the search's own rules: MiniSearch's tokenizer would keep apostrophes.
    tokenize: (text) => wordsOf(text).map((word) => word.text),
  };
}
