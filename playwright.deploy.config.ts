import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The deployment suite (npm run test:deploy): it starts its own standalone
// instances and nginx on loopback ports, one test at a time.
export default defineConfig({
  ...base,
  testDir: "e2e-deploy",
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  webServer: undefined,
});
