import { test } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { expectLandsOn } from "./html";
import { entries, sourceFrontMatter } from "./site";

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
