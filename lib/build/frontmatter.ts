// Splits a content file into front matter and body, reading it the way its
// generator did. The three formats Hugo reads: YAML between `---` lines, TOML
// between `+++` lines, and a JSON object. YAML is read by each generator's own
// rules (./yaml.ts); a key written twice keeps its last value, with a warning.
// Hugo reads keys without regard to case (`Title:` is `title`), Jekyll does
// not, so they are folded for a Hugo tree.
import yaml from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import type { FindingList } from "./findings";
import { FRONT_MATTER_KEYS } from "./schema";
import { yamlMistake } from "./yaml-mistakes";
import { endOfFirstDocument, readYamlText, type Generator } from "./yaml";

export type RawFile = {
  fields: Record<string, unknown>;
  /** The file line of a front-matter key, for findings (line 1 when the key is absent). */
  keyLine: (key: string) => number;
  body: string;
  bodyLine: number;
};

type Format = "yaml" | "toml" | "json";

type Located = {
  format: Format;
  /** The front matter's own text, without its delimiters. */
  text: string;
  /** The file line of the front matter's first line of text. */
  firstLine: number;
  body: string;
  bodyLine: number;
};

const DELIMITERS: Record<string, Format> = { "---": "yaml", "+++": "toml" };

/**
 * Where Hugo's page lexer looked for front matter: past spaces, tabs, line breaks and byte order marks only. Any
 * other character (a no-break space an editor pasted) starts the body, and the file has no front matter.
 */
const BEFORE_FRONT_MATTER = /^[ \t\r\n\uFEFF]*/;

/** Whether a file opens with front matter in any format Hugo reads: `---`, `+++` or `{` where Hugo's lexer looked. */
export function hasFrontMatter(text: string): boolean {
  return /^(---|\+\+\+|\{)/.test(text.replace(BEFORE_FRONT_MATTER, ""));
}

export function splitFrontMatter(
  file: string,
  text: string,
  findings: FindingList,
  generator: Generator,
): RawFile | undefined {
  const located = locate(text.replace(/^\uFEFF/, ""), generator);
  if (located === "unclosed") {
    findings.error(file, 1, "the front matter is never closed; end it with a line like the one that opens it");
    return undefined;
  }
  if (located && "skipped" in located) reportSkippedByComment(file, located.skipped, findings);
  if (located && !("format" in located)) return { fields: {}, keyLine: () => 1, ...located };
  if (!located) {
    reportUndelimitedFrontMatter(file, text, findings);
    return { fields: {}, keyLine: () => 1, body: text, bodyLine: 1 };
  }
  const fields = parseFields(file, located, generator, findings);
  if (!fields) return undefined;
  const lines = keyLinesOf(located);
  reportRepeatedKeys(file, lines, findings);
  const folded = generator === "hugo" ? foldKeys(file, fields, lines, findings) : { fields, lines };
  return {
    fields: folded.fields,
    keyLine: (key) => folded.lines.get(key)?.at(-1) ?? 1,
    body: located.body,
    bodyLine: located.bodyLine,
  };
}

/**
 * A file that opens with `title: …` but no `---` line (the department's 2021
 * lexicon section did): both generators read it as text, so it is published
 * so, and the editor is told how to make those lines front matter again.
 */
function reportUndelimitedFrontMatter(file: string, text: string, findings: FindingList): void {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const delimiter = lines[first]?.trim();
  if (delimiter === "---" || delimiter === "+++") {
    findings.warning(
      file,
      first + 1,
      `an invisible character (such as a no-break space) stands before \`${delimiter}\`, so the front matter is read as text, as Hugo read it; delete everything before \`${delimiter}\` on that line`,
    );
    return;
  }
  const key = first < 0 ? undefined : /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|\r?$)/.exec(lines[first])?.[1];
  if (!key || !CANONICAL_KEYS.has(key.toLowerCase())) return;
  findings.warning(
    file,
    first + 1,
    `the file opens with \`${key}:\` but no \`---\` line, so those lines are read as text, not as front matter; put a line \`---\` before and after them`,
  );
}

function locate(text: string, generator: Generator): Located | BodyAfterComment | "unclosed" | undefined {
  const start = BEFORE_FRONT_MATTER.exec(text)?.[0].length ?? 0;
  if (start === text.length) return undefined;
  if (generator === "hugo" && text.startsWith("<!--", start)) return locateAfterComment(text, start);
  return locateAt(text, start, generator);
}

function locateAt(text: string, start: number, generator: Generator): Located | "unclosed" | undefined {
  if (text[start] === "{") return locateJson(text, start);
  return generator === "hugo" ? locateAsHugo(text, start) : locateAsJekyll(text);
}

/**
 * Lines Hugo's lexer skipped after a comment opening a file that a reader of it as HTML would see (`from` to `to`),
 * or the line of a comment after which Hugo found no `-->` at all (no `to`).
 */
type Skipped = { from: number; to?: number };

/** A file that opens with an HTML comment, read as Hugo read it: its body, and its front matter where it has one. */
type BodyAfterComment = (Located | { body: string; bodyLine: number }) & { skipped?: Skipped };

/**
 * Hugo's page lexer on a file that opens with `<!--` (hidden front matter, its comment said): it skipped the rest of
 * that line, read front matter where it then found some, and skipped everything else up to the next `-->`, which
 * ends the comment it thought open, even where the first line had closed it (checked with Debian's hugo). With no
 * `-->` left, Hugo stopped building; this site reads the file as written.
 */
function locateAfterComment(text: string, start: number): BodyAfterComment | "unclosed" {
  const firstLineEnd = text.indexOf("\n", start);
  const next = firstLineEnd < 0 ? text.length : firstLineEnd + 1;
  const inner = next + (BEFORE_FRONT_MATTER.exec(text.slice(next))?.[0].length ?? 0);
  const located = inner < text.length ? locateAt(text, inner, "hugo") : undefined;
  if (located === "unclosed") return located;
  const from = located ? text.length - located.body.length : inner;
  const end = text.indexOf("-->", from);
  if (end < 0) return { body: text, bodyLine: 1, skipped: { from: lineAt(text, start) } };
  const bodyStart = end + 3;
  // Where the first line closed its comment, what Hugo skipped stood outside any comment.
  const visible = text.slice(start + 4, next).includes("-->") && text.slice(from, end).trim() !== "";
  return {
    ...located,
    body: text.slice(bodyStart),
    bodyLine: lineAt(text, bodyStart),
    skipped: visible ? { from: lineAt(text, from), to: lineAt(text, end) } : undefined,
  };
}

function reportSkippedByComment(file: string, skipped: Skipped | undefined, findings: FindingList): void {
  if (!skipped) return;
  const fix = "move the comment below the first paragraph, or delete it";
  if (skipped.to === undefined) {
    findings.warning(
      file,
      skipped.from,
      `the file opens with \`<!--\`, and Hugo found no \`-->\` after that line, so it stopped building; this site publishes the file as written: ${fix}`,
    );
    return;
  }
  findings.warning(
    file,
    skipped.from,
    `the file opens with \`<!--\`, so Hugo skipped everything up to the next \`-->\`, on line ${skipped.to}: lines ${skipped.from} to ${skipped.to} are not published, here either; ${fix}`,
  );
}

/**
 * Hugo's page lexer: `---` or `+++` opens front matter, whatever follows on
 * its line (`--- # notes` is YAML with a comment), and the first later line
 * that starts with the same three characters closes it; what follows them on
 * that line is the body's first line.
 */
function locateAsHugo(text: string, start: number): Located | "unclosed" | undefined {
  const delimiter = ["---", "+++"].find((each) => text.startsWith(each, start));
  if (!delimiter) return undefined;
  const open = start + 3 + lineBreakLength(text, start + 3);
  const closer = new RegExp(`[\\r\\n]${delimiter.replace(/\+/g, "\\+")}`, "g");
  closer.lastIndex = open - 1;
  const found = closer.exec(text);
  if (!found) return "unclosed";
  const close = found.index + 1;
  const bodyStart = close + 3 + lineBreakLength(text, close + 3);
  return {
    format: DELIMITERS[delimiter],
    text: text.slice(open, close),
    firstLine: lineAt(text, open),
    body: text.slice(bodyStart),
    bodyLine: lineAt(text, bodyStart),
  };
}

/** Jekyll's: a line of `---` alone opens front matter, and one of `---` or `...` alone closes it. */
function locateAsJekyll(text: string): Located | "unclosed" | undefined {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const opening = lines[first].trim();
  const format = DELIMITERS[opening];
  if (!format) return undefined;
  const closing = lines.findIndex(
    (line, index) => index > first && (line.trim() === opening || (format === "yaml" && line.trim() === "...")),
  );
  if (closing < 0) return "unclosed";
  return {
    format,
    text: lines.slice(first + 1, closing).join("\n"),
    firstLine: first + 2,
    body: lines.slice(closing + 1).join("\n"),
    bodyLine: closing + 2,
  };
}

function locateJson(text: string, start: number): Located | "unclosed" {
  const end = endOfJsonObject(text, start);
  if (end < 0) return "unclosed";
  const bodyStart = end + 1 + lineBreakLength(text, end + 1);
  return {
    format: "json",
    text: text.slice(start, end + 1),
    firstLine: lineAt(text, start),
    body: text.slice(bodyStart),
    bodyLine: lineAt(text, bodyStart),
  };
}

/** The length of the line break at `at` (`\r\n`, `\n` or `\r`), 0 where there is none. */
function lineBreakLength(text: string, at: number): number {
  const carriage = text[at] === "\r" ? 1 : 0;
  return carriage + (text[at + carriage] === "\n" ? 1 : 0);
}

/** The file line (from 1) of the character at `offset`. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The index of the `}` that closes the JSON object opened at `start`, or -1. */
function endOfJsonObject(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** The line, from 0, of the position V8 names in a JSON error ("… in JSON at position 45"). */
function jsonErrorLine(text: string, error: SyntaxError): number {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  return position === undefined ? 0 : text.slice(0, Number(position)).split("\n").length - 1;
}

const FORMAT_NAMES: Record<Format, string> = { yaml: "YAML", toml: "TOML", json: "JSON" };

function parseFields(
  file: string,
  located: Located,
  generator: Generator,
  findings: FindingList,
): Record<string, unknown> | undefined {
  const invalid = (offset: number, reason: string) => {
    findings.error(
      file,
      located.firstLine + offset,
      `front matter is not valid ${FORMAT_NAMES[located.format]}: ${reason}; fix the front matter`,
    );
    return undefined;
  };
  let fields: unknown;
  const yamlText = located.format === "yaml" ? firstDocument(file, located, findings) : "";
  try {
    if (located.format === "yaml") {
      fields = readYamlText(yamlText, generator) ?? {};
    } else if (located.format === "toml") {
      fields = datesAsWritten(parseToml(located.text));
    } else {
      fields = JSON.parse(located.text);
    }
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { line, words } = yamlMistake(yamlText, error);
      findings.error(file, located.firstLine + line, `front matter is not valid YAML: ${words}`);
      return undefined;
    }
    if (error instanceof TomlError) {
      return invalid(error.line - 1, error.message.split("\n")[0].replace(/^Invalid TOML document: /, ""));
    }
    if (error instanceof SyntaxError) return invalid(jsonErrorLine(located.text, error), error.message);
    throw error;
  }
  if (!isRecord(fields)) {
    findings.error(file, located.firstLine, "front matter must be `key: value` lines between the --- lines");
    return undefined;
  }
  return fields;
}

/**
 * The front matter's first YAML document, the one Hugo read: it ends at a line
 * `...` (or a second `---`), or where an indented first key stops (below). The
 * page is published with the keys read, as Hugo published it, and the editor
 * told which lines were not.
 */
function firstDocument(file: string, located: Located, findings: FindingList): string {
  const text = documentBeforeIndentEnds(file, located, findings);
  const end = endOfFirstDocument(text);
  if (end !== undefined) {
    findings.warning(
      file,
      located.firstLine + end,
      `this line ends the front matter's YAML, so Hugo read none of the keys after it, and neither does this site; remove the line to publish them`,
    );
  }
  return text;
}

/**
 * YAML whose first key is indented ends, to both generators' parser
 * (libyaml), at the first line indented less: what follows is a second
 * document, which they never read.
 */
function documentBeforeIndentEnds(file: string, located: Located, findings: FindingList): string {
  const lines = located.text.split("\n");
  const isContent = (line: string) => line.trim() !== "" && !line.trim().startsWith("#");
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const first = lines.findIndex(isContent);
  if (first < 0 || indentOf(lines[first]) === 0) return located.text;
  const end = lines.findIndex(
    (line, index) => index > first && isContent(line) && indentOf(line) < indentOf(lines[first]),
  );
  if (end < 0) return located.text;
  findings.warning(
    file,
    located.firstLine + end,
    `this line and those after it are not read: the front matter's first key is indented and this line is indented less, so Hugo read only the lines before it, and so does this site; indent every key alike`,
  );
  return lines.slice(0, end).join("\n");
}

/** TOML dates are values of their own; this site reads every date as the text the editor wrote. */
function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, datesAsWritten(inner)]));
  return value;
}

/** The file lines where each top-level key is written. */
function keyLinesOf(located: Located): Map<string, number[]> {
  if (located.format === "yaml") return yamlKeyLines(located.text, located.firstLine);
  const keys = new Map<string, number[]>();
  const pattern = located.format === "toml" ? /^\s*(["']?)([\w.-]+)\1\s*=/ : /^\s*"((?:[^"\\]|\\.)+)"\s*:/;
  for (const [index, line] of located.text.split("\n").entries()) {
    if (located.format === "toml" && /^\s*\[/.test(line)) break;
    const match = pattern.exec(line);
    const key = match && (located.format === "toml" ? match[2] : match[1]);
    if (key) keys.set(key, [...(keys.get(key) ?? []), located.firstLine + index]);
  }
  return keys;
}

/**
 * YAML's top-level keys start at column 0; lines inside a quoted value that
 * spans several lines are skipped.
 */
function yamlKeyLines(yamlText: string, firstLine: number): Map<string, number[]> {
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
    keys.set(key, [...(keys.get(key) ?? []), index + firstLine]);
    const value = (match[2] ?? "").trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && countQuotes(value.slice(1), quote) % 2 === 0) openQuote = quote;
  });
  return keys;
}

function reportRepeatedKeys(file: string, keyLines: Map<string, number[]>, findings: FindingList): void {
  for (const [key, lines] of keyLines) {
    for (const line of lines.slice(0, -1)) {
      findings.warning(
        file,
        line,
        `\`${key}\` is written twice (again on line ${lines.at(-1)}); the last value is used, delete this one`,
      );
    }
  }
}

const CANONICAL_KEYS = new Map(FRONT_MATTER_KEYS.map((key) => [key.toLowerCase(), key]));

const canonicalKey = (key: string) => CANONICAL_KEYS.get(key.toLowerCase()) ?? key.toLowerCase();

/**
 * Hugo's reading of keys: `Title`, `TITLE` and `title` are one key, at any
 * depth. Two spellings of one key keep the last, and the editor is told.
 */
function foldKeys(
  file: string,
  fields: Record<string, unknown>,
  keyLines: Map<string, number[]>,
  findings: FindingList,
): { fields: Record<string, unknown>; lines: Map<string, number[]> } {
  const lines = new Map<string, number[]>();
  const written = new Map<string, string>();
  for (const [key, at] of keyLines) {
    const canonical = canonicalKey(key);
    const earlier = written.get(canonical);
    if (earlier !== undefined && earlier !== key) {
      findings.warning(
        file,
        at[0],
        `\`${key}\` and \`${earlier}\` are the same key (case does not count); the last one is used, delete the other`,
      );
    }
    written.set(canonical, key);
    lines.set(
      canonical,
      [...(lines.get(canonical) ?? []), ...at].sort((a, b) => a - b),
    );
  }
  return { fields: foldRecord(fields), lines };
}

function foldRecord(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [canonicalKey(key), foldValue(value)]));
}

function foldValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(foldValue);
  return isRecord(value) ? foldRecord(value) : value;
}

/** Unescaped quote characters in a line (`\"` in double quotes, `''` in single quotes do not count). */
function countQuotes(text: string, quote: '"' | "'"): number {
  const unescaped = quote === '"' ? text.replace(/\\./g, "") : text.replace(/''/g, "");
  return unescaped.split(quote).length - 1;
}

/** A group of keys (a YAML mapping, a TOML table, a JSON object), not a list or a value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
