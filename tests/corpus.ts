// Where the real CDS corpus lives beside the repo; tests that need it skip, saying why, where it is absent.
import fs from "node:fs";
import path from "node:path";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../shared/corpus/cds-jekyll-2018");
export const corpusPresent = fs.existsSync(path.join(CORPUS_DIR, "_posts"));

if (!corpusPresent) console.warn(`Skipping corpus tests: ${CORPUS_DIR} is absent.`);

export function corpusPostFiles(): string[] {
  return ["en", "fr"].flatMap((locale) =>
    fs.readdirSync(path.join(CORPUS_DIR, "_posts", locale)).map((name) => `_posts/${locale}/${name}`),
  );
}
