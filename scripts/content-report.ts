// `npm run content:report [DIR] [--json]`: per language, how posts pair with
// their translations, how many pages and redirect stubs it has, where each
// post's and page's "Date modified" comes from, then the posts and pages an
// editor should look at.
import path from "node:path";
import { routing } from "@/i18n/routing";
import { contentDir } from "@/lib/config";
import { loadContent, type Pairing } from "@/lib/build/load";
import type { Page } from "@/lib/content/model";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const root = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? contentDir());
const { pairings, unpublished, pages, homes, stubs, posts: shown, gitHistory } = await loadContent(root);
const posts = pairings.filter((pairing) => pairing.kind === "post");

type DateSource = NonNullable<Page["modified"]>["source"] | "none";
const dateSourceOf = (entry: { modified?: Page["modified"] }): DateSource => entry.modified?.source ?? "none";
const DATE_SOURCES: DateSource[] = ["front matter", "git", "published", "none"];
// A home with no date of its own shows its newest post's, as Hugo dates a list.
const dated = [...shown, ...pages];
const undated = pages.filter((page) => !page.modified);

const DATE_HISTORY: Record<typeof gitHistory.history, string> = {
  whole: "the whole history",
  shallow: `a shallow clone, which cannot date ${gitHistory.undated} file(s): fetch the full history for true dates`,
  none: "none, the tree is not in git: pages are dated by lastmod or date",
};

const needsAttention = (pairing: Pairing) => !pairing.translation || pairing.match !== "exact" || !pairing.reciprocal;
const report = {
  root,
  languages: Object.fromEntries(
    routing.locales.map((locale) => {
      const mine = posts.filter((pairing) => pairing.locale === locale);
      const count = (match: Pairing["match"]) => mine.filter((pairing) => pairing.match === match).length;
      return [
        locale,
        {
          posts: mine.length,
          pairs: mine.filter((pairing) => pairing.translation).length,
          withoutTranslation: mine.filter((pairing) => !pairing.translation).length,
          foundByFolding: count("folded"),
          foundBySlug: count("slug"),
          foundFromOtherSide: count("other-side"),
          notReciprocal: mine.filter((pairing) => !pairing.reciprocal).length,
          drafts: unpublished.filter((post) => post.locale === locale && post.reason === "draft").length,
          scheduled: unpublished.filter((post) => post.locale === locale && post.reason === "scheduled").length,
          pages: [...pages, ...homes].filter((page) => page.locale === locale).length,
          stubs: stubs.filter((stub) => stub.locale === locale).length,
          ...Object.fromEntries(
            DATE_SOURCES.map((source) => [
              `dated by ${source}`,
              dated.filter((entry) => entry.locale === locale && dateSourceOf(entry) === source).length,
            ]),
          ),
        },
      ];
    }),
  ),
  attention: posts.filter(needsAttention).map(({ source, translation, match, reciprocal }) => ({
    source,
    translation: translation ?? null,
    reason: !translation ? "no translation" : !reciprocal ? "not reciprocal" : `trans_url found by ${match}`,
  })),
  gitHistory: gitHistory.history,
  /** Pages that show no "Date modified": a `lastmod` (or `date`) in their front matter gives them one. */
  undated: undated.map((page) => page.source).sort(),
};

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [locale, counts] of Object.entries(report.languages)) {
    console.log(
      `${locale}: ${Object.entries(counts)
        .map(([name, value]) => `${name} ${value}`)
        .join(", ")}`,
    );
  }
  console.log(report.attention.length ? "Needs an editor's attention:" : "Nothing needs an editor's attention.");
  for (const item of report.attention)
    console.log(`  ${item.source}: ${item.reason}${item.translation ? ` (${item.translation})` : ""}`);
  console.log(`Dates modified read from git: ${DATE_HISTORY[report.gitHistory]}.`);
  if (report.undated.length) console.log(`Pages that show no "Date modified" (add lastmod to their front matter):`);
  for (const source of report.undated) console.log(`  ${source}`);
}
