// Hugo's own word on a Hugo site's pages and posts (`hugo list all`): the
// address of each file and whether a production build publishes it. Where
// Debian's hugo is installed, the suite's reading of the tree (tree.ts) takes
// both from here, so that what it expects of a snapshot follows Hugo's rules
// (section permalinks such as `work-with-us: /:title`, dates read as the
// config says, drafts by cascade, publish and expiry dates) rather than a
// second copy of them. Without hugo, tree.ts reads the files alone.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeSegment } from "@/lib/urls";

/** What Hugo says of one content file. */
export type HugoListed = {
  /** The path of its address on its language's domain, as Hugo wrote it (`/2020/05/05/a-post/`). */
  address: string;
  /** Its date as Hugo read it, with the offset written (`2020-05-05T10:00:00-04:00`). */
  date: string;
  published: boolean;
};

export const hasHugo = (() => {
  try {
    execFileSync("hugo", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Go's zero time, which Hugo prints for a date the file does not have. */
const NO_DATE = "0001-01-01";

/**
 * Hugo's listing of a site's regular pages and posts (not its sections' `_index` files), by path from the site's
 * root (`content/en/blog/posts/a-post.md`); undefined where hugo is not installed or cannot read the tree.
 */
export function hugoListing(siteRoot: string, now = Date.now()): Map<string, HugoListed> | undefined {
  if (!hasHugo) return undefined;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-list-"));
  let csv: string;
  try {
    csv = execFileSync("hugo", ["list", "all", "--source", siteRoot], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      // `hugo list` takes no --noBuildLock and writes some files as it reads: the lock and those go to the run's folder,
      // so a corpus mounted read-only is read as well as any other.
      env: {
        ...process.env,
        HUGO_NOBUILDLOCK: "true",
        HUGO_PUBLISHDIR: path.join(work, "public"),
        HUGO_RESOURCEDIR: path.join(work, "resources"),
      },
    });
  } catch {
    return undefined;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const [header = [], ...rows] = csvRows(csv);
  const column = (name: string) => header.indexOf(name);
  const at = {
    path: column("path"),
    date: column("date"),
    expiry: column("expiryDate"),
    publish: column("publishDate"),
  };
  const [draft, permalink] = [column("draft"), column("permalink")];
  if (Object.values(at).some((index) => index < 0) || draft < 0 || permalink < 0) return undefined;
  const instant = (written: string) => Date.parse(written);
  return new Map(
    rows.map((row) => {
      const expiry = row[at.expiry];
      // A page Hugo writes no file for (`_build: {render: never}`) has no permalink.
      const published =
        row[permalink] !== "" &&
        row[draft] !== "true" &&
        instant(row[at.publish]) <= now &&
        (expiry.startsWith(NO_DATE) || instant(expiry) > now);
      // Its path as written: a `#` Hugo kept in a name (`-#8211-`) is part of it, not a fragment.
      const address = row[permalink]
        .replace(/^[a-z]+:\/\/[^/]+/i, "")
        .split("/")
        .map(decodeSegment)
        .join("/");
      return [row[at.path], { address, date: row[at.date], published }];
    }),
  );
}

/** The rows of Go's CSV: fields split at commas, a field in quotes may hold commas and `""` for a quote. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split(/\r?\n/).filter(Boolean)) {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let index = 0; index < line.length; index += 1) {
      const char = line[index];
      if (quoted && char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = !quoted;
      else if (char === "," && !quoted) {
        fields.push(field);
        field = "";
      } else field += char;
    }
    rows.push([...fields, field]);
  }
  return rows;
}

/** A date's year, month and day as Hugo's permalinks write them: the year as a number (`1` for none), the others in two digits. */
export function listedDay(date: string): { year: string; month: string; day: string } {
  const [year, month, day] = date.slice(0, 10).split("-");
  return { year: String(Number(year)), month, day };
}
