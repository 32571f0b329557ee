// How long an edit takes to show in an editor's open preview (`npm run dev`
// on a copy of the repo's content/), against its 2 s target: the figure the
// dev test leaves to the benchmark, since a test may only catch a hang.
// Part of `npm run bench`; alone: `npm run bench:preview`.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { editShownAfter, startPreview, stopPreview, warm } from "../e2e-deploy/preview";

const PORT = 3450;
const EDITS = 5;
export const EDIT_SHOWN_TARGET_MS = 2_000;

/** A post of the repo's content/ that has a page in the preview. */
const SAMPLE = {
  source: "_posts/en/2026-01-15-welcome-to-our-new-website.md",
  path: "/en/2026/01/15/welcome-to-our-new-website/",
};

export type PreviewTimes = { ms: number[]; median: number; max: number };

export async function measurePreview(): Promise<PreviewTimes> {
  const preview = await startPreview(path.resolve("content"), PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    await warm(preview, [SAMPLE.path]);
    const ms: number[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      const page = await browser.newPage();
      const title = `An edit measured by the benchmark, number ${edit}`;
      ms.push(
        await editShownAfter(page, preview, { pagePath: SAMPLE.path, source: SAMPLE.source, title, ceilingMs: 30_000 }),
      );
      await page.close();
    }
    const sorted = ms.toSorted((a, b) => a - b);
    return { ms, median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) ?? 0 };
  } finally {
    await browser.close();
    await stopPreview(preview.dev);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { ms, median, max } = await measurePreview();
  const holds = median <= EDIT_SHOWN_TARGET_MS ? "holds" : "does not hold";
  console.log(
    `Preview, save to title shown (${EDITS} edits): ${ms.join(", ")} ms; median ${median} ms, max ${max} ms.`,
  );
  console.log(`Target: median ≤ ${EDIT_SHOWN_TARGET_MS} ms: ${holds}.`);
}
