// What a link written by an editor (a `trans_url`, an old URL, a link in a
// body) names among the posts and pages, read the way a forgiving editor
// means it (see parseSiteLink), and how closely it was spelt. The build pairs
// translations with it; the server finds old URLs' posts with it.
import { otherLocale, type Locale } from "@/i18n/routing";
import { compactSlug, foldPermalink, parseSiteLink, type LinkTarget } from "@/lib/urls";

export type Match = "exact" | "folded" | "slug";

export type Linkable = {
  kind: "post" | "page";
  locale: Locale;
  path: string;
  /** Post slug as written in the file name, or page permalink as written (built content keeps only `slug`). */
  writtenSlug?: string;
  slug: string;
  date?: { year: string; month: string; day: string };
};

export type Resolution<T> = { target: T; match: Match };

/**
 * Finds the post a link names in `locale`: same date and slug, else the slug
 * alone when unique. A slug spelt with other separators (this site once wrote
 * `gc-notify-s` where Hugo wrote `gc-notifys`) is the same slug.
 */
export function findPost<T extends Linkable>(
  entries: readonly T[],
  target: Extract<LinkTarget, { kind: "post" }>,
  locale: Locale,
): Resolution<T> | undefined {
  const posts = entries.filter((e) => e.kind === "post" && e.locale === locale);
  const exactly = posts.filter((e) => e.slug === target.slug);
  const compact = compactSlug(target.slug);
  const sameSlug = exactly.length > 0 ? exactly : posts.filter((e) => compactOf(e) === compact);
  const sameDay = sameSlug.find(
    (e) => e.date?.year === target.date.year && e.date.month === target.date.month && e.date.day === target.date.day,
  );
  if (sameDay) {
    const spelledAlike = (sameDay.writtenSlug ?? sameDay.slug).normalize("NFC") === target.rawSlug.normalize("NFC");
    return { target: sameDay, match: spelledAlike ? "exact" : "folded" };
  }
  return sameSlug.length === 1 ? { target: sameSlug[0], match: "slug" } : undefined;
}

// Asked for every link of every body that names no slug exactly: each entry's compact slug is worked out once.
const compactSlugs = new WeakMap<Linkable, string>();
function compactOf(entry: Linkable): string {
  let compact = compactSlugs.get(entry);
  if (compact === undefined) {
    compact = compactSlug(entry.slug);
    compactSlugs.set(entry, compact);
  }
  return compact;
}

export function findPage<T extends Linkable>(
  entries: readonly T[],
  permalink: string,
  locale: Locale,
): Resolution<T> | undefined {
  const folded = foldPermalink(permalink);
  const page = entries.find((e) => e.kind === "page" && e.locale === locale && e.slug === folded);
  if (!page) return undefined;
  const spelledAlike = (page.writtenSlug ?? page.slug).replace(/^\/|\/$/g, "") === permalink.replace(/^\/|\/$/g, "");
  return { target: page, match: spelledAlike ? "exact" : "folded" };
}

/** What `trans_url` of `entry` names in the other language, if anything. */
export function resolveTransUrl<T extends Linkable>(
  entries: readonly T[],
  entry: T,
  transUrl: string,
): Resolution<T> | undefined {
  const target = parseSiteLink(transUrl);
  if (!target) return undefined;
  const locale = otherLocale(entry.locale);
  return target.kind === "post" ? findPost(entries, target, locale) : findPage(entries, target.permalink, locale);
}
