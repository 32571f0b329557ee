// The Hugo site's config, read here apart from the build's reading of it
// (lib/build/hugo-config.ts): its main file wherever Hugo looks (the
// department's `config.yaml` at the root until 2019, `config/_default/config.yaml`
// since), in YAML, TOML or JSON, with keys in lower case as Hugo reads them.
import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { isRecord } from "@/lib/build/frontmatter";
import { hugoConfigFile, lowerKeys } from "@/lib/build/hugo-config";
import { readYamlText } from "@/lib/build/yaml";

export type HugoConfig = Record<string, unknown>;

/** A whole Hugo site: `content/` beside a config in any place and format Hugo reads. */
export const isHugoSiteRoot = (root: string) =>
  hugoConfigFile(root) !== undefined && fs.existsSync(path.join(root, "content"));

/** The site's main config file, read; undefined where the tree has none. */
export function hugoConfig(siteRoot: string): HugoConfig | undefined {
  const file = hugoConfigFile(siteRoot);
  if (!file) return undefined;
  const text = fs.readFileSync(path.join(siteRoot, file), "utf8");
  const written: unknown = file.endsWith(".toml")
    ? parseToml(text)
    : file.endsWith(".json")
      ? JSON.parse(text)
      : readYamlText(text, "hugo");
  const lowered = lowerKeys(written);
  return isRecord(lowered) ? lowered : undefined;
}

/** Whether Hugo's config holds files beside its main one (`menus.en.yaml`, production's overrides) that this reading leaves out. */
export function hasSplitConfig(siteRoot: string): boolean {
  const main = hugoConfigFile(siteRoot);
  return ["config/_default", "config/production"].some((dir) => {
    const folder = path.join(siteRoot, dir);
    return fs.existsSync(folder) && fs.readdirSync(folder).some((name) => `${dir}/${name}` !== main);
  });
}

/** Whether the config turns Hugo's section pages off (`disableKinds: [section]`, as the department's did until 2019). */
export function sectionsDisabled(config: HugoConfig | undefined): boolean {
  const kinds = config?.disablekinds;
  return Array.isArray(kinds) && kinds.some((kind) => String(kind).toLowerCase() === "section");
}

export type MenuEntry = { name: string; link: string };

/**
 * A language's main menu as Hugo's `.Site.Menus.main` held it, which the department's header drew: the language's
 * own `menu` (or `menus`), else the root's; its top level alone; by weight, an entry without one last, then by
 * name in any case. Only entries with a name and a link (`url` or `pageRef`).
 */
export function mainMenu(config: HugoConfig | undefined, locale: string): MenuEntry[] {
  const menusOf = (holder: unknown) => (isRecord(holder) ? (holder.menus ?? holder.menu) : undefined);
  const languages = isRecord(config?.languages) ? config.languages : {};
  const menus = menusOf(languages[locale]) ?? menusOf(config);
  const main = isRecord(menus) && Array.isArray(menus.main) ? menus.main : [];
  const entries = main.flatMap((written: unknown) => {
    if (!isRecord(written) || written.parent || typeof written.name !== "string") return [];
    const link = written.url ?? written.pageref;
    return typeof link === "string" ? [{ name: written.name, link, weight: Number(written.weight ?? 0) || 0 }] : [];
  });
  // Go compares names by their bytes, in lower case first.
  const byName = (a: string, b: string) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  return entries
    .toSorted((a, b) =>
      a.weight === b.weight ? byName(a.name, b.name) : a.weight === 0 ? 1 : b.weight === 0 ? -1 : a.weight - b.weight,
    )
    .map(({ name, link }) => ({ name, link }));
}

/** A language's permalink pattern for the blog (`/:year/:month/:day/:filename`), its own or the root's. */
export function blogPermalink(config: HugoConfig | undefined, locale: string): string | undefined {
  const languages = isRecord(config?.languages) ? config.languages : {};
  const language = languages[locale];
  const own = isRecord(language) && isRecord(language.permalinks) ? language.permalinks.blog : undefined;
  const root = isRecord(config?.permalinks) ? config.permalinks.blog : undefined;
  const pattern = own ?? root;
  return typeof pattern === "string" ? pattern : undefined;
}
