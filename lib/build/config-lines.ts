// Where something is written in a Hugo site's configuration (its main file,
// then each file of its configuration directory), so that a finding names the
// file and line an editor opens, whichever of Hugo's forms they wrote it in.
import fs from "node:fs";
import path from "node:path";

export type ConfigLine = { file: string; line: number };

/** The config's files, relative to the site's root: its main file first, then those of Hugo's config directory. */
function configFiles(siteRoot: string, configFile: string): string[] {
  const folders = ["config/_default", "config/production"].filter((folder) =>
    fs.existsSync(path.join(siteRoot, folder)),
  );
  return [
    configFile,
    ...folders.flatMap((folder) => fs.readdirSync(path.join(siteRoot, folder)).map((name) => `${folder}/${name}`)),
  ];
}

const linesOf = (siteRoot: string, file: string) => fs.readFileSync(path.join(siteRoot, file), "utf8").split("\n");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a key (`permalinks.tags`) is written, found by its path of keys in any case; undefined where it is not. */
function keyWrittenAt(siteRoot: string, configFile: string, key: string): ConfigLine | undefined {
  for (const file of configFiles(siteRoot, configFile)) {
    const lines = linesOf(siteRoot, file);
    let at = -1;
    for (const [depth, segment] of key.toLowerCase().split(".").map(escapeRegExp).entries()) {
      const written = new RegExp(`^\\s*(\\[[^\\]]*\\b${segment}\\]|["']?${segment}["']?\\s*[:=])`, "i");
      // A key Hugo reads at the root only (`frontmatter`) may also be written under a language, where Hugo ignores it.
      const atRoot = new RegExp(`^(\\[\\s*${segment}\\s*\\]|["']?${segment}["']?\\s*[:=])`, "i");
      const first = depth === 0 ? lines.findIndex((line) => atRoot.test(line)) : -1;
      at = first >= 0 ? first : lines.findIndex((line, index) => index > at && written.test(line));
      if (at < 0) break;
    }
    if (at >= 0) return { file, line: at + 1 };
  }
  return undefined;
}

/** Where a key is written, or the config's first line where it cannot be found. */
export function keyLine(siteRoot: string, configFile: string, key: string): ConfigLine {
  return keyWrittenAt(siteRoot, configFile, key) ?? { file: configFile, line: 1 };
}

/**
 * Where a value is written (a menu entry's `url: /emplois/`): the first line holding it as a whole value below its
 * key, else anywhere in the config (a `menus.fr.yaml` of the config directory), else the key's own line.
 */
export function valueLine(siteRoot: string, configFile: string, key: string, value: string): ConfigLine {
  const holds = new RegExp(`(^|[\\s"':=\\[,])${escapeRegExp(value)}($|[\\s"',\\]}])`);
  const under = keyWrittenAt(siteRoot, configFile, key);
  const searches = [
    ...(under ? [{ file: under.file, from: under.line }] : []),
    ...configFiles(siteRoot, configFile).map((file) => ({ file, from: 0 })),
  ];
  for (const { file, from } of searches) {
    const index = linesOf(siteRoot, file).findIndex((line, at) => at >= from && holds.test(line));
    if (index >= 0) return { file, line: index + 1 };
  }
  return under ?? { file: configFile, line: 1 };
}
