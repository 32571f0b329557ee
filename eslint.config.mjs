import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Images are served by next/image, except where the HTML comes from content.
      "@next/next/no-img-element": "error",
    },
  },
  {
    // What serves requests never reads, parses or renders content: lib/build/ runs once, at build
    // (scripts/), and the server only reads what it left in lib/content/generated/.
    files: ["app/**", "components/**", "i18n/**", "lib/**", "proxy.ts", "next.config.ts"],
    ignores: ["lib/build/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/build|(\\.\\.?/)+(lib/)?build)(/|$)",
              message:
                "Server code must not import build code (lib/build/): read what the build stored through lib/content/.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    // Build output: the tree's assets and a Hugo tree's static files, served as they are.
    "public/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
