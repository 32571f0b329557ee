import { getLocale, getTranslations } from "next-intl/server";
import { linkHref } from "@/lib/urls";

export type Crumb = { label: string; href: string };

/** Home › … › current page; the current page is named but not linked. */
export async function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const t = await getTranslations("Breadcrumbs");
  const locale = await getLocale();
  return (
    <nav className="breadcrumbs" aria-label={t("label")}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={linkHref(locale, crumb.href)}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
