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

/**
 * A picture of the tree as the build prepared it (lib/build/pictures.ts): its
 * size, and for a raster picture (or one wrapped in an SVG file) its versions
 * at the widths its layouts show it, in WebP and in its own format. A vector
 * picture has no versions: it is sent as it is.
 */
export const pictureSchema = z.object({
  width: z.number(),
  height: z.number(),
  versions: z.array(z.object({ width: z.number(), webp: z.string(), fallback: z.string() })),
});

/** When a post or page last changed, and where that was read (front matter, git, its publication date). */
export const modifiedSchema = z.object({
  /** ISO 8601, for `<time datetime>`, feeds, JSON-LD and the sitemap. */
  iso: z.string(),
  /** YYYY-MM-DD, as Canada.ca shows "Date modified". */
  day: z.string(),
  source: z.enum(["front matter", "git", "published"]),
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
  /** When this translation's original changed after the version it was stamped from (issue 24): readers are told. */
  originalUpdated: z.object({ iso: z.string(), day: z.string() }).optional(),
};

export const postSchema = z.object({
  ...entryFields,
  kind: z.literal("post"),
  /** A post always has one: its publication date when nothing later is known. */
  modified: modifiedSchema,
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
  /** Only in a preview (`npm run dev`): why a production build leaves the post out (a draft, dated later, expired, or not written). */
  unpublished: z.enum(["draft", "scheduled", "expired", "unrendered"]).optional(),
});

/** A product record of a Hugo tree (`our-products/*.md`), shown as a card where a page lists it. */
const productSchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  image: image.optional(),
  link: z.string(),
});

/** A name that links somewhere, or stands alone where its file gave no address. */
const namedLink = z.object({ name: z.string(), href: z.string().optional() });

/** A card that leads to a page of this site: a toolkit topic, a child page, a post. */
const cardSchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  image: image.optional(),
  path: z.string(),
  /** What an older product record holds beyond its title and description, shown on its card as Hugo's templates did. */
  record: z
    .object({
      productUrl: z.string().optional(),
      subtitle: z.string().optional(),
      more: z.string().optional(),
      action: namedLink.optional(),
      contacts: z.array(namedLink),
      partners: z.array(namedLink),
      links: z.array(namedLink),
    })
    .optional(),
});

const personSchema = z.object({
  name: z.string(),
  role: z.string(),
  /** The site path of the person's photo in `static/` (`image-name`), where the file gave one. */
  photo: z.string().optional(),
  links: z.array(z.object({ kind: z.enum(["email", "twitter", "linkedin", "github"]), href: z.string() })),
});

/** The team page (until 2021): the people of the tree's `data/team.yml`, leadership first, then by role. */
const teamViewSchema = z.object({
  layout: z.literal("team"),
  leadership: z.array(personSchema),
  roles: z.array(z.object({ title: z.string(), people: z.array(personSchema) })),
});
export type TeamView = z.infer<typeof teamViewSchema>;

/** What a Hugo page shows beyond its body, by its layout (lib/build/hugo-pages.ts; components/PageView.tsx). */
export const pageViewSchema = z.discriminatedUnion("layout", [
  z.object({ layout: z.literal("body") }),
  z.object({
    layout: z.literal("home"),
    sections: z.array(z.object({ title: z.string(), products: z.array(productSchema) })),
    /**
     * A home with no `sections:` at all lists the latest posts after its body: the department's home
     * template did until 2024 (`range first 3` of the blog), and its homes then had no sections.
     */
    latestPosts: z.boolean(),
  }),
  z.object({
    layout: z.literal("about-us"),
    contact: z.object({ email: z.string(), newsletter: z.string(), linkedin: z.string() }).partial().optional(),
  }),
  z.object({ layout: z.literal("careers"), postings: z.array(cardSchema) }),
  teamViewSchema,
  /** A section Hugo listed with its own list template, or a folder with pages and no `_index`: its pages as cards. */
  z.object({ layout: z.literal("section"), children: z.array(cardSchema) }),
  z.object({
    layout: z.enum(["landing", "list", "sub-list", "single"]),
    /** The day it was last reviewed, as the toolkit shows it (`date`). */
    date: z.string().optional(),
    /** The toolkit's landing page and the topic above this page, for its breadcrumb. */
    landing: cardSchema.optional(),
    topic: cardSchema.optional(),
    hero: z.object({ title: z.string(), html: z.string(), image: image.optional() }).optional(),
    /** The page's description under its title, as the 2025 prototype's `sub-topic` layout showed it. */
    lead: z.string().optional(),
    /** The landing's topics, a topic's child pages. */
    cards: z.array(cardSchema),
    tools: z.array(productSchema),
    posts: z.array(cardSchema),
    /** A topic's side navigation: every topic of the toolkit. */
    topics: z.array(cardSchema),
    /** A sub-list's "On this page": its own h2 and h3. */
    contents: z.array(z.object({ id: z.string(), text: z.string(), level: z.number() })),
  }),
]);

export const pageSchema = z.object({
  ...entryFields,
  kind: z.literal("page"),
  /** None when the page has no `lastmod` or `date` and git cannot tell: no date is shown rather than a wrong one. */
  modified: modifiedSchema.optional(),
  /** Folded permalink without slashes around it, e.g. `a-propos`. */
  permalink: z.string(),
  navOrder: z.number().optional(),
  /** Old permalinks (`redirect_from`, Hugo's `aliases`), folded, without slashes around them. */
  redirectFrom: z.array(z.string()),
  /** Whether the footer links it: every page of a Jekyll tree, a Hugo tree's terms and privacy notice. */
  inFooter: z.boolean(),
  view: pageViewSchema,
});

/** A Hugo file that only redirects (a `<meta http-equiv="refresh">` and nothing else): its address answers 308. */
export const stubSchema = z.object({
  locale,
  /** Its own address, folded, with the language prefix. */
  path: z.string(),
  source: z.string(),
  /** A stub of the content: its place in its language's tree, where Hugo copied it under its own name (`fr/old.html`). */
  treePath: z.string().optional(),
  /** A path of this site, or an outside URL as written. */
  target: z.string(),
});

/** One entry of a Hugo site's main menu (`languages.{lang}.menu.main`), in `weight` order. */
export const menuItemSchema = z.object({ name: z.string(), path: z.string() });

export const tagSchema = z.object({
  locale,
  slug: z.string(),
  name: z.string(),
  /** Paths of its posts, newest first. */
  posts: z.array(z.string()),
  /** Paths of the pages (not posts) a Hugo tree tags with it: Hugo listed them on the tag's page too. */
  pages: z.array(z.string()),
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
  reason: z.enum(["draft", "scheduled", "expired", "unrendered"]),
});

export const siteContentSchema = z.object({
  /** The content tree it was read from, for tests that look at the sources. */
  root: z.string(),
  unpublished: z.array(unpublishedSchema),
  posts: z.array(postSchema),
  pages: z.array(pageSchema),
  /** A Hugo tree's own home pages (`content/{locale}/_index.html`), which the homes show. */
  homes: z.array(pageSchema),
  tags: z.array(tagSchema),
  sections: z.array(sectionSchema),
  stubs: z.array(stubSchema),
  /** Old addresses of list pages (a home's or blog's `aliases`, product records, Hugo's own lists): path → canonical path. */
  listAliases: z.record(z.string(), z.string()),
  /** The main menu of each language, where the tree has one (a Hugo config); else the header shows the blog. */
  menus: z.partialRecord(locale, z.array(menuItemSchema)),
  /** Top-level names of the files a Hugo tree's `static/` serves at the site's root. */
  staticRoots: z.array(z.string()),
  /** Files of `static/` whose own name starts with a dot (`img/.DS_Store`), which Next's file serving refuses. */
  staticDotfiles: z.array(z.string()),
  /** How many posts each of the Hugo blog's list pages held (`paginate`), to send its `/page/N/` to the same posts. */
  formerPageSize: z.number().optional(),
  /** The tree's pictures that pages show, prepared, by the site path they are written at. */
  pictures: z.record(z.string(), pictureSchema),
});

export type Post = z.infer<typeof postSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PageView = z.infer<typeof pageViewSchema>;
export type Picture = z.infer<typeof pictureSchema>;
export type Product = z.infer<typeof productSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Stub = z.infer<typeof stubSchema>;
export type MenuItem = z.infer<typeof menuItemSchema>;
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
