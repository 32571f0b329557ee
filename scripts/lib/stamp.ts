// `translated_from` written into a translation: the version of its original
// it now reflects. A translator stamps a translation once it is up to date,
// also after deciding that a change to the original needed no translation;
// git keeps who and when. No other line of the file is touched: it stays as
// the editor wrote it, and the change reads as one line in git.
import fs from "node:fs";
import path from "node:path";
import { FindingList } from "@/lib/build/findings";
import { readPairedDrafts } from "@/lib/build/load";
import { hashOf, translationPairs } from "@/lib/build/translation-status";

/** Stamps each of `files` (paths as the translator typed them); what was written, and what could not be. */
export async function stampTranslations(
  root: string,
  files: readonly string[],
): Promise<{ stamped: string[]; problems: string[] }> {
  const pairs = translationPairs(readPairedDrafts(root, new FindingList()).drafts);
  const stamped: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const absolute = path.resolve(file);
    // Stamping the side the report took for the original says the other one is: it records the other's hash.
    const pair = pairs.find((candidate) =>
      [candidate.translation, candidate.original].some((side) => side?.file.absolute === absolute),
    );
    const original =
      pair?.translation && (pair.translation.file.absolute === absolute ? pair.original : pair.translation);
    if (!original) {
      problems.push(`${file}: no translation of this file is in ${root}; pair it (trans_url or translationKey) first`);
      continue;
    }
    const hash = hashOf(original);
    const text = withStamp(fs.readFileSync(absolute, "utf8"), hash);
    if (!text) {
      problems.push(`${file}: its front matter is not YAML or TOML; write translated_from: ${hash} in it by hand`);
      continue;
    }
    fs.writeFileSync(absolute, text);
    stamped.push(`${file}: translated_from: ${hash} (the current version of ${original.file.relative})`);
  }
  return { stamped, problems };
}

/** The file's text with `translated_from` set to `hash`; undefined when its front matter is neither YAML nor TOML. */
export function withStamp(text: string, hash: string): string | undefined {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const opening = lines[0]?.replace(/^\uFEFF/, "").trim();
  const line =
    opening === "---" ? `translated_from: ${hash}` : opening === "+++" ? `translated_from = "${hash}"` : undefined;
  if (!line) return undefined;
  const closing = lines.findIndex((candidate, index) => index > 0 && candidate.trim() === opening);
  if (closing < 0) return undefined;
  const existing = lines.findIndex(
    (candidate, index) => index > 0 && index < closing && /^translated_from\s*[:=]/.test(candidate),
  );
  if (existing >= 0) lines[existing] = line;
  else lines.splice(closing, 0, line);
  return lines.join(newline);
}
