// Which posts a build renders, and which wait for their first request: a
// build's cost then stays the same as the archive grows, while the posts
// readers open most (the newest) are ready before anyone asks.
import type { Locale } from "@/i18n/routing";

type Dated = { locale: Locale; path: string };

/**
 * The paths of the posts rendered on their first request: all but the
 * newest `prerendered` of each language. `postsNewestFirst` is sorted.
 */
export function onDemandPostPaths(postsNewestFirst: readonly Dated[], prerendered: number): string[] {
  const seen: Record<Locale, number> = { en: 0, fr: 0 };
  return postsNewestFirst.filter((post) => ++seen[post.locale] > prerendered).map((post) => post.path);
}
