// What a Hugo site holds beside its pages and posts: the menus and page size
// of its config, the contact details of `data/contact.yml`, the product records
// of `our-products/`, the tags' own files and the files of `static/`. A Jekyll
// tree has none of these, and gets empty answers.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import type { FindingList } from "./findings";
import { isRecord, splitFrontMatter } from "./frontmatter";
import { keyLine, valueLine, type ConfigLine } from "./config-lines";
import { fileInAnyFormat, HUGO_DEFAULT_DATES, hugoConfigFile, readConfig, readSiteFile } from "./hugo-config";
import { hugoAddressesOf, NO_PERMALINKS, type HugoPermalinks } from "./hugo-addresses";
import { translatedString } from "./hugo-i18n";
import { readMeta } from "./meta";
import type { TagFile } from "./tags";
import { TEAM_FILE, teamFrom, type Team } from "./team";
import {
  HUGO_SPECIAL_FOLDERS,
  hugoLanguageDir,
  hugoSiteRoot,
  hugoStaticDir,
  hugoContentDir,
  hugoContentFilesIn,
  hugoSectionFolders,
  isRedirectStub,
  isSectionIndex,
} from "./tree";

/** A menu entry this site can link: a name and a `url` (or Hugo's `pageRef`, a content path). */
const menuEntry = z
  .looseObject({
    name: z.string(),
    url: z.string().optional(),
    pageref: z.string().optional(),
    weight: z.coerce.number().optional(),
    // Go's YAML gives `identifier: 2` as a number, which Hugo reads as its text.
    identifier: z.union([z.string(), z.number()]).optional(),
    parent: z.union([z.string(), z.number()]).optional(),
  })
  .transform(({ name, url, pageref, weight, identifier, parent }) => ({
    name,
    url: url ?? pageref,
    weight: weight ?? 0,
    identifier: String(identifier ?? ""),
    parent: parent === undefined ? "" : String(parent),
  }));

type MenuEntry = z.infer<typeof menuEntry>;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Hugo's order of a menu (`ByWeight`): by weight, an entry without one after all that have one; then by name in
 * any case, then as written; then by identifier. */
function hugoMenuOrder(a: MenuEntry, b: MenuEntry): number {
  if (a.weight !== b.weight) return a.weight === 0 ? 1 : b.weight === 0 ? -1 : a.weight - b.weight;
  return (
    byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) ||
    byCodeUnits(a.name, b.name) ||
    byCodeUnits(a.identifier, b.identifier)
  );
}

const contactSchema = z.object({
  email: z.string().optional(),
  newsletter: z.string().optional(),
  linkedin: z.string().optional(),
});

/** A menu entry as written, with where it is written (its config file and line), for a finding about it. */
export type WrittenMenuItem = { name: string; url: string; at: ConfigLine };

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
  /** Where Hugo wrote the record's page and its aliases (`our-products/gc-notify`), within its language. */
  addresses: string[];
};

export type HugoSite = {
  menus: Partial<Record<Locale, WrittenMenuItem[]>>;
  pageSize?: number;
  /** Each language's permalink pattern by section, from the config, and its section folders. */
  permalinks: Partial<Record<Locale, HugoPermalinks>>;
  contact: Partial<Record<Locale, z.infer<typeof contactSchema>>>;
  products: ProductRecord[];
  tagFiles: TagFile[];
  /** `static/`, if the tree has one. */
  staticDir?: string;
  /** The people of `data/team.yml`, whom the team page lists (until 2021). */
  team?: Team;
  /** Where a post's date is found, in order: Hugo's `frontmatter.date`, lower-cased (`:filename`, `:default`, a key). */
  dateSources: readonly string[];
  /** Whether the config disables Hugo's section pages (`disableKinds: [section]`, until 2019): a page then owns its folder's address. */
  sectionsDisabled: boolean;
};

const NO_SITE: HugoSite = {
  menus: {},
  permalinks: {},
  contact: {},
  products: [],
  tagFiles: [],
  dateSources: [HUGO_DEFAULT_DATES],
  sectionsDisabled: false,
};

export function readHugoSite(root: string, findings: FindingList): HugoSite {
  const siteRoot = hugoSiteRoot(root);
  if (!siteRoot) return NO_SITE;
  const config = readConfig(siteRoot, findings);
  const staticDir = hugoStaticDir(root);
  const content = hugoContentDir(root);
  const permalinks: HugoSite["permalinks"] = Object.fromEntries(
    routing.locales.map((locale) => {
      const patterns = { ...config?.permalinks, ...config?.languages?.[locale]?.permalinks };
      return [locale, { patterns, sectionFolders: content ? hugoSectionFolders(content, [locale]) : new Set() }];
    }),
  );
  return {
    menus: Object.fromEntries(
      routing.locales.flatMap((locale) => {
        const language = config?.languages?.[locale];
        const main = (language?.menus ?? language?.menu ?? config?.menus ?? config?.menu)?.main;
        if (!main) return [];
        // The key the menu was read from, as Hugo's order of them found it, to say where an entry is written.
        const menuKey =
          language?.menus !== undefined
            ? `languages.${locale}.menus.main`
            : language?.menu !== undefined
              ? `languages.${locale}.menu.main`
              : `${config?.menus !== undefined ? "menus" : "menu"}.main`;
        const configFile = hugoConfigFile(siteRoot) ?? "config.yaml";
        const entries = main.flatMap((written, index) => {
          const entry = menuEntry.safeParse(written);
          // An entry under a `parent` is not in Hugo's `.Site.Menus.main`, the top level the department's header drew.
          if (entry.success && entry.data.parent) return [];
          if (entry.success && entry.data.url !== undefined) {
            const at = valueLine(siteRoot, configFile, menuKey, entry.data.url);
            return [{ ...entry.data, url: entry.data.url, at }];
          }
          const name = isRecord(written) && typeof written.name === "string" ? written.name : undefined;
          const { file, line } = name
            ? valueLine(siteRoot, configFile, menuKey, name)
            : keyLine(siteRoot, configFile, menuKey);
          findings.warning(
            file,
            line,
            name
              ? `the ${locale} menu's ${name} has no \`url\` or \`pageRef\` to link; it is left out of the header, give it one`
              : `the ${locale} menu's entry ${index + 1} has no \`name\` and \`url\` to link; it is left out of the header, give it both`,
          );
          return [];
        });
        const sorted = entries.toSorted(hugoMenuOrder);
        return [[locale, sorted.map(({ name, url, at }) => ({ name, url, at }))]];
      }),
    ),
    pageSize: config?.languages?.[routing.defaultLocale]?.paginate ?? config?.paginate,
    permalinks,
    contact: readContact(siteRoot, findings),
    products: routing.locales.flatMap((locale) =>
      readProducts(root, locale, permalinks[locale] ?? NO_PERMALINKS, findings),
    ),
    tagFiles: routing.locales.flatMap((locale) => readTagFiles(root, locale, findings)),
    staticDir,
    dateSources: config?.frontmatter?.date?.map((source) => source.toLowerCase()) ?? [HUGO_DEFAULT_DATES],
    sectionsDisabled: config?.disablekinds?.some((kind) => kind.toLowerCase() === "section") ?? false,
    team: readTeam(siteRoot, findings),
  };
}

function readTeam(siteRoot: string, findings: FindingList): Team | undefined {
  const relative = fileInAnyFormat(siteRoot, TEAM_FILE);
  return relative ? teamFrom(readSiteFile(siteRoot, relative, findings), relative, findings) : undefined;
}

/**
 * About's contact details, written either per language (`en: {email, newsletter, linkedin}`) or as the
 * department's tree writes them: one `email`, a LinkedIn company name (`linkedin: cds-snc`, which its
 * template made `https://linkedin.com/company/cds-snc`), and each language's newsletter in its
 * translations file (`i18n/en.yaml`, `all-newsletter-past`) or under `mailchimp.{lang}.url`.
 */
function readContact(siteRoot: string, findings: FindingList): HugoSite["contact"] {
  const relative = fileInAnyFormat(siteRoot, "data/contact");
  if (!relative) return {};
  const written = readSiteFile(siteRoot, relative, findings);
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

/** `our-products/*.md` (or `.html`): cards, not pages. */
function readProducts(
  root: string,
  locale: Locale,
  permalinks: HugoPermalinks,
  findings: FindingList,
): ProductRecord[] {
  const dir = path.join(hugoLanguageDir(root, locale) ?? "", HUGO_SPECIAL_FOLDERS.products);
  return hugoContentFilesIn(dir)
    .filter((file) => !/^_?index\./i.test(path.basename(file)) && !isRedirectStub(path.join(dir, file)))
    .flatMap((file) => {
      const absolute = path.join(dir, file);
      const source = path.relative(root, absolute);
      const raw = splitFrontMatter(source, fs.readFileSync(absolute, "utf8"), findings, "hugo");
      if (!raw) return [];
      const { meta } = readMeta(source, raw, findings, "as-hugo");
      const { title, description, image, imageAlt, link, weight } = meta;
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
          addresses: hugoAddressesOf(
            `${HUGO_SPECIAL_FOLDERS.products}/${file.split(path.sep).join("/")}`,
            meta,
            locale,
            permalinks,
          ),
        },
      ];
    });
}

/** `tags/{folder}/_index.md` (or `.html`): a tag's title and translation key. */
function readTagFiles(root: string, locale: Locale, findings: FindingList): TagFile[] {
  const dir = path.join(hugoLanguageDir(root, locale) ?? "", HUGO_SPECIAL_FOLDERS.tags);
  return hugoContentFilesIn(dir)
    .filter((file) => isSectionIndex(file) && path.dirname(file) !== ".")
    .flatMap((file) => {
      const absolute = path.join(dir, file);
      const source = path.relative(root, absolute);
      const raw = splitFrontMatter(source, fs.readFileSync(absolute, "utf8"), findings, "hugo");
      if (!raw) return [];
      const { title, translationKey, url, aliases } = readMeta(source, raw, findings, "as-hugo").meta;
      return [{ locale, folder: path.dirname(file), title, translationKey, url, aliases }];
    });
}
