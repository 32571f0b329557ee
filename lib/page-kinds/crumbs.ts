// The breadcrumb steps several kinds of page start with.
import { getTranslations } from "next-intl/server";
import type { Crumb } from "@/components/Breadcrumbs";
import type { Locale } from "@/i18n/routing";
import { blogPath, homePath } from "@/lib/urls";

/** Home, or Home › Blog: the trail above a page of `locale`. */
export async function trailTo(locale: Locale, last: "home" | "blog"): Promise<Crumb[]> {
  const crumbs = await getTranslations({ locale, namespace: "Breadcrumbs" });
  const home = { label: crumbs("home"), href: homePath(locale) };
  return last === "home" ? [home] : [home, { label: crumbs("blog"), href: blogPath(locale) }];
}
