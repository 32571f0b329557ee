import { getTranslations } from "next-intl/server";
import type { Modified } from "@/lib/content";

/** "Date modified: 2018-06-12" at the end of the main content, as on every Canada.ca page. */
export async function DateModified({ modified }: { modified?: Modified }) {
  if (!modified) return null;
  const t = await getTranslations("DateModified");
  return (
    <dl className="date-modified">
      <dt>{t("label")}</dt>
      <dd>
        <time dateTime={modified.iso}>{modified.day}</time>
      </dd>
    </dl>
  );
}
