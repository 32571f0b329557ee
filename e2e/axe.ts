import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 AA rules axe checks on every page (a Government of Canada site must meet them). */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The WCAG 2.1 AA violations on the page as it stands, each as `rule: targets`,
 * within `selector` when given.
 *
 * Legacy mode runs axe in the page's own frames only. The default mode opens a
 * blank page for every check to merge frame results, which doubled the time
 * of each check here (1.1 s against 0.55 s) and made axe the suite's largest
 * cost. The only frames our pages hold are other hosts' players, which the
 * suite stubs, so nothing of this site goes unchecked.
 */
export async function accessibilityViolations(page: Page, selector?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_21_AA);
  if (selector) builder = builder.include(selector);
  const results = await builder.options({ resultTypes: ["violations"] }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
  );
}
