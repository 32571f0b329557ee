import fs from "node:fs";

// This machine cannot download Playwright's browsers: use Debian's Chromium
// (CHROMIUM_PATH or /usr/bin/chromium) and fall back to Playwright's own (or
// Lighthouse's search for Chrome) where it is not installed.
const systemChromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const chromiumPath: string | undefined = fs.existsSync(systemChromium) ? systemChromium : undefined;

/** No sandbox (root in a container), and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
