// The department's trees have no stamp and, in ../shared, no git history:
// every pair is listed as never stamped, and nothing new is printed or shown.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";
import { translationReportLines } from "../scripts/lib/translations-report";

const CORPORA = ["cds-jekyll-2018", "cds-hugo-2026"].map((name) =>
  path.resolve(import.meta.dirname, "../../shared/corpus", name),
);

for (const root of CORPORA) {
  const present = fs.existsSync(root);
  if (!present) console.warn(`Skipping the translation report on ${root}: it is absent.`);
  describe.skipIf(!present)(`translations of ${path.basename(root)}`, () => {
    it("lists every pair as never stamped, and says no reader anything", { timeout: 60_000 }, async () => {
      const { translations, posts, pages, findings } = await loadContent(root);
      const report = await translationReportLines(root, translations);
      const pairs = translations.filter((pair) => pair.translation);
      expect(pairs.length).toBeGreaterThan(0);
      expect(pairs.every((pair) => pair.state === "never stamped" && !pair.guess)).toBe(true);
      expect(report[0]).toContain(`0 behind, ${pairs.length} never stamped, 0 in step`);
      expect([...posts, ...pages].filter((entry) => entry.originalUpdated)).toEqual([]);
      expect(findings.filter((finding) => /translated_from|older version/.test(finding.message))).toEqual([]);
    });
  });
}
