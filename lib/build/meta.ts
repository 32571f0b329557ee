// Validates a file's front matter against the schema the way its generator
// would read it: a value this site cannot use (a list where one address is
// meant, a word where a number is) is left out with a warning naming its line,
// and the file is still published, as Hugo and Jekyll publish it. Only a date
// that cannot be read stops the build, as it stops Hugo's.
import type { FindingList } from "./findings";
import type { RawFile } from "./frontmatter";
import { DATE_KEYS, frontMatterSchema, type FrontMatter } from "./schema";

export type ReadMeta = { meta: FrontMatter; ok: boolean };

export function readMeta(file: string, raw: RawFile, findings: FindingList): ReadMeta {
  const fields = { ...raw.fields };
  let ok = true;
  for (;;) {
    const parsed = frontMatterSchema.safeParse(fields);
    if (parsed.success) return { meta: parsed.data, ok };
    const keys = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (!keys.delete(key)) continue;
      const where = issue.path.length > 1 ? ` (at ${issue.path.join(".")})` : "";
      if (DATE_KEYS.has(key)) {
        ok = false;
        findings.error(file, raw.keyLine(key), `\`${key}\`${where} ${issue.message}`);
      } else {
        findings.warning(
          file,
          raw.keyLine(key),
          `\`${key}\`${where} ${issue.message}; this value is ignored until it is fixed`,
        );
      }
      delete fields[key];
    }
  }
}
