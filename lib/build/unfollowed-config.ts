// Options of a Hugo config that move the addresses Hugo writes, or change which
// files it publishes, which this site does not follow: its addresses are its
// own (`/blog/tags/name/`, `/page/2/`, folders in lower case), and it
// publishes what a production build of Hugo's defaults does. The department's
// trees never set them; where a tree does, the build names the option at its
// line and what differs from Hugo's site, and builds on.
import { isRecord } from "./frontmatter";
import type { FindingList } from "./findings";
import { keyLine } from "./config-lines";
import type { HugoConfig } from "./hugo-config";

/** The taxonomies this site lists (categories shown as tags), by their plural names, as Hugo's config names them. */
const LISTED_TAXONOMIES = ["tags", "categories"];

/** Options Hugo reads as on or off, by their name in its documentation, with what this site does instead. */
const UNFOLLOWED_SWITCHES: Record<string, string> = {
  uglyURLs:
    "is not followed here: Hugo wrote each page as `name.html`, this site publishes it at `/name/`, and some of those `.html` addresses will not answer; remove the option so that both keep the same addresses",
  disablePathToLower:
    "is not followed here: addresses are in lower case, and a page's files that Hugo wrote below capitals will not answer there; remove the option so that both keep the same addresses",
  removePathAccents:
    "is not followed here: a page's files are below its address as written, accents and all, and will not answer where Hugo wrote them without; remove the option so that both keep the same addresses",
  buildDrafts:
    "is not followed here: drafts stay unpublished, where Hugo published them, and their addresses will not answer; write `draft: false` on each page meant to be read, and remove the option",
  buildFuture:
    "is not followed here: a page dated later waits for its day, where Hugo published it at once; date it today if it is meant to be read now, and remove the option",
  buildExpired:
    "is not followed here: a page past its `expiryDate` is not published, where Hugo still published it; remove the `expiryDate` of each page meant to be read, and the option",
};

/** The dates Hugo's `frontmatter` option says where to find, by their names in its documentation. */
const HUGO_DATE_KINDS = ["date", "lastmod", "publishDate", "expiryDate"];

/** Sources of a page's dates in Hugo's `frontmatter` option that this site does not read, with why. */
const UNREAD_DATE_SOURCES = new Map([
  [":filemodtime", "a file's time on the disk is when it was copied or checked out, not when it was written"],
  [":git", "it is each page's last commit, which Hugo read only with `enableGitInfo`"],
]);

/** A page's last commit is this site's date modified already, after the front matter's `lastmod`. */
const isGitLastmod = (kind: string, source: string) => kind === "lastmod" && source.toLowerCase() === ":git";

/** Hugo reads a boolean option written as a string too (`uglyURLs: "true"`). */
const isOn = (value: unknown) => value === true || (typeof value === "string" && value.toLowerCase() === "true");

/** Reports each option of `config` (read from `configFile` and Hugo's config folder) that this site does not follow. */
export function reportUnfollowedOptions(
  siteRoot: string,
  configFile: string,
  config: HugoConfig,
  findings: FindingList,
): void {
  const say = (key: string, message: string) => {
    const { file, line } = keyLine(siteRoot, configFile, key);
    findings.warning(file, line, `\`${key}\` ${message}`);
  };
  // The config's keys are read in lower case, as Hugo reads them.
  for (const [key, message] of Object.entries(UNFOLLOWED_SWITCHES))
    if (isOn(config[key.toLowerCase()])) say(key, message);
  if (typeof config.paginatepath === "string" && config.paginatepath !== "page") {
    say(
      "paginatePath",
      `is not followed here: a list's later pages are at \`/page/2/\`, where Hugo wrote \`/${config.paginatepath}/2/\`, which will not answer; remove the option so that both keep the same addresses`,
    );
  }
  if (Array.isArray(config.ignorefiles) && config.ignorefiles.length > 0) {
    say(
      "ignoreFiles",
      "is not followed here: the content files it names are published, where Hugo left them out; move them out of `content/`, or mark them `draft: true`, and remove the option",
    );
  }
  const dateSources = isRecord(config.frontmatter) ? config.frontmatter : {};
  for (const kind of HUGO_DATE_KINDS) {
    for (const source of [dateSources[kind.toLowerCase()]].flat())
      if (typeof source === "string" && UNREAD_DATE_SOURCES.has(source.toLowerCase()) && !isGitLastmod(kind, source))
        say(
          `frontmatter.${kind}`,
          `lists \`${source}\`, which this site does not read as a ${kind}: ${UNREAD_DATE_SOURCES.get(source.toLowerCase())}; a page so dated takes the next source's date, so write its \`${kind}\` in its front matter`,
        );
  }
  const taxonomies = isRecord(config.taxonomies)
    ? Object.entries(config.taxonomies).map(([singular, plural]) => [singular, String(plural)])
    : LISTED_TAXONOMIES.map((plural) => [plural.replace(/s$/, ""), plural]);
  for (const [singular, plural] of taxonomies) {
    if (LISTED_TAXONOMIES.includes(plural.toLowerCase())) continue;
    say(
      `taxonomies.${singular}`,
      `names \`${plural}\`, which this site does not list: it shows tags and categories only (as tags), so Hugo's \`/${plural}/\` pages will not answer; move those terms into \`tags\``,
    );
  }
  const patterns = [config.permalinks, ...Object.values(config.languages ?? {}).map((language) => language.permalinks)];
  for (const name of new Set(patterns.flatMap((each) => Object.keys(each ?? {})))) {
    if (!taxonomies.some(([, plural]) => plural.toLowerCase() === name)) continue;
    say(
      `permalinks.${name}`,
      "is not followed here: tag pages are at `/blog/tags/name/`, where Hugo wrote them by this pattern, which will not answer; remove it so that both keep the same addresses",
    );
  }
}
