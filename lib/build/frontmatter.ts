// Splits a content file into front matter and body, reading the YAML the way
// Jekyll did: loose multi-line strings are accepted, a key written twice keeps
// its last value (with a warning), and dates stay text as written so no time
// zone can shift them.
import matter from "gray-matter";
import yaml from "js-yaml";
import type { FindingList } from "./findings";

export type RawFile = {
  fields: Record<string, unknown>;
  /** The file line of a front-matter key, for findings (line 1 when the key is absent). */
  keyLine: (key: string) => number;
  body: string;
  bodyLine: number;
};

/** Line 1 of a file is the opening `---`. */
const FRONT_MATTER_FIRST_LINE = 2;

export function splitFrontMatter(file: string, text: string, findings: FindingList): RawFile | undefined {
  const parts = matter(text, { engines: { yaml: () => ({}) } });
  // gray-matter keeps the newline that ends the opening `---` line.
  const yamlText = parts.matter.replace(/^\r?\n/, "");
  let fields: unknown;
  try {
    // CORE_SCHEMA has no timestamp type, so `2017-08-03 10:00:00 -0400` stays as written.
    fields = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA, json: true }) ?? {};
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const line = error.mark.line + FRONT_MATTER_FIRST_LINE;
    findings.error(file, line, `front matter is not valid YAML: ${error.reason}; fix the YAML between the --- lines`);
    return undefined;
  }
  if (!isRecord(fields)) {
    findings.error(file, FRONT_MATTER_FIRST_LINE, "front matter must be `key: value` lines between the --- lines");
    return undefined;
  }

  const keyLines = topLevelKeyLines(yamlText);
  for (const [key, lines] of keyLines) {
    for (const line of lines.slice(0, -1)) {
      findings.warning(
        file,
        line,
        `\`${key}\` is written twice (again on line ${lines.at(-1)}); the last value is used, delete this one`,
      );
    }
  }
  return {
    fields,
    keyLine: (key) => keyLines.get(key)?.at(-1) ?? 1,
    body: parts.content,
    bodyLine: text.split("\n").length - parts.content.split("\n").length + 1,
  };
}

/**
 * The file lines where each top-level key is written. Keys start at column 0;
 * lines inside a quoted value that spans several lines are skipped.
 */
function topLevelKeyLines(yamlText: string): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  let openQuote: '"' | "'" | undefined;
  yamlText.split(/\r?\n/).forEach((line, index) => {
    if (openQuote) {
      if (countQuotes(line, openQuote) % 2 === 1) openQuote = undefined;
      return;
    }
    const match = /^([^\s#:][^:]*?)\s*:(?:\s+(.*))?$/.exec(line);
    if (!match) return;
    const key = match[1].replace(/^["']|["']$/g, "");
    keys.set(key, [...(keys.get(key) ?? []), index + FRONT_MATTER_FIRST_LINE]);
    const value = (match[2] ?? "").trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && countQuotes(value.slice(1), quote) % 2 === 0) openQuote = quote;
  });
  return keys;
}

/** Unescaped quote characters in a line (`\"` in double quotes, `''` in single quotes do not count). */
function countQuotes(text: string, quote: '"' | "'"): number {
  const unescaped = quote === '"' ? text.replace(/\\./g, "") : text.replace(/''/g, "");
  return unescaped.split(quote).length - 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
