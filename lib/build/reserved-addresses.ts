// This site keeps a few addresses for its own routes (lib/rewrites.ts): with a
// domain per language, `/moved/…`, `/og/…` and `/assets/…` are not a
// language's, and under a language `/on-demand/…` and `/unmatched/…` are
// internal pages. A page of the content there, which Hugo published, cannot
// be reached here; the editor is told at the page's file.
import type { Page } from "@/lib/content/model";
import { RESERVED_FIRST_SEGMENTS } from "@/lib/rewrites";
import { withoutLocale } from "@/lib/urls";
import type { FindingList } from "./findings";

export function reportReservedAddresses(pages: ReadonlyArray<Pick<Page, "path" | "source">>, findings: FindingList) {
  // A folder's list (its source the folder) is named through its pages.
  for (const page of pages.filter((each) => !each.source.endsWith("/"))) {
    const [first] = withoutLocale(page.path).split("/").filter(Boolean);
    if (first === undefined || !RESERVED_FIRST_SEGMENTS.includes(first)) continue;
    findings.warning(
      page.source,
      1,
      `is published at ${withoutLocale(page.path)}, but this site keeps /${first}/ for its own use and readers cannot reach the page there; give it a \`url\` elsewhere, or rename \`${first}\``,
    );
  }
}
