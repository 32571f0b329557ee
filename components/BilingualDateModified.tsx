import { routing } from "@/i18n/routing";
import { latestModified, postsIn } from "@/lib/content";
import { DateModified } from "./DateModified";

/**
 * Date modified on the pages that belong to no language (the language
 * selection page, the bilingual 404): one line per language, the date being
 * the later of the two homes', since either home changing changes the site.
 */
export function BilingualDateModified() {
  const modified = latestModified(routing.locales.flatMap((locale) => postsIn(locale)));
  return (
    <div className="date-modified-both">
      {routing.locales.map((locale) => (
        <DateModified key={locale} locale={locale} modified={modified} />
      ))}
    </div>
  );
}
