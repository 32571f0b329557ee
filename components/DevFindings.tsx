import { getTranslations, setRequestLocale } from "next-intl/server";
import { otherLocale, type Locale } from "@/i18n/routing";
import { homePath } from "@/lib/urls";
import { PageShell } from "./PageShell";

/** In a preview only: what is wrong with the file behind this URL, in place of its page, as content:check prints it. */
export async function DevFindings({ locale, findings }: { locale: Locale; findings: string[] }) {
  setRequestLocale(locale);
  const t = await getTranslations("DevFindings");
  return (
    <PageShell toggleHref={homePath(otherLocale(locale))}>
      <h1>{t("title")}</h1>
      <pre className="dev-findings">{findings.join("\n")}</pre>
    </PageShell>
  );
}
