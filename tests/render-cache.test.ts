import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RenderContext } from "@/lib/build/render";
import { RenderCache } from "@/lib/build/render-cache";

// A rebuild reuses a body's render only while everything it asked still has the same answer.
function contextWith(links: Record<string, string>, seen: string[]): RenderContext {
  return {
    locale: "en",
    rewriteHref: (href) => links[href],
    servedPicture: (src) => src,
    onSanitized: (removed) => seen.push(`sanitized ${removed.join(",")}`),
    onImageWithoutAlt: (src) => seen.push(`no alt ${src}`),
    onRemoteImage: (src) => seen.push(`remote ${src}`),
    onMissingImage: (src) => seen.push(`missing ${src}`),
    onForm: (action) => seen.push(`form ${action}`),
  };
}

describe("render cache", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "render-cache-")), "renders.json");
  const source = {
    body: "See [the post](/2017/01/01/a/).\n\n<script>x</script>",
    format: "markdown" as const,
    locale: "en" as const,
  };

  it("reuses a render in the next build, with its findings, while its links lead to the same place", () => {
    const first = new RenderCache(file, "v1");
    const seenFirst: string[] = [];
    const html = first.render(source, contextWith({ "/2017/01/01/a/": "/en/2017/01/01/a/" }, seenFirst)).html;
    first.save();
    expect(html).toContain('href="/en/2017/01/01/a/"');

    const second = new RenderCache(file, "v1");
    const seenSecond: string[] = [];
    expect(second.render(source, contextWith({ "/2017/01/01/a/": "/en/2017/01/01/a/" }, seenSecond)).html).toBe(html);
    expect([second.hits, second.misses]).toEqual([1, 0]);
    expect(seenSecond).toEqual(seenFirst);
    expect(seenSecond.some((finding) => finding.startsWith("sanitized"))).toBe(true);
  });

  it("renders again when a link now leads elsewhere, or the renderer changed", () => {
    const moved = new RenderCache(file, "v1");
    expect(moved.render(source, contextWith({}, [])).html).toContain('href="/2017/01/01/a/"');
    expect(moved.misses).toBe(1);
    const newRenderer = new RenderCache(file, "v2");
    newRenderer.render(source, contextWith({ "/2017/01/01/a/": "/en/2017/01/01/a/" }, []));
    expect(newRenderer.misses).toBe(1);
  });
});
