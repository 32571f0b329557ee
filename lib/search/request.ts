// What a search request asks for, read defensively: any query string a client sends is only ever text.
import { MAX_QUERY_LENGTH } from "./limits";

export type SearchRequest = {
  query: string;
  page: number;
  /** Why the request cannot be answered as asked: a query too long, or a page number that is not one. */
  problem?: "tooLong" | "badPage";
};

export function readSearch(params: Record<string, string | string[] | undefined>): SearchRequest {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const query = first(params.q).replace(/\s+/g, " ").trim();
  const writtenPage = first(params.page).trim();
  const page = writtenPage === "" ? 1 : /^\d{1,6}$/.test(writtenPage) ? Number(writtenPage) : 0;
  if (query.length > MAX_QUERY_LENGTH) return { query: query.slice(0, MAX_QUERY_LENGTH), page: 1, problem: "tooLong" };
  return page >= 1 ? { query, page } : { query, page: 1, problem: "badPage" };
}
