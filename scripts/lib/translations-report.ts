// What `npm run translations` prints: every pair of the tree as in step,
// behind, never stamped or untranslated, with the day each side last changed.
// For a pair behind, what changed in the original since the stamped version,
// when git holds that version; in a tree with no stamp at all, a guess from git.
import { loadContent } from "@/lib/build/load";
import type { TranslationReport } from "@/lib/build/translation-status";
import { changedSinceStamp } from "./translation-diff";

const ORDER: Array<TranslationReport["state"]> = ["behind", "never stamped", "in step", "untranslated"];
const day = (side: TranslationReport["original"] | undefined) => side?.modified?.day ?? "no date";

/** The report's lines for the tree `root`, from its `translations` when they are loaded already. */
export async function translationReportLines(root: string, loaded?: readonly TranslationReport[]): Promise<string[]> {
  const translations = loaded ?? (await loadContent(root)).translations;
  const counts = ORDER.map((state) => `${translations.filter((pair) => pair.state === state).length} ${state}`);
  const lines = [`Translations in ${root}: ${counts.join(", ")}.`];
  if (!translations.some((pair) => pair.stamped))
    lines.push(
      "No translation is stamped yet: run npm run translations:stamp -- <file> on each one that is up to date.",
    );
  for (const state of ORDER) {
    const pairs = translations.filter((pair) => pair.state === state);
    if (pairs.length > 0) lines.push("", `${state} (${pairs.length}):`);
    for (const pair of pairs) lines.push(...pairLines(root, pair));
  }
  return lines;
}

function pairLines(root: string, pair: TranslationReport): string[] {
  if (!pair.translation)
    return [`  ${pair.original.source} (${pair.original.locale}, changed ${day(pair.original)}): no translation`];
  const lines = [
    `  ${pair.translation.source} (${pair.translation.locale}, changed ${day(pair.translation)}) ` +
      `translates ${pair.original.source} (${pair.original.locale}, changed ${day(pair.original)})`,
  ];
  if (pair.guess === "original changed last")
    lines.push("    a guess from git dates: the original changed after the translation; compare them, then stamp");
  if (pair.state !== "behind" || !pair.stamped) return lines;
  const diff = changedSinceStamp(root, pair.original.source, pair.stamped);
  if (!diff) {
    lines.push(
      `    the original changed since version ${pair.stamped} (on ${day(pair.original)}); git does not hold that version`,
    );
    return lines;
  }
  lines.push(`    changed in the original since version ${pair.stamped} (commit ${diff.commit.slice(0, 10)}):`);
  return [...lines, ...diff.lines.map((line) => `      ${line}`)];
}
