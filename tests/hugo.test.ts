import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";

const hugo = path.join(import.meta.dirname, "fixtures", "hugo");

describe("a Hugo-style tree, as the CDS site stands today", () => {
  it.each([hugo, path.join(hugo, "content")])(
    "reads posts from %s at the addresses Hugo published (its sanitizer drops ’ : & …), pairs by translationKey, `layout: blog` and all",
    async (root) => {
      const { posts, findings } = await loadContent(root);
      expect(findings).toEqual([]);
      expect(Object.fromEntries(posts.map((post) => [post.path, post.translationPath ?? null]))).toEqual({
        "/en/2019/07/08/lonely/": null,
        "/en/2019/06/07/qampa-with-our-team/": "/fr/2019/06/07/qampr-avec-notre-equipe/",
        "/fr/2019/06/07/qampr-avec-notre-equipe/": "/en/2019/06/07/qampa-with-our-team/",
        "/en/2019/05/06/leading-dash/": "/fr/2019/05/06/tiret/",
        "/fr/2019/05/06/tiret/": "/en/2019/05/06/leading-dash/",
        "/en/2019/03/04/whats-new-the-plan/": "/fr/2019/03/04/quoi-de-neuf-le-plan/",
        "/fr/2019/03/04/quoi-de-neuf-le-plan/": "/en/2019/03/04/whats-new-the-plan/",
        "/en/2019/02/01/trial-for-canada-ca/": "/fr/2019/02/01/essai-pour-canada-ca/",
        "/fr/2019/02/01/essai-pour-canada-ca/": "/en/2019/02/01/trial-for-canada-ca/",
      });
    },
  );

  it("reads tags as a list, drops empty ones, and makes one tag of each spelling", async () => {
    const { posts, tags } = await loadContent(hugo);
    const tagsOf = (path: string) => posts.find((post) => post.path === path)?.tags;
    expect(tagsOf("/en/2019/05/06/leading-dash/")).toEqual(["gc-notify", "accessibility"]);
    expect(tagsOf("/en/2019/06/07/qampa-with-our-team/")).toEqual(["gc-notify", "team"]);
    expect(tagsOf("/en/2019/07/08/lonely/")).toEqual([]);
    const gcNotify = tags.find((tag) => tag.locale === "en" && tag.slug === "gc-notify");
    expect(gcNotify?.name).toBe("GC Notify");
    expect(gcNotify?.posts).toHaveLength(3);
  });

  it("pairs each tag with the other language's tag found on the same posts' translations", async () => {
    const { tags } = await loadContent(hugo);
    const pairs = Object.fromEntries(tags.map((tag) => [`${tag.locale}/${tag.slug}`, tag.translationSlug ?? null]));
    expect(pairs).toEqual({
      "en/accessibility": "accessibilite",
      "en/gc-notify": "notification-gc",
      "en/planning": "planification",
      "en/team": "equipe",
      "fr/accessibilite": "accessibility",
      "fr/equipe": "team",
      "fr/notification-gc": "gc-notify",
      "fr/planification": "planning",
    });
    expect(tags.find((tag) => tag.slug === "accessibilite")?.name).toBe("Accessibilité");
  });

  it("takes each blog section's own text from its _index.md", async () => {
    const { sections } = await loadContent(hugo);
    expect(sections.map((section) => [section.locale, section.description])).toEqual([
      ["en", "Stories from the team about building services with the people who use them."],
      ["fr", "Des récits de l’équipe sur la conception de services avec les personnes qui les utilisent."],
    ]);
  });

  it("keeps remote images and thumbnails as written, and allows exactly their host", async () => {
    const { posts, imageOrigins } = await loadContent(hugo);
    const plan = posts.find((post) => post.path === "/en/2019/03/04/whats-new-the-plan/");
    expect(plan?.image).toEqual({
      src: "https://d1abcdefghijkl.cloudfront.net/blog/plan.jpg",
      alt: "A whiteboard with the plan",
    });
    expect(plan?.thumb?.src).toBe("https://d1abcdefghijkl.cloudfront.net/blog/plan-thumb.jpg");
    expect(imageOrigins).toEqual(["https://d1abcdefghijkl.cloudfront.net"]);
  });
});
