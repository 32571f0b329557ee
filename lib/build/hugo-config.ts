// A Hugo site's configuration as Hugo reads it: one file (`config.yaml`,
// `hugo.toml`, …) or Hugo's configuration directory, where each file of
// `config/_default/` is one root key (`menus.en.yaml` is the English menus)
// and `config/production/` (what `hugo` builds) overrides it. Keys are read
// without regard to case. Only the keys this site uses are validated.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { z } from "zod";
import type { FindingList } from "./findings";
import { isRecord } from "./frontmatter";
import { endOfFirstDocument, readYamlText } from "./yaml";
import { yamlMistake } from "./yaml-mistakes";
import { reportUnfollowedOptions } from "./unfollowed-config";

/** The formats Hugo reads its configuration, translations and data in, in its order. */
const FILE_FORMATS = ["yaml", "yml", "toml", "json"];

/** Where Hugo looks for a site's configuration, in its order, each in any format it reads. */
const CONFIG_NAMES = ["config/_default/config", "config/_default/hugo", "config", "hugo"];

/**
 * A file Hugo finds by its name alone (`i18n/fr`, `data/team`), in whichever format an editor wrote it: its path
 * relative to the site's root, or undefined where there is none.
 */
export function fileInAnyFormat(siteRoot: string, name: string): string | undefined {
  return FILE_FORMATS.map((extension) => `${name}.${extension}`).find((file) =>
    fs.existsSync(path.join(siteRoot, file)),
  );
}

/** Hugo's own order of the keys a page's date is read from, where the config names none. */
export const HUGO_DEFAULT_DATES = ":default";

/** Hugo's permalink patterns by section (`blog: /:year/:month/:day/:filename`). */
const permalinks = z.record(z.string(), z.string()).optional();
const pageSize = z.coerce.number("must be a number of posts a page").optional();
// Entries are read one by one: Hugo shows an entry without a link (a parent, say) and builds on.
const menus = z.looseObject({ main: z.array(z.unknown()).optional() }).optional();
// Hugo reads its configuration's keys without regard to case (`Paginate`, `baseUrl`): they are folded first.
const configSchema = z.looseObject({
  paginate: pageSize,
  // Hugo reads `menus` and `menu` alike; at the root, they are every language's that has none of its own.
  menu: menus,
  menus,
  // Hugo reads one kind written alone (`disableKinds: section`) as a list of one.
  disablekinds: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(z.string(), "must be a list of kinds, such as `[section, taxonomy]`").optional(),
  ),
  permalinks,
  // Options that move Hugo's addresses, read only to say this site does not follow them (unfollowed-config.ts).
  uglyurls: z.unknown().optional(),
  disablepathtolower: z.unknown().optional(),
  removepathaccents: z.unknown().optional(),
  paginatepath: z.unknown().optional(),
  taxonomies: z.unknown().optional(),
  // Options that have Hugo publish other files, read only to say this site does not follow them either.
  builddrafts: z.unknown().optional(),
  buildfuture: z.unknown().optional(),
  buildexpired: z.unknown().optional(),
  ignorefiles: z.unknown().optional(),
  // Where Hugo finds a page's date, in its order (`date: [":filename", ":default"]`). Hugo 0.111 reads it at
  // the root only: the department wrote it under each language, where Hugo ignored it, and so does this site.
  frontmatter: z
    .looseObject({
      date: z.preprocess(
        (value) => (typeof value === "string" ? [value] : value),
        z.array(z.string(), 'must be a list of where to find a date, such as `[":filename", ":default"]`').optional(),
      ),
    })
    .optional(),
  languages: z
    .record(
      z.string(),
      z.looseObject({
        paginate: pageSize,
        permalinks,
        menu: menus,
        menus,
      }),
    )
    .optional(),
});

export type HugoConfig = z.infer<typeof configSchema>;

/** A YAML file of the site, read as Hugo reads it: a key written twice keeps its last value (the department's `i18n/fr.yaml` has one). */
export function readYaml(siteRoot: string, relative: string, findings: FindingList): unknown {
  const text = fs.readFileSync(path.join(siteRoot, relative), "utf8");
  const end = endOfFirstDocument(text);
  if (end !== undefined) {
    findings.warning(
      relative,
      end + 1,
      "this line ends the file's YAML, so Hugo read nothing after it, and neither does this site; remove the line to read the rest",
    );
  }
  try {
    return readYamlText(text, "hugo");
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const { line, words } = yamlMistake(text, error);
    findings.error(relative, line + 1, `is not valid YAML: ${words}`);
    return undefined;
  }
}

/** A YAML, TOML or JSON file of the site, read as a value; undefined, with a finding, where it cannot be read. */
export function readSiteFile(siteRoot: string, relative: string, findings: FindingList): unknown {
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

/** Every key of a config, at any depth, in lower case, as Hugo reads them (`Paginate` is `paginate`). */
export function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

/** The site's configuration file, relative to its root (`config.yaml` until 2019, `config/_default/config.yaml` since). */
export function hugoConfigFile(siteRoot: string): string | undefined {
  return CONFIG_NAMES.map((name) => fileInAnyFormat(siteRoot, name)).find((file) => file !== undefined);
}

/**
 * The config's keys this site reads. A value it cannot use (`paginate: ten`) is
 * left out with a warning and the site built without it: nothing a reader sees
 * is wrong for it, where Hugo stops on some such values and not on others. An
 * option that moves Hugo's addresses where this site does not follow is named too.
 */
export function readConfig(siteRoot: string, findings: FindingList): HugoConfig | undefined {
  const relative = hugoConfigFile(siteRoot);
  if (!relative) return undefined;
  const written = lowerKeys(readSiteFile(siteRoot, relative, findings));
  if (!isRecord(written)) return undefined;
  mergeConfigDirectory(siteRoot, relative, written, findings);
  for (;;) {
    const parsed = configSchema.safeParse(written);
    if (parsed.success) {
      reportUnfollowedOptions(siteRoot, relative, parsed.data, findings);
      return parsed.data;
    }
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String);
      if (key.length === 0) return undefined;
      const message = /^invalid\b/i.test(issue.message) ? "is not a value this site can read" : issue.message;
      findings.warning(relative, 1, `\`${key.join(".")}\` ${message}; the site is built without it until it is fixed`);
      leaveOut(written, key);
    }
  }
}

/** Deletes the value at `key` (a path of keys), or the whole first key where the path cannot be followed. */
function leaveOut(record: Record<string, unknown>, key: readonly string[]): void {
  const [first, ...rest] = key;
  const inner = record[first];
  if (rest.length > 0 && isRecord(inner)) leaveOut(inner, rest);
  else delete record[first];
}

/** The environments a `hugo` build reads, in order: its defaults, then production's overrides. */
const ENVIRONMENTS = ["config/_default", "config/production"];
const CONFIG_EXTENSION = /\.(ya?ml|toml|json)$/i;

/**
 * Merges every file of Hugo's configuration directory but `base` into `config`:
 * `params.yaml` under `params`, `menus.fr.yaml` under `languages.fr.menus`, a
 * production `config.yaml` or `hugo.yaml` over the whole.
 */
function mergeConfigDirectory(
  siteRoot: string,
  base: string,
  config: Record<string, unknown>,
  findings: FindingList,
): void {
  for (const environment of ENVIRONMENTS) {
    const dir = path.join(siteRoot, environment);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((each) => CONFIG_EXTENSION.test(each))
      .sort()) {
      const relative = `${environment}/${name}`;
      if (relative === base) continue;
      const value = lowerKeys(readSiteFile(siteRoot, relative, findings));
      if (!isRecord(value)) continue;
      const [key, language] = name.replace(CONFIG_EXTENSION, "").toLowerCase().split(".");
      if (key === "config" || key === "hugo") mergeInto(config, value);
      else if (language) mergeInto(config, { languages: { [language]: { [key]: value } } });
      else mergeInto(config, { [key]: value });
    }
  }
}

/** Deep-merges `value` into `target`: groups of keys key by key, any other value replacing the one before. */
function mergeInto(target: Record<string, unknown>, value: Record<string, unknown>): void {
  for (const [key, inner] of Object.entries(value)) {
    const before = target[key];
    if (isRecord(before) && isRecord(inner)) mergeInto(before, inner);
    else target[key] = inner;
  }
}
