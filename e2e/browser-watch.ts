// What a page does in a real browser beyond its HTML: requests to hosts this
// machine cannot reach answered from here (after the security policy is
// checked), and every policy violation, console error and page error recorded.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { imageOrigins } from "./security-headers";

const EMBED = "https://www.youtube-nocookie.com";
const PIXEL = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#ffffff" } })
  .png()
  .toBuffer();

/** This machine has no network: the embed host and the content's image hosts answer from here, after the policy is checked. */
export async function stubRemoteHosts(page: Page) {
  await page.route(`${EMBED}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>video</title>" }),
  );
  for (const origin of imageOrigins) {
    await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: "image/png", body: PIXEL }));
  }
}

/** Listens for policy violations and console errors from the first script on. */
/** Returns what was recorded since the last call (each page of a visit is judged on its own). */
export async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const log = ((window as { __violations?: string[] }).__violations ??= []);
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => {
    const violations = await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
    return [...problems.splice(0), ...violations.map((violation) => `CSP: ${violation}`)];
  };
}
