import { hasLocalMatch } from "next/dist/shared/lib/match-local-pattern";
import { describe, expect, it } from "vitest";
import { optimizedPicturePatterns } from "@/lib/image-optimizer";

// What Next's optimizer will read, asked as Next asks it: the picture's address
// as a post's `image` writes it, matched against `images.localPatterns`.
const patterns = optimizedPicturePatterns(["img", "plan (draft)", "rapports annuels", "données", "hero.jpg"]);
const optimizes = (src: string) => hasLocalMatch(patterns, src);

describe("the pictures Next's optimizer may read", () => {
  it("are a Jekyll tree's /assets/ and every file and folder at the root of a Hugo tree's static/", () => {
    expect(optimizes("/assets/img/cds/post-images/a.jpg")).toBe(true);
    expect(optimizes("/img/cds/blog-always-a-challenge-2017.jpg")).toBe(true);
    expect(optimizes("/hero.jpg")).toBe(true);
  });

  it("keep a folder's name as written: spaces, accents, a glob's characters", () => {
    expect(optimizes("/rapports annuels/couverture.png")).toBe(true);
    expect(optimizes("/données/carte.png")).toBe(true);
    expect(optimizes("/plan (draft)/sketch.png")).toBe(true);
    expect(optimizes("/plan draft/sketch.png")).toBe(false);
  });

  it("are nothing else: not a page, not another folder of the site", () => {
    expect(optimizes("/en/about/")).toBe(false);
    expect(optimizes("/pictures/0a1b-640.jpg")).toBe(false);
    expect(optimizes("/imgs/a.jpg")).toBe(false);
  });
});
