import { getTranslations } from "next-intl/server";
import { feedbackUrl } from "@/lib/config";
import { feedbackHref } from "@/lib/urls";

/** Canada.ca's "Report a problem on this page": a plain link to the form FEEDBACK_URL names, with this page's URL. */
export async function ReportProblem({ path }: { path?: string }) {
  const form = feedbackUrl();
  if (!form || !path) return null;
  const t = await getTranslations("ReportProblem");
  return (
    <p className="report-problem">
      <a href={feedbackHref(form, path)}>{t("link")}</a>
    </p>
  );
}
