// Search, at request time, in the indexes the build made (read once, by the
// first search), and a query only ever becomes text in the results.
import { entryAt } from "@/lib/content";
import { readStoredSearchIndex, readStoredSearchTexts } from "@/lib/content/stored";
import { searchEngine } from "./engine";
import { searchIndexSchema } from "./model";

export type { SearchHit, SearchOutcome } from "./engine";

export const searchPosts = searchEngine(
  searchIndexSchema.parse(readStoredSearchIndex()),
  entryAt,
  readStoredSearchTexts(),
);
