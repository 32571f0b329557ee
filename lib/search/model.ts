// What the build hands the search page: one MiniSearch index per language,
// serialized, and per post what results show besides the post itself.
import { z } from "zod";
import { perLocale } from "@/i18n/routing";

export const searchIndexSchema = z.object({
  indexes: z.object(perLocale(() => z.string())),
  posts: z.record(
    z.string(),
    z.object({
      /** The body as plain text, cut: snippets come from it. */
      text: z.string(),
      /** The title's words folded, to put a post whose title is the query first. */
      titleKey: z.string(),
    }),
  ),
});

export type SearchIndexFile = z.infer<typeof searchIndexSchema>;
