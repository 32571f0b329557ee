// What the build hands the search page: one MiniSearch index per language,
// serialized, and per entry its title's key. The text snippets are cut from
// is stored apart, one file per entry, and read only for the results shown.
import { z } from "zod";
import { perLocale } from "@/i18n/routing";
import { storedPostingsSchema } from "./postings";

export const searchIndexSchema = z.object({
  /** Per language: MiniSearch's serialization without its terms, and the terms' postings (lib/search/postings.ts). */
  indexes: z.object(perLocale(() => z.object({ index: z.string(), postings: storedPostingsSchema }))),
  /** Each entry's title's words folded, to put the entry whose title is the query first. */
  titleKeys: z.record(z.string(), z.string()),
});

export type SearchIndexFile = z.infer<typeof searchIndexSchema>;

/** What the build makes: the index file, and each entry's plain text (cut), from which snippets come. */
export type SearchBuild = SearchIndexFile & { texts: Record<string, string> };
