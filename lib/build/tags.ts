// Tags as readers see them: one tag for every spelling that folds alike
// ("GC Notify", "gc notify", "GC  Notify"), named by its most common spelling,
// and paired with the other language's tag found on the same posts' translations.
import type { Locale } from "@/i18n/routing";
import { HUGO_TAGS_SEGMENT } from "@/lib/site";
import { foldSlug, hugoAliasesOf, withinLanguage } from "@/lib/urls";

export type TaggedPost = { locale: Locale; path: string; translationPath?: string; tagNames: readonly string[] };

export type Tag = {
  locale: Locale;
  slug: string;
  name: string;
  posts: string[];
  pages: string[];
  translationSlug?: string;
};

/** A translation pairs with a tag when at least this share of both tags' posts are each other's translations. */
const PAIRING_THRESHOLD = 0.5;

/** The slugs of a post's tags, once each, in the order written. */
export function tagSlugsOf(names: readonly string[]): string[] {
  return [...new Set(names.map(foldSlug).filter(Boolean))];
}

/**
 * A Hugo tag's own file (`tags/{folder}/_index.md`): its display name, the key its translation shares, and
 * the addresses Hugo also wrote its list at (its `url`, its `aliases`).
 */
export type TagFile = {
  locale: Locale;
  folder: string;
  title?: string;
  translationKey?: string;
  url?: string;
  aliases?: readonly string[];
};

/**
 * The tags of the posts (and of a Hugo tree's pages, which Hugo listed on a
 * tag's page too), with a page for every tag file.
 */
export function collectTags(
  posts: readonly TaggedPost[],
  tagFiles: readonly TagFile[] = [],
  pages: readonly TaggedPost[] = [],
): Tag[] {
  const spellings = new Map<string, Map<string, number>>();
  const tags = new Map<string, Tag>();
  for (const [entries, list] of [
    [posts, "posts"],
    [pages, "pages"],
  ] as const) {
    for (const entry of entries) {
      for (const name of entry.tagNames) {
        const slug = foldSlug(name);
        if (!slug) continue;
        const key = `${entry.locale}/${slug}`;
        const counts = spellings.get(key) ?? new Map<string, number>();
        counts.set(name, (counts.get(name) ?? 0) + 1);
        spellings.set(key, counts);
        const tag = tags.get(key) ?? { locale: entry.locale, slug, name, posts: [], pages: [] };
        if (!tag[list].includes(entry.path)) tag[list].push(entry.path);
        tags.set(key, tag);
      }
    }
  }
  for (const [key, tag] of tags) tag.name = preferredSpelling(spellings.get(key) ?? new Map());
  // A tag with its own file and no post keeps its page, as Hugo made one (with an empty list) for every tag file.
  for (const file of tagFiles) {
    const slug = foldSlug(file.folder);
    const named = [...tags.values()].some((tag) => tag.locale === file.locale && tagFileOf(tag, [file]));
    if (slug && !named)
      tags.set(`${file.locale}/${slug}`, { locale: file.locale, slug, name: file.folder, posts: [], pages: [] });
  }
  const all = [...tags.values()];
  const fileOf = new Map(all.map((tag) => [tag, tagFileOf(tag, tagFiles)]));
  pairTranslations(
    all.filter((tag) => !fileOf.get(tag)?.translationKey),
    posts,
  );
  for (const [tag, file] of fileOf) {
    if (file?.title) tag.name = file.title;
    if (!file?.translationKey) continue;
    const partner = all.find(
      (other) => other.locale !== tag.locale && fileOf.get(other)?.translationKey === file.translationKey,
    );
    tag.translationSlug = partner?.slug;
  }
  return all.sort((a, b) => a.locale.localeCompare(b.locale) || a.name.localeCompare(b.name, a.locale));
}

/**
 * Each tag file whose folder is not its tag's address (`tags/billingualism/`
 * titled "Bilingualism"), with that tag: Hugo published the tag's list at the
 * folder's address, which must keep leading to it.
 */
export function tagFilesElsewhere(tags: readonly Tag[], files: readonly TagFile[]): Array<{ file: TagFile; tag: Tag }> {
  return tagFilesWithTags(tags, files).filter(({ file, tag }) => foldSlug(file.folder) !== tag.slug);
}

/**
 * The other addresses Hugo wrote a tag's list at: its file's `url` (Hugo moved
 * the list there) and `aliases` (a relative one beside the list), within its language.
 */
export function tagFileAddresses(file: TagFile): string[] {
  const url = file.url === undefined ? undefined : withinLanguage(file.url, file.locale);
  const aliases = hugoAliasesOf(file.aliases ?? [], file.locale, `/${HUGO_TAGS_SEGMENT}/${file.folder}/`, url);
  return [...(url ? [url] : []), ...aliases];
}

/** Each tag file with the tag it names. */
export function tagFilesWithTags(tags: readonly Tag[], files: readonly TagFile[]): Array<{ file: TagFile; tag: Tag }> {
  return files.flatMap((file) => {
    const tag = tags.find((each) => each.locale === file.locale && tagFileOf(each, [file]));
    return tag ? [{ file, tag }] : [];
  });
}

/** The tag's own file: the one whose folder, or whose title, folds to the tag's slug. */
function tagFileOf(tag: Tag, files: readonly TagFile[]): TagFile | undefined {
  const mine = files.filter((file) => file.locale === tag.locale);
  return (
    mine.find((file) => foldSlug(file.folder) === tag.slug) ??
    mine.find((file) => file.title !== undefined && foldSlug(file.title) === tag.slug)
  );
}

/** The most used spelling; on a tie, the one with more accents and capitals, as an editor took care to write it. */
function preferredSpelling(counts: Map<string, number>): string {
  const care = (name: string) => (name.match(/[^\x00-\x7f]|[A-Z]/g) ?? []).length;
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || care(b) - care(a))[0]?.[0] ?? "";
}

/**
 * Pairs each tag with the other language's tag whose posts best match its
 * posts' translations (Jaccard similarity), when each is the other's best
 * match and they share at least half their posts.
 */
function pairTranslations(tags: Tag[], posts: readonly TaggedPost[]): void {
  const translationOf = new Map(posts.map((post) => [post.path, post.translationPath]));
  const best = new Map<Tag, Tag | undefined>();
  for (const tag of tags) {
    const translated = new Set(tag.posts.map((path) => translationOf.get(path)).filter((path) => path !== undefined));
    let bestMatch: Tag | undefined;
    let bestScore = 0;
    for (const candidate of tags) {
      if (candidate.locale === tag.locale) continue;
      const shared = candidate.posts.filter((path) => translated.has(path)).length;
      const score = shared / (translated.size + candidate.posts.length - shared);
      if (score > bestScore) {
        bestMatch = candidate;
        bestScore = score;
      }
    }
    best.set(tag, bestScore >= PAIRING_THRESHOLD ? bestMatch : undefined);
  }
  for (const tag of tags) {
    const match = best.get(tag);
    if (match && best.get(match) === tag) tag.translationSlug = match.slug;
  }
}
