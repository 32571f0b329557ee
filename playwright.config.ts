import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// This machine cannot download Playwright's browsers: use Debian's Chromium
// (CHROMIUM_PATH or /usr/bin/chromium) and fall back to Playwright's own where installed.
const systemChromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: "http://localhost:3000",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npm run start",
    url: "http://localhost:3000/",
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
