import { getLocale, getTranslations } from "next-intl/server";
import { otherLocale } from "@/i18n/routing";
import { searchPosts } from "@/lib/search";
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE } from "@/lib/search/limits";
import type { SearchRequest } from "@/lib/search/request";
import { blogPath, linkHref, searchPath } from "@/lib/urls";
import { Pagination } from "./Pagination";
import { PostDate } from "./PostDate";

/** The answer to one search: a hint, a message, or a page of results with snippets. */
export async function SearchResults({ search }: { search: SearchRequest }) {
  const locale = await getLocale();
  const other = otherLocale(locale);
  const t = await getTranslations("Search");
  const { query, page, problem } = search;
  const outcome = query && !problem ? searchPosts(locale, query, page) : undefined;
  const count = Math.max(1, Math.ceil((outcome?.total ?? 0) / RESULTS_PER_PAGE));
  const heading = !query
    ? t("title")
    : page > 1
      ? t("resultsPageTitle", { query, page, count })
      : t("resultsTitle", { query });
  const otherSearch = (
    <a href={linkHref(locale, searchPath(other, query))} hrefLang={other}>
      {t("otherLanguage", { count: outcome?.otherLanguageTotal ?? 0 })}
    </a>
  );
  return (
    <>
      <h1>{heading}</h1>
      {problem === "tooLong" && <p className="search-problem">{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>}
      {problem === "badPage" || (outcome && outcome.total > 0 && page > count) ? (
        <p className="search-problem">
          {t("noSuchPage", { page: search.page })}{" "}
          <a href={linkHref(locale, searchPath(locale, query))}>{t("firstPage")}</a>
        </p>
      ) : null}
      {!query && !problem && <p>{t("hint")}</p>}
      {outcome && outcome.total === 0 && (
        <>
          <p role="status">{t("none", { query })}</p>
          <p>{t("noneHelp")}</p>
          <ul>
            <li>
              <a href={linkHref(locale, blogPath(locale))}>{t("blog")}</a>
            </li>
            <li>
              <a href={linkHref(locale, searchPath(other, query))} hrefLang={other}>
                {t("searchOther")}
              </a>{" "}
              ({t("otherLanguage", { count: outcome.otherLanguageTotal })})
            </li>
          </ul>
        </>
      )}
      {outcome && outcome.total > 0 && page <= count && (
        <>
          <p role="status" className="search-count">
            {t("count", { count: outcome.total, query })} · {otherSearch}
          </p>
          <ol className="search-results" start={(page - 1) * RESULTS_PER_PAGE + 1}>
            {outcome.hits.map(({ post, snippet }) => (
              <li key={post.path} className="search-result">
                <h2 className="post-summary-title">
                  <a href={linkHref(locale, post.path)} dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
                </h2>
                {post.kind === "post" && (
                  <p className="post-meta">
                    <PostDate date={post.date} />
                  </p>
                )}
                {post.description && <p>{post.description}</p>}
                {snippet.length > 0 && (
                  <p className="search-snippet">
                    {snippet.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
                  </p>
                )}
              </li>
            ))}
          </ol>
          <Pagination
            page={page}
            count={count}
            label={t("pagination")}
            pathOf={(number) => searchPath(locale, query, number)}
          />
        </>
      )}
    </>
  );
}
