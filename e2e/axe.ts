import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type { AxeResults, ElementContext, RunOptions } from "axe-core";

declare global {
  interface Window {
    axe?: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
  }
}

/** The WCAG 2.1 AA rules axe checks on every page (a Government of Canada site must meet them). */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The WCAG 2.1 AA violations on the page as it stands, each as `rule: targets`,
 * within `selector` when given.
 *
 * axe-core is put in the page and run there directly. @axe-core/playwright
 * evaluated its half-megabyte source twice a check and compiling it was most
 * of the suite's axe time (0.56 s a page against 0.27 s). Frames are not
 * entered: the only ones our pages hold are other hosts' players, which the
 * suite stubs, and the rules about a frame itself (its title) run on its
 * element in our page.
 */
export async function accessibilityViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ selector, tags }) => {
      if (!window.axe) throw new Error("axe-core did not load in the page");
      const results = await window.axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
        iframes: false,
      });
      return results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
    },
    { selector, tags: WCAG_21_AA },
  );
}
