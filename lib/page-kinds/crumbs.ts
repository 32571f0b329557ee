// The breadcrumb steps several kinds of page start with.
import { getTranslations } from "next-intl/server";
import type { Crumb } from "@/components/Breadcrumbs";
import type { Locale } from "@/i18n/routing";
import { blogPath, homePath, localeOf } from "@/lib/urls";

/** Home, or Home › Blog: the trail above a page of `locale`. */
export async function trailTo(locale: Locale, last: "home" | "blog"): Promise<Crumb[]> {
  const crumbs = await getTranslations({ locale, namespace: "Breadcrumbs" });
  const home = { label: crumbs("home"), href: homePath(locale) };
  return last === "home" ? [home] : [home, { label: crumbs("blog"), href: blogPath(locale) }];
}

/** Whether a canonical path is a language's home. */
export function isHomePath(path: string): boolean {
  const locale = localeOf(path);
  return locale !== undefined && path === homePath(locale);
}
