// `npm run new:post -- --en "English title" --fr "Titre français" [--date YYYY-MM-DD] [--author "…"]`
// writes a translated pair of posts into the content tree, each naming the
// other in `trans_url`, and prints their future URLs. Writes nothing when a
// file or URL already exists.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { routing, type Locale } from "@/i18n/routing";
import { contentDir } from "@/lib/config";
import { loadContent } from "@/lib/build/load";
import { absoluteUrl, foldSlug, postPath } from "@/lib/urls";

const LAYOUT = "cds/post";
const PLACEHOLDER: Record<Locale, string> = { en: "Write the post here.", fr: "Rédigez le billet ici." };

function fail(message: string): never {
  console.error(`new:post: ${message}`);
  process.exit(1);
}

/** The UTC offset Ottawa keeps on that day, as Jekyll writes it (`-0400`). */
function ottawaOffset(day: string): string {
  const name = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", timeZoneName: "longOffset" })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === "timeZoneName")?.value;
  return (name ?? "GMT-05:00").replace("GMT", "").replace(":", "") || "+0000";
}

function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(new Date());
}

const { values } = parseArgs({
  options: { en: { type: "string" }, fr: { type: "string" }, date: { type: "string" }, author: { type: "string" } },
});
if (!values.en || !values.fr) fail('give both titles: --en "English title" --fr "Titre français"');
const day = values.date ?? today();
const [year, month, dayOfMonth] = day.split("-");
if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
  fail(`--date ${day} is not a date; write YYYY-MM-DD`);

const root = path.resolve(contentDir());
const titles: Record<Locale, string> = { en: values.en, fr: values.fr };
const date = { year, month, day: dayOfMonth };
const posts = routing.locales.map((locale) => {
  const slug = foldSlug(titles[locale]);
  if (!slug) fail(`the ${locale} title has no letters or digits to make a URL from`);
  return {
    locale,
    slug,
    file: path.join(root, "_posts", locale, `${day}-${slug}.md`),
    path: postPath(locale, date, slug),
  };
});

const existing = await loadContent(root);
for (const post of posts) {
  if (fs.existsSync(post.file)) fail(`${path.relative(root, post.file)} already exists; nothing written`);
  const taken = existing.posts.find((other) => other.path === post.path);
  if (taken) fail(`${post.path} is already the URL of ${taken.source}; nothing written`);
}

const quote = (text: string) => JSON.stringify(text);
for (const [post, other] of [posts, [...posts].reverse()]) {
  const frontMatter = [
    "---",
    `title: ${quote(titles[post.locale])}`,
    ...(values.author ? [`author: ${quote(values.author)}`] : []),
    `date: ${day} 09:00:00 ${ottawaOffset(day)}`,
    `lang: ${post.locale}`,
    `layout: ${LAYOUT}`,
    `trans_url: ${quote(`/${year}/${month}/${dayOfMonth}/${other.slug}/`)}`,
    "---",
  ];
  fs.mkdirSync(path.dirname(post.file), { recursive: true });
  fs.writeFileSync(post.file, `${frontMatter.join("\n")}\n${PLACEHOLDER[post.locale]}\n`);
  console.log(`${path.relative(process.cwd(), post.file)} → ${absoluteUrl(post.path)}`);
}
