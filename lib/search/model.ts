// What the build hands the search page: one index per language (lib/search/postings.ts)
// and per entry its title's key. The text snippets are cut from is stored
// apart, one file per entry, and read only for the results shown.
import { z } from "zod";
import { perLocale } from "@/i18n/routing";
import { storedIndexSchema } from "./postings";

export const searchIndexSchema = z.object({
  indexes: z.object(perLocale(() => storedIndexSchema)),
  /** Each entry's title's words folded, to put the entry whose title is the query first. */
  titleKeys: z.record(z.string(), z.string()),
});

export type SearchIndexFile = z.infer<typeof searchIndexSchema>;

/** What the build makes: the index file, and each entry's plain text (cut), from which snippets come. */
export type SearchBuild = SearchIndexFile & { texts: Record<string, string> };
