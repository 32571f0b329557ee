import { routing } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { DateModified } from "./DateModified";
import { ReportProblem } from "./ReportProblem";

/**
 * The end of a page that belongs to no language (the language selection page,
 * the bilingual 404), as PageShell ends a language's: "Report a problem" when
 * the page has a `path` of its own, then "Date modified", each in both
 * languages. The date is the later of the two homes': either changing changes the site.
 */
export function BilingualPageEnd({ path }: { path?: string }) {
  const modified = latestModifiedIn();
  return (
    <div className="page-end-both">
      {routing.locales.map((locale) => (
        <ReportProblem key={locale} locale={locale} path={path} />
      ))}
      {routing.locales.map((locale) => (
        <DateModified key={locale} locale={locale} modified={modified} />
      ))}
    </div>
  );
}
