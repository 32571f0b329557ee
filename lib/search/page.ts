// One search's page, whoever answers it: the HTTP server in front of Next in
// production (lib/search/serve.ts), or app/[locale]/search in `next dev`.
import { otherLocale, type Locale } from "@/i18n/routing";
import { linkHref, searchPath } from "@/lib/urls";
import { searchPosts } from "./index";
import { readSearch } from "./request";
import { searchResultsHtml, searchTitle } from "./results-html";
import { filledSearchPage } from "./shell";
import { searchTurn } from "./turns";

/** The page for the search `url` asks for (its query string), in `locale`. */
export async function searchPageHtml(locale: Locale, url: URL): Promise<string> {
  const { searchParams } = url;
  const search = readSearch(Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.getAll(key)])));
  await searchTurn();
  const outcome = search.query && !search.problem ? searchPosts(locale, search.query, search.page) : undefined;
  return filledSearchPage(locale, url.origin, {
    title: searchTitle(locale, search),
    toggleHref: linkHref(locale, searchPath(otherLocale(locale), search.query)),
    query: search.query,
    results: searchResultsHtml(locale, search, outcome),
  });
}
