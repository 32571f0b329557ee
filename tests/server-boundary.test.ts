import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps build code (lib/build/) out of what serves requests.
const eslint = new ESLint({ cwd: process.cwd() });
const importing = (specifier: string) =>
  `import { loadContent } from "${specifier}";\nexport const load = loadContent;\n`;

async function boundaryErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(importing(specifier), { filePath });
  return result.messages
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("server code and build code", () => {
  it.each([
    ["lib/content/store.ts", "@/lib/build/load"],
    ["lib/content/store.ts", "../build/load"],
    ["app/[locale]/page.tsx", "@/lib/build/load"],
    ["components/PostArticle.tsx", "../lib/build/load"],
    ["proxy.ts", "./lib/build/load"],
  ])("fails the lint when %s imports %s", async (file, specifier) => {
    expect(await boundaryErrors(file, specifier)).toEqual([expect.stringContaining("must not import build code")]);
  });

  it.each([
    ["scripts/lib/content-build.ts", "@/lib/build/load"],
    ["lib/build/translations.ts", "./load"],
    ["tests/content.test.ts", "@/lib/build/load"],
  ])(
    "lets %s import %s",
    async (file, specifier) => {
      expect(await boundaryErrors(file, specifier)).toEqual([]);
    },
    20_000,
  );
});
