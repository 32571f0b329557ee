import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // A focused test would silently skip the rest of the suite in CI.
    allowOnly: !process.env.CI,
    // Many files wait on child processes (tsx, git): two workers on two cores left
    // the CPU a third idle. With three, a busy machine can stretch a test past
    // vitest's default 5 s, so the ceiling only catches a hang.
    maxWorkers: 3,
    testTimeout: 60_000,
    globalSetup: ["e2e/run-folder.ts"],
  },
});
