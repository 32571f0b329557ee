// Validates a file's front matter against the schema the way its generator
// would read it: a value this site cannot use (a list where one address is
// meant, a word where a number is) is left out with a warning naming its line,
// and the file is still published, as Hugo and Jekyll publish it. A date that
// cannot be read stops a Jekyll build, as it stops Jekyll's; Hugo 0.111 reads
// it as no date and publishes the file, and so does this site, with a warning.
import type { FindingList } from "./findings";
import type { RawFile } from "./frontmatter";
import { DATE_KEYS, frontMatterSchema, isHugoDate, readWrittenDate, type FrontMatter } from "./schema";

export type ReadMeta = { meta: FrontMatter; ok: boolean };

/** How an unreadable date is taken: Jekyll stops on it, Hugo reads it as no date. */
export type UnreadableDates = "stop" | "as-hugo";

export function readMeta(
  file: string,
  raw: RawFile,
  findings: FindingList,
  unreadableDates: UnreadableDates = "stop",
): ReadMeta {
  const fields = { ...raw.fields };
  let ok = true;
  reportWordsReadAsBooleans(file, raw, findings);
  if (unreadableDates === "as-hugo") leaveOutDatesHugoCouldNotRead(file, raw, fields, findings);
  for (;;) {
    const parsed = frontMatterSchema.safeParse(fields);
    if (parsed.success) return { meta: parsed.data, ok };
    const keys = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (!keys.delete(key)) continue;
      const where = issue.path.length > 1 ? ` (at ${issue.path.join(".")})` : "";
      const message = plainMessage(issue.message);
      if (DATE_KEYS.has(key) && unreadableDates === "stop") {
        ok = false;
        findings.error(file, raw.keyLine(key), `\`${key}\`${where} ${message}`);
      } else if (DATE_KEYS.has(key)) {
        findings.warning(
          file,
          raw.keyLine(key),
          `\`${key}\`${where} ${message}; Hugo read it as no date, and so does this site until it is fixed`,
        );
      } else {
        findings.warning(
          file,
          raw.keyLine(key),
          `\`${key}\`${where} ${message}; this value is ignored until it is fixed`,
        );
      }
      delete fields[key];
    }
  }
}

/**
 * A date this site could read but Hugo could not (`2018-07-07 10:00`, with no
 * seconds): Hugo took it as no date and published the post at `/1/01/01/name/`
 * (or dated it by its next date key), and so does this site, saying what to write.
 */
function leaveOutDatesHugoCouldNotRead(
  file: string,
  raw: RawFile,
  fields: Record<string, unknown>,
  findings: FindingList,
): void {
  for (const key of DATE_KEYS) {
    const written = fields[key];
    if (typeof written !== "string" || !readWrittenDate(written) || isHugoDate(written)) continue;
    findings.warning(
      file,
      raw.keyLine(key),
      `\`${key}: ${written.trim()}\` is not written in a form Hugo reads; Hugo read it as no date, and so does this site until it is written YYYY-MM-DD HH:MM:SS -0400`,
    );
    delete fields[key];
  }
}

/**
 * The schema gives each key a message saying what to write; this is the net
 * under it, so that an editor never reads the validator's own words.
 */
function plainMessage(message: string): string {
  return /^invalid\b/i.test(message)
    ? "is not a value this site can read; write it as the README's front matter shows"
    : message;
}

/** Keys whose value is shown as text, where a bare `yes` or `off` is surely meant as the word. */
const TEXT_KEYS = ["title", "description", "author", "image-alt"];

/** YAML 1.1, which both generators' parsers read, takes `title: Yes` as true: the page shows "true", as Hugo's did. */
function reportWordsReadAsBooleans(file: string, raw: RawFile, findings: FindingList): void {
  for (const key of TEXT_KEYS) {
    const value = raw.fields[key];
    if (typeof value !== "boolean") continue;
    findings.warning(
      file,
      raw.keyLine(key),
      `\`${key}\` is read as ${value}, as Hugo and Jekyll read a bare yes, no, on or off; put the words in quotes (\`${key}: "…"\`) to show them`,
    );
  }
}
