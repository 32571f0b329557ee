// When a post is published and when it last changed: what a production
// build leaves out (drafts, posts dated in the future), and the date
// modified every page shows.
import type { Modified, Post, Rendered, Unpublished } from "@/lib/content/model";
import type { Draft } from "./drafts";
import { readWrittenDate, type WrittenDate } from "./schema";

/**
 * A production build leaves drafts and posts dated in the future out, and a
 * post whose translation is left out is shown as untranslated until it is
 * published. A preview shows them all, marked.
 */
export function publish(
  posts: Array<Rendered<Post>>,
  preview: boolean,
): { shown: Array<Rendered<Post>>; unpublished: Unpublished[] } {
  if (preview) return { shown: posts, unpublished: [] };
  const left = posts.filter((post) => post.unpublished);
  const leftOut = new Set(left.map((post) => post.path));
  const shown = posts
    .filter((post) => !post.unpublished)
    .map((post) =>
      post.translationPath && leftOut.has(post.translationPath) ? { ...post, translationPath: undefined } : post,
    );
  const unpublished = left.map(({ locale, path: postPath, source, unpublished: reason = "draft" }) => ({
    locale,
    path: postPath,
    source,
    reason,
  }));
  return { shown, unpublished };
}

/**
 * When a file last changed: as its front matter says (`lastmod`, `modified`,
 * `last_modified_at`, `updated`), else its last commit where git knows it,
 * else its publication date, as Hugo does without git. Never before it was
 * published. Undefined for a page with none of these: no date is shown rather
 * than the day the tree was copied or built (a file's own time is that).
 */
export function modifiedOf(draft: Draft, lastCommit: string | undefined): Modified | undefined {
  const written = draft.meta.lastmod ?? draft.meta.modified ?? draft.meta.last_modified_at ?? draft.meta.updated;
  const fromMatter = written ? readWrittenDate(written) : undefined;
  const candidate: Modified | undefined = fromMatter
    ? { iso: fromMatter.iso, day: dayOf(fromMatter), source: "front matter" }
    : lastCommit
      ? { iso: lastCommit, day: lastCommit.slice(0, 10), source: "git" }
      : undefined;
  if (candidate && (!draft.date || Date.parse(candidate.iso) >= draft.date.instant)) return candidate;
  return draft.date && publishedOn(draft.date);
}

/** A post's date modified when nothing says it changed after it was published. */
export function publishedOn(date: WrittenDate): Modified {
  return { iso: date.iso, day: dayOf(date), source: "published" };
}

function dayOf(date: WrittenDate): string {
  return `${date.year}-${date.month}-${date.day}`;
}
