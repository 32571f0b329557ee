// The front matter editors may write, as one schema: the build and
// `content:check` both validate with it, and the types below derive from it.
import { z } from "zod";
import { routing } from "@/i18n/routing";

/** Jekyll treats `key:` with nothing after it as absent. */
const absentIfEmpty = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** A list as written, its empty entries (`- ` with nothing after it) dropped, as both generators skip them. */
const withoutEmptyEntries = (value: unknown) =>
  Array.isArray(value) ? value.filter((entry) => absentIfEmpty(entry) !== undefined) : value;

/** One entry of a list of words or paths: a word, a number or true or false (Hugo reads each as its text), never a list or a group of keys. */
const listEntry = (message: string) => z.union([z.string(), z.number(), z.boolean()], message).transform(String);

/** Terms of a Hugo taxonomy (`tags`, `categories`): a list, empty ones dropped, spacing folded. */
const TERMS_MESSAGE = "must be a list of words, such as `[GC Notify, Forms]`, each one value on one line";
const termList = z.preprocess(
  (value) => (typeof value === "string" ? [value] : withoutEmptyEntries(absentIfEmpty(value))),
  z
    .array(listEntry(TERMS_MESSAGE), TERMS_MESSAGE)
    .transform((terms) => terms.map((term) => term.replace(/\s+/g, " ").trim()).filter(Boolean))
    .optional(),
);

const optionalText = z.preprocess(
  absentIfEmpty,
  z
    .union([z.string(), z.number(), z.boolean()], "must be one value on one line, not a list or a group of keys")
    .transform(String)
    .optional(),
);

/**
 * The date forms Hugo and Jekyll read: a day, or a day and a time, with an
 * offset (`-0400`, `-04:00`, `Z`) and a zone's name (`-0400 EDT`) or not.
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,5})?)?$/;

/**
 * The subset Hugo 0.111 reads (the Go layouts of its date parser): seconds
 * always; an offset attached (`Z`, `-04:00`, `-0400`) or, after a time written
 * with a space, also apart (`-04:00`, `-0400`, `-0400 EDT`). Jekyll read more.
 */
const HUGO_DATE_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:T\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?| \d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}| [+-]\d{2}:\d{2}| [+-]\d{4}(?: [A-Z]{3,5})?)?)?$/;

/** Whether Hugo could read a date written so: one it could not, it took as no date. */
export const isHugoDate = (written: string) => HUGO_DATE_PATTERN.test(written.trim());

/** Go's `strconv.ParseBool` (Hugo) and YAML 1.1's words (`yes`, `off`): every way an editor writes true or false. */
const TRUE_WORDS = ["true", "t", "1", "yes", "y", "on"];
const FALSE_WORDS = ["false", "f", "0", "no", "n", "off"];
function booleanWord(value: unknown): unknown {
  if (typeof value === "number") return value !== 0;
  if (typeof value !== "string") return absentIfEmpty(value);
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : absentIfEmpty(value);
}
const optionalBoolean = z.preprocess(booleanWord, z.boolean("must be true or false").optional());

/**
 * One of Hugo's build options (`render`, `list`): a word, or true or false as
 * Hugo read them before 0.76 (`render: false` is `never`).
 */
const buildOption = <const Words extends readonly [string, ...string[]]>(words: Words) =>
  z.preprocess(
    (value) => {
      const word = booleanWord(typeof value === "string" ? value.trim().toLowerCase() : value);
      return word === true ? "always" : word === false ? "never" : word;
    },
    z.enum(words, `must be ${words.slice(0, -1).join(", ")} or ${words.at(-1)}`).optional(),
  );

/** Hugo's build options (`_build: {render: never}`): whether it writes a page for the file, lists it, and publishes its folder's files. */
const buildOptions = z.preprocess(
  absentIfEmpty,
  z
    .looseObject(
      {
        render: buildOption(["always", "never", "link"]),
        list: buildOption(["always", "never", "local"]),
        // Keys below the top are read in lower case, as Hugo reads every key (`publishResources`).
        publishresources: optionalBoolean,
      },
      "must be a group of keys, such as `render: never` on the next line",
    )
    .optional(),
);

// `blog` is what the CDS Hugo tree writes on every post; the rest are its
// page layouts (lib/build/hugo-pages.ts says what each shows).
export const JEKYLL_LAYOUTS = ["cds/post", "post", "blog", "cds/page", "page"] as const;

export const KNOWN_LAYOUTS = [
  ...JEKYLL_LAYOUTS,
  "about-us",
  "careers",
  "form-submission",
  // The 2025 toolkit prototype's landing and resource pages (lib/build/hugo-pages.ts).
  "home",
  "sub-topic",
  "landing",
  "list",
  "meet-the-team",
  "our-team",
  "partnerships",
  "past-projects",
  "sub-list",
  "single",
] as const;

/** Hugo's `type` values this site knows: `section` pages show their layout, `toolkit` pages the toolkit's. */
export const KNOWN_TYPES = ["section", "toolkit", "page", "blog"] as const;

const textList = (message: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string" || typeof value === "number"
        ? [String(value)]
        : withoutEmptyEntries(absentIfEmpty(value)),
    z.array(listEntry(message), message).optional(),
  );

const PUBLISHED_MESSAGE = "must be true or false, or a date written YYYY-MM-DD HH:MM:SS -0400";

/** A list of named people or places (`- name: …` with an `email` or `url`); an entry without a name is skipped. */
const namedLinks = (message: string) =>
  z.preprocess(
    (value) => withoutEmptyEntries(absentIfEmpty(value)),
    z
      .array(z.looseObject({ name: optionalText, email: optionalText, url: optionalText }, message), message)
      .transform((entries) => entries.flatMap(({ name, email, url }) => (name ? [{ name, email, url }] : [])))
      .optional(),
  );

const optionalDate = z.preprocess(
  absentIfEmpty,
  z
    .string("is not a date; write it on one line as YYYY-MM-DD HH:MM:SS -0400")
    .trim()
    .regex(DATE_PATTERN, "is not a date; write it as YYYY-MM-DD HH:MM:SS -0400")
    .optional(),
);

export const frontMatterSchema = z.looseObject({
  title: optionalText,
  description: optionalText,
  author: optionalText,
  date: optionalDate,
  /** When the file last changed, under any of the names Hugo and Jekyll plugins use; else git says. */
  lastmod: optionalDate,
  /** Hugo's other name for `lastmod`. */
  modified: optionalDate,
  last_modified_at: optionalDate,
  updated: optionalDate,
  image: optionalText,
  "image-alt": optionalText,
  /** A smaller picture for lists (Hugo trees); the hero image serves where there is none. */
  thumb: optionalText,
  /** A list (a string is read by each generator's rule before this: drafts.ts); empty ones (`tags: [""]`) are no tag. */
  tags: termList,
  /** Hugo's other taxonomy; this site shows its terms as tags. */
  categories: termList,
  /** A draft is shown by `npm run dev` only, never published. */
  draft: optionalBoolean,
  /** Hugo: not published before this date (`pubdate` is Hugo's other name for it). */
  publishDate: optionalDate,
  pubdate: optionalDate,
  /**
   * Jekyll: `published: false` leaves a file out. Hugo reads it so too, and a
   * date there as its other name for `publishDate`.
   */
  published: z.preprocess(
    (value) => booleanWord(typeof value === "string" ? value.trim() : value),
    z
      .union([z.boolean(), z.string()], PUBLISHED_MESSAGE)
      .refine((value) => typeof value === "boolean" || DATE_PATTERN.test(value), PUBLISHED_MESSAGE)
      .optional(),
  ),
  /** Hugo: no longer published from this date (`unpublishdate` is Hugo's other name for it). */
  expiryDate: optionalDate,
  unpublishdate: optionalDate,
  /** Hugo: a page that is never published on its own (a bundle of resources). */
  headless: optionalBoolean,
  _build: buildOptions,
  /** Hugo: the last segment of a page's address, in place of its file name. */
  slug: optionalText,
  /** `section` on a Hugo `_index.md`: the blog section's own text. */
  type: optionalText,
  lang: z.preprocess(absentIfEmpty, z.enum(routing.locales, `must be ${routing.locales.join(" or ")}`).optional()),
  /** Any value: the folder decides what a file is; an unknown layout is only worth a warning (lib/content/load.ts). */
  layout: optionalText,
  trans_url: optionalText,
  /** Hugo trees pair translations by a key shared by both files. */
  translationKey: optionalText,
  /** In a translation: the hash of the version of its original it reflects (lib/build/translation-hash.ts). */
  translated_from: optionalText,
  permalink: optionalText,
  /** Old permalinks of a static page, which answer 308 to it. */
  redirect_from: z.preprocess(
    (value) => (typeof value === "string" ? [value] : withoutEmptyEntries(absentIfEmpty(value))),
    z.array(z.string("must be a list of paths, each one on its own line"), "must be a list of paths").optional(),
  ),
  /** Hugo: a page's address (`/about/`), and its old addresses, which answer 308 to it. */
  url: optionalText,
  aliases: textList("must be a list of paths, each one on its own line"),
  /** Hugo: front matter every page below a section inherits (`cascade: {type: toolkit}`). */
  cascade: z.preprocess(
    absentIfEmpty,
    z
      .looseObject(
        { type: optionalText, _build: buildOptions },
        "must be a group of keys, such as `type: toolkit` on the next line",
      )
      .optional(),
  ),
  /** Hugo home: the product sections it shows, each listing product records by file name. */
  sections: z.preprocess(
    absentIfEmpty,
    z
      .array(
        z.looseObject(
          { title: optionalText, products: textList("must be a list of product file names") },
          "must be a list of sections, each with a `title` and `products`",
        ),
        "must be a list of sections, each with a `title` and `products`",
      )
      .optional(),
  ),
  /** Hugo toolkit pages: product records and posts (by published slug) they point to. */
  tools: textList("must be a list of product file names, each one on its own line"),
  blog_posts: textList("must be a list of post addresses or file names, each one on its own line"),
  hero_title: optionalText,
  hero_text: optionalText,
  hero_image: optionalText,
  hero_image_alt: optionalText,
  img_url: optionalText,
  /** Hugo product records (`our-products/*.md`). */
  imageAlt: optionalText,
  link: optionalText,
  weight: z.preprocess(absentIfEmpty, z.coerce.number("must be a number").optional()),
  /**
   * Hugo product records of 2018 to 2023 (`products/products/*.md`), which the
   * products, past projects and partnerships pages listed: the product's own
   * address, its contacts (`name`, `email`), partners and links (`name`, `url`).
   */
  "product-url": optionalText,
  contact: namedLinks("must be a list of contacts, each with a `name` and an `email`"),
  partners: namedLinks("must be a list of partners, each with a `name` and a `url`"),
  links: namedLinks("must be a list of links, each with a `name` and a `url`"),
  /**
   * The product suite's records (2021 to 2023): a name under the title, a
   * second paragraph, and a call to action; the guides' records
   * (`guides/resources/`) have the call to action alone, to the guide.
   */
  subtitle: optionalText,
  secondDescription: optionalText,
  buttonText: optionalText,
  linkToProductSuite: optionalText,
  linkToGuide: optionalText,
  /** A Hugo job posting left out of the jobs list. */
  linkHidden: optionalBoolean,
  /** Position of a static page in the footer. */
  nav_order: z.preprocess(absentIfEmpty, z.coerce.number("must be a number").optional()),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Every key the schema names, as it spells it: Hugo's any-case keys fold to these. */
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);

/** Keys whose bad value Hugo stops on too: the build stops, where other bad values are left out with a warning. */
export const DATE_KEYS: ReadonlySet<string> = new Set([
  "date",
  "lastmod",
  "modified",
  "last_modified_at",
  "updated",
  "publishDate",
  "pubdate",
  "expiryDate",
  "unpublishdate",
]);

export type WrittenDate = {
  year: string;
  month: string;
  day: string;
  /** ISO 8601 with the offset as written, for `<time datetime>`. */
  iso: string;
  /** Milliseconds since the epoch, for ordering posts. */
  instant: number;
};

/** Reads a date exactly as written: the calendar day and offset are the author's, never the server's. */
export function readWrittenDate(value: string): WrittenDate | undefined {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = "00", minute = "00", second = "00", zone] = match;
  const offset = !zone || zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const iso = `${year}-${month}-${day}T${hour.padStart(2, "0")}:${minute}:${second}${offset}`;
  const instant = Date.parse(iso);
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    Number.isNaN(instant) ||
    calendarDay.getUTCDate() !== Number(day) ||
    calendarDay.getUTCMonth() !== Number(month) - 1
  ) {
    return undefined;
  }
  return { year, month, day, iso, instant };
}
