// Search, at request time, in the indexes the build made: nothing is read
// from disk, and a query only ever becomes text in the results.
import generated from "@/lib/content/generated/search-index.json";
import { postAt } from "@/lib/content";
import { searchEngine } from "./engine";
import { searchIndexSchema } from "./model";

export type { SearchHit, SearchOutcome } from "./engine";

export const searchPosts = searchEngine(searchIndexSchema.parse(generated), postAt);
