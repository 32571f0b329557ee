// A post's date as its generator read it: Hugo's from the config's date
// sources (front-matter keys, the file name), Jekyll's from `date` or the
// date its file name starts with, with Ruby's roll-over of impossible days.
import path from "node:path";
import type { FindingList } from "./findings";
import type { RawFile } from "./frontmatter";
import { HUGO_DEFAULT_DATES } from "./hugo-config";
import { readWrittenDate, type FrontMatter, type WrittenDate } from "./schema";
import { isHugoFile, type SourceFile } from "./tree";

/** Where Hugo finds a page's date by default (its `:default`), in its order. */
const HUGO_DATE_KEYS = ["date", "publishDate", "pubdate", "published", "lastmod", "modified"] as const;
type HugoDateKey = (typeof HUGO_DATE_KEYS)[number];

const POST_FILE_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(?:md|markdown|html)$/i;

/** A post's name read as dated: Jekyll's pattern takes a one-digit month or day (`2018-1-2-name.md`), Hugo's does not. */
export function datedFileName(file: SourceFile): RegExpExecArray | undefined {
  const name = POST_FILE_NAME.exec(path.basename(file.relative)) ?? undefined;
  if (name && isHugoFile(file) && (name[2].length < 2 || name[3].length < 2)) return undefined;
  return name;
}

/** The date a post's file name starts with, as written (`2018-1-2-…` is 2018-01-02). */
export function fileNameDate(name: RegExpExecArray): { year: string; month: string; day: string } {
  return { year: name[1], month: name[2].padStart(2, "0"), day: name[3].padStart(2, "0") };
}

/** That date read as a day, when it is a real one (`2018-04-31` is not). */
function readFileNameDate(named: { year: string; month: string; day: string }): WrittenDate | undefined {
  return readWrittenDate(`${named.year}-${named.month}-${named.day}`);
}

/**
 * A post's date, as its generator read it. Hugo: the config's date sources, else
 * year 1. Jekyll: `date`, stopping on one it cannot read, else the file name's.
 * Undefined, with an error, where neither publishes the post.
 */
export function postDate(
  file: SourceFile,
  raw: RawFile,
  meta: FrontMatter,
  dateSources: readonly string[],
  findings: FindingList,
): WrittenDate | undefined {
  let date: WrittenDate | undefined;
  if (isHugoFile(file)) {
    date = hugoPostDate(file, raw, meta, dateSources, findings) ?? undatedHugoPost(file, raw, findings);
  } else if (meta.date) {
    // Jekyll dates a post by `date`, else its file name, and stops on a date it cannot read.
    date = readWrittenDate(meta.date);
    if (!date) {
      findings.error(
        file.relative,
        raw.keyLine("date"),
        `\`date: ${meta.date}\` is not a real date; write YYYY-MM-DD HH:MM:SS -0400`,
      );
      return undefined;
    }
  } else {
    const name = datedFileName(file);
    const named = name && fileNameDate(name);
    date = named && (readFileNameDate(named) ?? rolledOverDate(file, named, findings));
  }
  if (!date) {
    findings.error(
      file.relative,
      1,
      "`date` is missing; add `date: YYYY-MM-DD HH:MM:SS -0400` or start the file name with YYYY-MM-DD-",
    );
  }
  return date;
}

/**
 * A Hugo post's date from the first of the config's sources that gives one:
 * `:default` is Hugo's keys in its order, `:filename` the date a name starts
 * with (`2019-03-04-name.md`), any other a front-matter key. A key whose value
 * is no date is no date to Hugo either, and the next source is tried.
 */
function hugoPostDate(
  file: SourceFile,
  raw: RawFile,
  meta: FrontMatter,
  sources: readonly string[],
  findings: FindingList,
): WrittenDate | undefined {
  for (const source of sources) {
    if (source === ":filename") {
      const name = datedFileName(file);
      const date = name && readFileNameDate(fileNameDate(name));
      if (date) return date;
      continue;
    }
    const keys =
      source === HUGO_DEFAULT_DATES ? HUGO_DATE_KEYS : HUGO_DATE_KEYS.filter((key) => key.toLowerCase() === source);
    for (const key of keys) {
      const written = writtenDate(meta, key);
      if (!written) continue;
      const date = readWrittenDate(written);
      if (date) return date;
      findings.warning(
        file.relative,
        raw.keyLine(key),
        `\`${key}: ${written}\` is not a real date; write YYYY-MM-DD HH:MM:SS -0400 (Hugo read it as no date, and so does this site)`,
      );
    }
  }
  return undefined;
}

/** A date key's value as written; `published` holds a date or, as Jekyll wrote it, true or false. */
function writtenDate(meta: FrontMatter, key: HugoDateKey): string | undefined {
  const value = meta[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * A file name's day past its month's end (`2018-02-30-…`): Jekyll's Ruby
 * carried it into the next month (March 2) and published the post there, so
 * this site does too, and says so. A month past 12 or a day past 31 stopped Jekyll.
 */
function rolledOverDate(
  file: SourceFile,
  named: { year: string; month: string; day: string },
  findings: FindingList,
): WrittenDate | undefined {
  const [year, month, day] = [named.year, named.month, named.day].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const carried = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  findings.warning(
    file.relative,
    1,
    `the file name's date ${named.year}-${named.month}-${named.day} is not a real day, so the post is dated ${carried}, as Jekyll dated it; rename the file with the day meant`,
  );
  return readWrittenDate(carried);
}

/**
 * A Hugo post with no date at all: Hugo published it dated year 1, at
 * `/1/01/01/{name}/`, so this site does too, and says what to add.
 */
function undatedHugoPost(file: SourceFile, raw: RawFile, findings: FindingList): WrittenDate | undefined {
  // Hugo reads a date in the name only where the site's config says `frontmatter: {date: [":filename", …]}`.
  const named = datedFileName(file) ? " (Hugo did not read the date its file name starts with)" : "";
  // A date written but not read has its own warning, at its line, saying how to write it.
  if (!HUGO_DATE_KEYS.some((key) => raw.fields[key] !== undefined)) {
    findings.warning(
      file.relative,
      1,
      `\`date\` is missing, so the post is dated January 1 of year 1 and listed last, as Hugo did${named}; add \`date: YYYY-MM-DD HH:MM:SS -0400\``,
    );
  }
  const zero = readWrittenDate("0001-01-01");
  return zero && { ...zero, year: "1" };
}
