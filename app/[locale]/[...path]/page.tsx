import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DevFindings } from "@/components/DevFindings";
import { ShownPageFrame } from "@/components/ShownPageFrame";
import { isLocale } from "@/i18n/routing";
import { devFindingsAt, lookUp, prerenderedPathsIn, type ShownPage } from "@/lib/page-kinds/registry";
import { isHomePath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string; path: string[] }> };

// Only canonical URLs have a page; every other path under a locale falls
// through to app/[locale]/unmatched (see next.config.ts). Older posts are
// rendered on their first request by app/[locale]/on-demand instead.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!isLocale(params.locale)) return [];
  return prerenderedPathsIn(params.locale)
    .filter((path) => !isHomePath(path))
    .map((path) => ({ path: path.split("/").filter(Boolean).slice(1) }));
}

async function shownAt(params: Props["params"]): Promise<ShownPage | undefined> {
  const { locale, path } = await params;
  if (!isLocale(locale)) return undefined;
  const found = lookUp(locale, path);
  return found && "shown" in found ? found.shown : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shown = await shownAt(params);
  return shown ? shown.metadata() : {};
}

export default async function ContentPage({ params }: Props) {
  const shown = await shownAt(params);
  if (!shown) return <NotShown params={params} />;
  setRequestLocale(shown.locale);
  return <ShownPageFrame shown={shown} />;
}

/** No page here: in a preview, the findings of a file in error that would be here; else the 404. */
async function NotShown({ params }: Pick<Props, "params">) {
  const { locale, path } = await params;
  if (!isLocale(locale)) notFound();
  const findings = devFindingsAt(locale, path);
  if (findings.length === 0) notFound();
  return <DevFindings locale={locale} findings={findings} />;
}
