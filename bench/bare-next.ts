// The comparison the benchmark makes for builds: a throwaway Next.js app with
// one trivial prerendered page per post and nothing else, built with the same
// Next as the site, so the difference is what this site adds.
import fs from "node:fs";
import path from "node:path";

/** Under node_modules, where no linter, formatter or type check of the repo looks. */
export const BARE_APP_DIR = path.resolve("node_modules/.cache/cds-bench/bare-next");

export function writeBareApp(dir: string, pages: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app", "p", "[slug]"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  );
  // Inside the repo (BARE_APP_DIR), so it resolves the same packages; the repo is its root.
  fs.writeFileSync(
    path.join(dir, "next.config.js"),
    `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  // Plain createElement: files under node_modules get no JSX transform.
  const h = 'import { createElement as h } from "react";';
  fs.writeFileSync(
    path.join(dir, "app", "layout.js"),
    `${h}\nexport default function Layout({ children }) {\n  return h("html", { lang: "en" }, h("body", null, children));\n}\n`,
  );
  fs.writeFileSync(
    path.join(dir, "app", "page.js"),
    `${h}\nexport default function Home() {\n  return h("h1", null, "Home");\n}\n`,
  );
  fs.writeFileSync(
    path.join(dir, "app", "p", "[slug]", "page.js"),
    [
      h,
      "export const dynamicParams = false;",
      `export function generateStaticParams() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ slug: "page-" + i }));\n}`,
      'export default async function Page({ params }) {\n  const { slug } = await params;\n  return h("main", null, h("h1", null, slug), h("p", null, "A trivial page."));\n}',
    ].join("\n"),
  );
}
