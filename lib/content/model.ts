// What the build hands to the site: posts and pages already parsed,
// validated, rendered and paired (bodies are stored apart, see Rendered). The site re-validates it on load, so its
// types come from this schema and nothing is cast.
import { z } from "zod";
import { routing } from "@/i18n/routing";

const locale = z.enum(routing.locales);

const image = z.object({
  src: z.string(),
  alt: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
});

/** When a post or page last changed, and where that was read (front matter, git, its publication date, the file). */
export const modifiedSchema = z.object({
  /** ISO 8601, for `<time datetime>`, feeds, JSON-LD and the sitemap. */
  iso: z.string(),
  /** YYYY-MM-DD, as Canada.ca shows "Date modified". */
  day: z.string(),
  source: z.enum(["front matter", "git", "published", "file"]),
});

const entryFields = {
  locale,
  /** Canonical URL path, with locale prefix and trailing slash. */
  path: z.string(),
  /** File path relative to the content tree, for findings. */
  source: z.string(),
  title: z.string(),
  titleHtml: z.string(),
  description: z.string().optional(),
  /** `description`, else the body's first paragraph cut near 160 characters: for meta tags and feeds. */
  summary: z.string(),
  /** Canonical path of the translation, when there is one. */
  translationPath: z.string().optional(),
  modified: modifiedSchema,
};

export const postSchema = z.object({
  ...entryFields,
  kind: z.literal("post"),
  slug: z.string(),
  date: z.object({
    year: z.string(),
    month: z.string(),
    day: z.string(),
    iso: z.string(),
    instant: z.number(),
  }),
  author: z.string().optional(),
  image: image.optional(),
  /** The picture for lists, when the post names one apart from its hero image. */
  thumb: image.optional(),
  /** Slugs of its tags, in this language (see `tags` below). */
  tags: z.array(z.string()),
  /** The hero image cut to the preview size (lib/site.ts) for link previews (made by scripts/build-content.ts). */
  shareImage: z.string().optional(),
  /** Only in a preview (`npm run dev`): a draft, or a post dated in the future. A production build leaves both out. */
  unpublished: z.enum(["draft", "scheduled"]).optional(),
});

export const pageSchema = z.object({
  ...entryFields,
  kind: z.literal("page"),
  /** Folded permalink without slashes around it, e.g. `a-propos`. */
  permalink: z.string(),
  navOrder: z.number().optional(),
  /** Old permalinks (`redirect_from`), folded, without slashes around them. */
  redirectFrom: z.array(z.string()),
});

export const tagSchema = z.object({
  locale,
  slug: z.string(),
  name: z.string(),
  /** Paths of its posts, newest first. */
  posts: z.array(z.string()),
  /** The slug of the same tag in the other language, found from the posts' translations. */
  translationSlug: z.string().optional(),
});

/** A Hugo section's own text (`content/{locale}/blog/_index.md`): the blog's description and introduction. */
export const sectionSchema = z.object({
  locale,
  source: z.string(),
  description: z.string().optional(),
  bodyHtml: z.string(),
});

/** A post a production build leaves out, and why: for content:check, content:report and the tests. */
export const unpublishedSchema = z.object({
  locale,
  path: z.string(),
  source: z.string(),
  reason: z.enum(["draft", "scheduled"]),
});

export const siteContentSchema = z.object({
  /** The content tree it was read from, for tests that look at the sources. */
  root: z.string(),
  unpublished: z.array(unpublishedSchema),
  posts: z.array(postSchema),
  pages: z.array(pageSchema),
  tags: z.array(tagSchema),
  sections: z.array(sectionSchema),
});

export type Post = z.infer<typeof postSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Modified = z.infer<typeof modifiedSchema>;
export type Unpublished = z.infer<typeof unpublishedSchema>;
export type SiteContent = z.infer<typeof siteContentSchema>;

/** The latest date modified of `entries`: a list changed when the newest change among what it lists did. */
export function latestModified(entries: ReadonlyArray<{ modified: Modified }>): Modified | undefined {
  let latest: Modified | undefined;
  for (const { modified } of entries) if (!latest || Date.parse(modified.iso) > Date.parse(latest.iso)) latest = modified;
  return latest;
}

/**
 * A post or page with its rendered body, as the loader makes it. The build
 * stores bodies apart from the rest (lib/content/stored.ts), so the server
 * reads a body only when it renders that page.
 */
export type Rendered<Entry> = Entry & { bodyHtml: string; /** Its plain text, for search. */ bodyText: string };
