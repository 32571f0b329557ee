import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The same suite machinery against a build made with SITE_URL_EN and
// SITE_URL_FR (npm run test:domains): requests carry each domain's Host header.
export default defineConfig({ ...base, testDir: "e2e-domains" });
