// What one search shows in the search page's slot (lib/search/shell.ts): a
// hint, a message, or a page of results with snippets, and the page's title.
// Written as HTML text because it is rendered for every request; every value
// goes through lib/html.ts, so a query is only ever text.
import { createFormatter, createTranslator } from "next-intl";
import { otherLocale, perLocale, type Locale } from "@/i18n/routing";
import { html, trusted, type Markup } from "@/lib/html";
import { pageLinks } from "@/lib/pagination";
import { CALENDAR_DAY_FORMAT, calendarDayOf } from "@/lib/post-date";
import { blogPath, linkHref, searchPath } from "@/lib/urls";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE } from "./limits";
import type { SearchRequest } from "./request";
import type { SearchOutcome } from "./engine";

// Made once per language, not per request: they keep the messages they have parsed.
const MESSAGES = { en, fr };
const words = perLocale((locale) => ({
  search: createTranslator({ locale, messages: MESSAGES[locale], namespace: "Search" }),
  blog: createTranslator({ locale, messages: MESSAGES[locale], namespace: "Blog" }),
  site: createTranslator({ locale, messages: MESSAGES[locale], namespace: "Site" }),
  format: createFormatter({ locale }),
}));

/** The page's title, as the head shows it. */
export function searchTitle(locale: Locale, { query }: SearchRequest): string {
  const { search, site } = words[locale];
  return site("titleTemplate", { title: query ? search("resultsTitle", { query }) : search("title") });
}

function pagination(locale: Locale, query: string, page: number, count: number): Markup | false {
  const { search, blog } = words[locale];
  const links = pageLinks(page, count);
  if (links.length === 0) return false;
  const href = (number: number) => linkHref(locale, searchPath(locale, query, number));
  const gap = html`<span class="pagination-gap" aria-hidden="true">…</span>`;
  return html`<nav class="pagination" aria-label="${search("pagination")}">
    <ul>
      ${[
        ...(page > 1
          ? [
              html`<li>
                <a href="${href(page - 1)}" rel="prev"
                  ><span aria-hidden="true">‹ </span><span class="pagination-label">${blog("previous")}</span></a
                >
              </li>`,
            ]
          : []),
        ...links.map(
          ({ number, far, gapBefore, gapAfter }) =>
            html`<li${far ? html` class="pagination-far"` : ""}>${gapBefore && gap}<a href="${href(number)}"${number === page ? html` aria-current="page"` : ""} aria-label="${blog(number === page ? "currentPage" : "page", { page: number })}">${number}</a>${gapAfter && gap}</li>`,
        ),
        ...(page < count
          ? [
              html`<li>
                <a href="${href(page + 1)}" rel="next"
                  ><span class="pagination-label">${blog("next")}</span><span aria-hidden="true"> ›</span></a
                >
              </li>`,
            ]
          : []),
      ]}
    </ul>
  </nav>`;
}

function results(locale: Locale, outcome: SearchOutcome, page: number): Markup {
  const { format } = words[locale];
  const items = outcome.hits.map(
    ({ post, snippet }) =>
      html`<li class="search-result">
        <h2 class="post-summary-title"><a href="${linkHref(locale, post.path)}">${trusted(post.titleHtml)}</a></h2>
        ${
          post.kind === "post" &&
          html`<p class="post-meta">
            <time datetime="${post.date.iso}">${format.dateTime(calendarDayOf(post.date), CALENDAR_DAY_FORMAT)}</time>
          </p>`
        }${post.description && html`<p>${post.description}</p>`}${
          snippet.length > 0 &&
          html`<p class="search-snippet">
            ${snippet.map((part) => (part.marked ? html`<mark>${part.text}</mark>` : html`${part.text}`))}
          </p>`
        }
      </li>`,
  );
  return html`<ol class="search-results" start="${(page - 1) * RESULTS_PER_PAGE + 1}">
    ${items}
  </ol>`;
}

/** The slot's content for `request`, given what the search found (none for no query, or one that cannot be searched). */
export function searchResultsHtml(locale: Locale, request: SearchRequest, outcome: SearchOutcome | undefined): Markup {
  const { search } = words[locale];
  const other = otherLocale(locale);
  const { query, page, problem } = request;
  const count = Math.max(1, Math.ceil((outcome?.total ?? 0) / RESULTS_PER_PAGE));
  const heading = !query
    ? search("title")
    : page > 1
      ? search("resultsPageTitle", { query, page, count })
      : search("resultsTitle", { query });
  const otherHref = linkHref(locale, searchPath(other, query));
  const found = outcome && outcome.total > 0 && page <= count ? outcome : undefined;
  return html`<h1>${heading}</h1>
    ${problem === "tooLong" && html`<p class="search-problem">${search("tooLong", { max: MAX_QUERY_LENGTH })}</p>`}${
      (problem === "badPage" || (outcome && outcome.total > 0 && page > count)) &&
      html`<p class="search-problem">
        ${search("noSuchPage", { page })}
        <a href="${linkHref(locale, searchPath(locale, query))}">${search("firstPage")}</a>
      </p>`
    }${!query && !problem && html`<p>${search("hint")}</p>`}${
      outcome &&
      outcome.total === 0 &&
      html`<p role="status">${search("none", { query })}</p>
        <p>${search("noneHelp")}</p>
        <ul>
          <li><a href="${linkHref(locale, blogPath(locale))}">${search("blog")}</a></li>
          <li>
            <a href="${otherHref}" hreflang="${other}">${search("searchOther")}</a>
            (${search("otherLanguage", { count: outcome.otherLanguageTotal })})
          </li>
        </ul>`
    }${
      found &&
      html`<p role="status" class="search-count">
          ${search("count", { count: found.total, query })} ·
          <a href="${otherHref}" hreflang="${other}">${search("otherLanguage", { count: found.otherLanguageTotal })}</a>
        </p>
        ${results(locale, found, page)}${pagination(locale, query, page, count)}`
    }`;
}
