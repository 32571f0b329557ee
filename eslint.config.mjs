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
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "public/assets/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
