// What a Hugo site holds beside its pages and posts: the menus and page size
// of its config, the contact details of `data/contact.yml`, the product records
// of `our-products/`, the tags' own files and the files of `static/`. A Jekyll
// tree has none of these, and gets empty answers.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import type { FindingList } from "./findings";
import { splitFrontMatter } from "./frontmatter";
import { readMeta } from "./meta";
import type { TagFile } from "./tags";
import { TEAM_FILE, teamFrom, type Team } from "./team";
import {
  HUGO_SPECIAL_FOLDERS,
  hugoLanguageDir,
  hugoSiteRoot,
  hugoStaticDir,
  isHugoContentFile,
  isSectionIndex,
  listFiles,
} from "./tree";

/** Where Hugo looks for a site's configuration, in its order, in each format it reads. */
const CONFIG_FILES = ["config/_default/config", "config/_default/hugo", "config", "hugo"].flatMap((name) =>
  ["yaml", "yml", "toml", "json"].map((extension) => `${name}.${extension}`),
);

/** A menu entry this site can link: a name and a `url` (or Hugo's `pageRef`, a content path). */
const menuEntry = z
  .looseObject({
    name: z.string(),
    url: z.string().optional(),
    pageref: z.string().optional(),
    weight: z.coerce.number().optional(),
  })
  .transform(({ name, url, pageref, weight }) => ({ name, url: url ?? pageref, weight }));
/** Hugo's permalink patterns by section (`blog: /:year/:month/:day/:filename`). */
const permalinks = z.record(z.string(), z.string()).optional();
// Hugo reads its configuration's keys without regard to case (`Paginate`, `baseUrl`): they are folded first.
const pageSize = z.coerce.number("must be a number of posts a page").optional();
const configSchema = z.looseObject({
  paginate: pageSize,
  // Hugo reads one kind written alone (`disableKinds: section`) as a list of one.
  disablekinds: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(z.string(), "must be a list of kinds, such as `[section, taxonomy]`").optional(),
  ),
  permalinks,
  languages: z
    .record(
      z.string(),
      z.looseObject({
        paginate: pageSize,
        permalinks,
        // Entries are read one by one: Hugo shows an entry without a link (a parent, say) and builds on.
        menu: z.looseObject({ main: z.array(z.unknown()).optional() }).optional(),
      }),
    )
    .optional(),
});

const contactSchema = z.object({
  email: z.string().optional(),
  newsletter: z.string().optional(),
  linkedin: z.string().optional(),
});

export type WrittenMenuItem = { name: string; url: string };

/** A product record as written: its file name (how pages list it) and card. */
export type ProductRecord = {
  locale: Locale;
  name: string;
  source: string;
  title: string;
  description?: string;
  image?: { src: string; alt: string };
  link: string;
  weight: number;
};

export type HugoSite = {
  menus: Partial<Record<Locale, WrittenMenuItem[]>>;
  pageSize?: number;
  /** Each language's permalink pattern by section, from the config. */
  permalinks: Partial<Record<Locale, Record<string, string>>>;
  contact: Partial<Record<Locale, z.infer<typeof contactSchema>>>;
  products: ProductRecord[];
  tagFiles: TagFile[];
  /** `static/`, if the tree has one. */
  staticDir?: string;
  /** The people of `data/team.yml`, whom the team page lists (until 2021). */
  team?: Team;
  /** Whether the config disables Hugo's section pages (`disableKinds: [section]`, until 2019): a page then owns its folder's address. */
  sectionsDisabled: boolean;
};

const NO_SITE: HugoSite = {
  menus: {},
  permalinks: {},
  contact: {},
  products: [],
  tagFiles: [],
  sectionsDisabled: false,
};

export function readHugoSite(root: string, findings: FindingList): HugoSite {
  const siteRoot = hugoSiteRoot(root);
  if (!siteRoot) return NO_SITE;
  const config = readConfig(siteRoot, findings);
  const staticDir = hugoStaticDir(root);
  return {
    menus: Object.fromEntries(
      routing.locales.flatMap((locale) => {
        const main = config?.languages?.[locale]?.menu?.main;
        if (!main) return [];
        const entries = main.flatMap((written, index) => {
          const entry = menuEntry.safeParse(written);
          if (entry.success && entry.data.url !== undefined) return [{ ...entry.data, url: entry.data.url }];
          findings.warning(
            hugoConfigFile(siteRoot) ?? "config",
            1,
            `the ${locale} menu's entry ${index + 1} has no \`name\` and \`url\` to link; it is left out of the header, give it both`,
          );
          return [];
        });
        const sorted = entries.toSorted((a, b) => (a.weight ?? 0) - (b.weight ?? 0));
        return [[locale, sorted.map(({ name, url }) => ({ name, url }))]];
      }),
    ),
    pageSize: config?.languages?.[routing.defaultLocale]?.paginate ?? config?.paginate,
    permalinks: Object.fromEntries(
      routing.locales.map((locale) => [locale, { ...config?.permalinks, ...config?.languages?.[locale]?.permalinks }]),
    ),
    contact: readContact(siteRoot, findings),
    products: routing.locales.flatMap((locale) => readProducts(root, locale, findings)),
    tagFiles: routing.locales.flatMap((locale) => readTagFiles(root, locale, findings)),
    staticDir,
    sectionsDisabled: config?.disablekinds?.some((kind) => kind.toLowerCase() === "section") ?? false,
    team: fs.existsSync(path.join(siteRoot, TEAM_FILE))
      ? teamFrom(readYaml(siteRoot, TEAM_FILE, findings), findings)
      : undefined,
  };
}

/** A YAML file of the site, read as Hugo reads it: a key written twice keeps its last value (the department's `i18n/fr.yaml` has one). */
function readYaml(siteRoot: string, relative: string, findings: FindingList): unknown {
  try {
    return yaml.load(fs.readFileSync(path.join(siteRoot, relative), "utf8"), { schema: yaml.CORE_SCHEMA, json: true });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    findings.error(relative, error.mark.line + 1, `is not valid YAML: ${error.reason}; fix it`);
    return undefined;
  }
}

function readConfigFile(siteRoot: string, relative: string, findings: FindingList): unknown {
  if (/\.ya?ml$/.test(relative)) return readYaml(siteRoot, relative, findings);
  const text = fs.readFileSync(path.join(siteRoot, relative), "utf8");
  try {
    return relative.endsWith(".toml") ? parseToml(text) : JSON.parse(text);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    findings.error(
      relative,
      line,
      `is not valid: ${error instanceof Error ? error.message.split("\n")[0] : error}; fix it`,
    );
    return undefined;
  }
}

function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

/** The site's configuration file, relative to its root (`config.yaml` until 2019, `config/_default/config.yaml` since). */
export function hugoConfigFile(siteRoot: string): string | undefined {
  return CONFIG_FILES.find((file) => fs.existsSync(path.join(siteRoot, file)));
}

/**
 * The config's keys this site reads. A value it cannot use (`paginate: ten`) is
 * left out with a warning and the site built without it: nothing a reader sees
 * is wrong for it, where Hugo stops on some such values and not on others.
 */
function readConfig(siteRoot: string, findings: FindingList) {
  const relative = hugoConfigFile(siteRoot);
  if (!relative) return undefined;
  const written = lowerKeys(readConfigFile(siteRoot, relative, findings));
  if (!isRecord(written)) return undefined;
  for (;;) {
    const parsed = configSchema.safeParse(written);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String);
      if (key.length === 0) return undefined;
      const message = /^invalid\b/i.test(issue.message) ? "is not a value this site can read" : issue.message;
      findings.warning(relative, 1, `\`${key.join(".")}\` ${message}; the site is built without it until it is fixed`);
      leaveOut(written, key);
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deletes the value at `key` (a path of keys), or the whole first key where the path cannot be followed. */
function leaveOut(record: Record<string, unknown>, key: readonly string[]): void {
  const [first, ...rest] = key;
  const inner = record[first];
  if (rest.length > 0 && isRecord(inner)) leaveOut(inner, rest);
  else delete record[first];
}

/**
 * About's contact details, written either per language (`en: {email, newsletter, linkedin}`) or as the
 * department's tree writes them: one `email`, a LinkedIn company name (`linkedin: cds-snc`, which its
 * template made `https://linkedin.com/company/cds-snc`), and each language's newsletter in its
 * translations file (`i18n/en.yaml`, `all-newsletter-past`) or under `mailchimp.{lang}.url`.
 */
function readContact(siteRoot: string, findings: FindingList): HugoSite["contact"] {
  const relative = "data/contact.yml";
  if (!fs.existsSync(path.join(siteRoot, relative))) return {};
  const written = readYaml(siteRoot, relative, findings);
  const perLanguage = z.partialRecord(z.enum(routing.locales), contactSchema).safeParse(written);
  if (perLanguage.success && Object.keys(perLanguage.data).length > 0) return perLanguage.data;
  const shared = sharedContactSchema.safeParse(written);
  if (
    shared.success &&
    (shared.data.email || shared.data.linkedin || shared.data.newsletter || shared.data.mailchimp)
  ) {
    const { email, linkedin, newsletter, mailchimp } = shared.data;
    return Object.fromEntries(
      routing.locales.map((locale) => [
        locale,
        {
          email,
          linkedin: linkedin && !/^https?:\/\//.test(linkedin) ? `https://linkedin.com/company/${linkedin}` : linkedin,
          newsletter:
            translatedString(siteRoot, locale, "all-newsletter-past", findings) ??
            mailchimp?.[locale]?.url ??
            newsletter,
        },
      ]),
    );
  }
  findings.warning(
    relative,
    1,
    "holds no `email`, `newsletter` or `linkedin`; the About page shows no contact details",
  );
  return {};
}

const sharedContactSchema = contactSchema.extend({
  mailchimp: z.partialRecord(z.enum(routing.locales), z.object({ url: z.string() })).optional(),
});

/** One string of a Hugo translations file (`i18n/{lang}.yaml`), written `key: text` or `key: {other: text}`. */
export function translatedString(
  siteRoot: string,
  locale: Locale,
  key: string,
  findings: FindingList,
): string | undefined {
  const relative = ["yaml", "yml"]
    .map((ext) => `i18n/${locale}.${ext}`)
    .find((file) => fs.existsSync(path.join(siteRoot, file)));
  if (!relative) return undefined;
  const entry = z.record(z.string(), z.unknown()).safeParse(readYaml(siteRoot, relative, findings));
  const value = entry.success ? entry.data[key] : undefined;
  const text = z.union([z.string(), z.object({ other: z.string() })]).safeParse(value);
  if (!text.success) return undefined;
  return typeof text.data === "string" ? text.data : text.data.other;
}

/** `our-products/*.md` (or `.html`): cards, not pages. */
function readProducts(root: string, locale: Locale, findings: FindingList): ProductRecord[] {
  const dir = path.join(hugoLanguageDir(root, locale) ?? "", HUGO_SPECIAL_FOLDERS.products);
  return listFiles(dir)
    .filter((file) => isHugoContentFile(file) && !/^_?index\./i.test(path.basename(file)))
    .flatMap((file) => {
      const absolute = path.join(dir, file);
      const source = path.relative(root, absolute);
      const raw = splitFrontMatter(source, fs.readFileSync(absolute, "utf8"), findings, "any-case");
      if (!raw) return [];
      const { title, description, image, imageAlt, link, weight } = readMeta(source, raw, findings, "as-hugo").meta;
      if (!title || !link) {
        findings.warning(source, 1, "a product needs a `title` and a `link`; it is left out of every list");
        return [];
      }
      return [
        {
          locale,
          name: path.basename(file).replace(/\.[^.]+$/, ""),
          source,
          title,
          description,
          image: image ? { src: image, alt: imageAlt ?? "" } : undefined,
          link,
          weight: weight ?? 0,
        },
      ];
    });
}

/** `tags/{folder}/_index.md` (or `.html`): a tag's title and translation key. */
function readTagFiles(root: string, locale: Locale, findings: FindingList): TagFile[] {
  const dir = path.join(hugoLanguageDir(root, locale) ?? "", HUGO_SPECIAL_FOLDERS.tags);
  return listFiles(dir)
    .filter((file) => isSectionIndex(file) && isHugoContentFile(file) && path.dirname(file) !== ".")
    .flatMap((file) => {
      const absolute = path.join(dir, file);
      const source = path.relative(root, absolute);
      const raw = splitFrontMatter(source, fs.readFileSync(absolute, "utf8"), findings, "any-case");
      if (!raw) return [];
      const { title, translationKey } = readMeta(source, raw, findings, "as-hugo").meta;
      return [{ locale, folder: path.dirname(file), title, translationKey }];
    });
}
