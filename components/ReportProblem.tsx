import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { feedbackUrl } from "@/lib/config";
import { feedbackHref } from "@/lib/urls";

/**
 * Canada.ca's "Report a problem on this page": a plain link to the form
 * FEEDBACK_URL names, with this page's URL. `locale` as for DateModified.
 */
export async function ReportProblem({ path, locale }: { path?: string; locale?: Locale }) {
  const form = feedbackUrl();
  if (!form || !path) return null;
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: "ReportProblem" });
  return (
    <p className="report-problem" lang={locale}>
      <a href={feedbackHref(form, path)}>{t("link")}</a>
    </p>
  );
}
