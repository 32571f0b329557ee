import { test } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { expectLandsOn } from "./html";
import { entries, site, sourceFrontMatter } from "./site";

// Links shared years ago, on the old sites, still land (posts: see posts.spec.ts).

test("old section paths answer 308 to the blogs", async ({ request }) => {
  await expectLandsOn(request, "/blog/", blogPath("en"));
  await expectLandsOn(request, "/blogue/", blogPath("fr"));
});

test("a page's old permalinks (redirect_from) answer 308 to it", async ({ request }) => {
  const withFormer = entries().filter((entry) => Array.isArray(sourceFrontMatter(entry).redirect_from));
  test.skip(withFormer.length === 0, "no page of this content tree declares redirect_from");
  for (const page of withFormer) {
    for (const former of sourceFrontMatter(page).redirect_from as string[])
      await expectLandsOn(request, former, page.path);
  }
});

test("a page's or post's index file (`/en/about/index.html`), which the old sites served as the page, answers 308 to it", async ({
  request,
}) => {
  // Jekyll and Hugo both wrote every page as `{address}/index.html`, and links to that name still circulate.
  const sample = [...site.pages, ...site.posts.slice(0, 10)];
  test.skip(sample.length === 0, "this content tree has no page or post");
  for (const entry of sample) await expectLandsOn(request, `${entry.path}index.html`, entry.path);
});
