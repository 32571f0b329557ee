import { expect, test, type APIRequestContext } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { entries, sourceFrontMatter } from "./site";

// Links shared years ago, on the old sites, still land (posts: see posts.spec.ts).
async function expectLandsOn(request: APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(308);
  expect(new URL(response.headers().location, "http://localhost").pathname, from).toBe(to);
}

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
