import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // A focused test would silently skip the rest of the suite in CI.
    allowOnly: !process.env.CI,
  },
});
