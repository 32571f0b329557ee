import { test } from "@playwright/test";

/**
 * The sample a test needs from the built tree, or the test is skipped with
 * `reason` (test.skip(condition, reason)) when this tree has none.
 */
export function sampleOrSkip<T>(value: T | undefined | null | false, reason: string): T {
  test.skip(!value, reason);
  // Not reached when skipped: test.skip ends the test.
  if (!value) throw new Error(reason);
  return value;
}
