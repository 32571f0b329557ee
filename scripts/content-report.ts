// `npm run content:report [DIR] [--json]`: per language, how posts pair with
// their translations, how many pages and redirect stubs it has, then the
// posts an editor should look at.
import path from "node:path";
import { routing } from "@/i18n/routing";
import { contentDir } from "@/lib/config";
import { loadContent, type Pairing } from "@/lib/build/load";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const root = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? contentDir());
const { pairings, unpublished, pages, homes, stubs } = await loadContent(root);
const posts = pairings.filter((pairing) => pairing.kind === "post");

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
        },
      ];
    }),
  ),
  attention: posts.filter(needsAttention).map(({ source, translation, match, reciprocal }) => ({
    source,
    translation: translation ?? null,
    reason: !translation ? "no translation" : !reciprocal ? "not reciprocal" : `trans_url found by ${match}`,
  })),
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
}
