// Front matter that neither generator could read stops the build, as it stopped
// Hugo and Jekyll. What the editor reads then must say where the mistake is
// and what to write, not the YAML parser's grammar.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FindingList, formatFinding } from "@/lib/build/findings";
import { splitFrontMatter } from "@/lib/build/frontmatter";
import { readConfig } from "@/lib/build/hugo-config";

function findingsOf(frontMatter: string, opener = "---"): string[] {
  const findings = new FindingList();
  splitFrontMatter("post.md", `${opener}\n${frontMatter}\n${opener}\nBody.\n`, findings, "hugo");
  return findings.all.map(formatFinding);
}

// The parser's grammar, which no editor should have to read.
const JARGON = /mapping|scalar|flow collection|implicit|stream|node|Invalid TOML document/;

describe("front matter that cannot be read", () => {
  const mistakes: Array<[string, string, string]> = [
    [
      "a colon inside a title",
      "date: 2020-01-01\ntitle: Next steps: a plan",
      'post.md:3: error: front matter is not valid YAML: the value of `title` holds ": ", which starts a new key; put the whole value in quotes',
    ],
    [
      "a quote never closed, found lines below",
      'title: "Our plan\ndate: 2020-01-01\nauthor: Someone',
      "post.md:2: error: front matter is not valid YAML: the value of `title` opens a quote (\") that is never closed; close it at the value's end",
    ],
    [
      "an apostrophe inside single quotes",
      "title: 'It's here'",
      "post.md:2: error: front matter is not valid YAML: the value of `title` goes on after its closing quote; put the whole value in quotes, writing a quote inside it as \\\" between double quotes or '' between single quotes",
    ],
    [
      "a list never closed",
      "tags: [Design, Research\ndate: 2020-01-01",
      "post.md:2: error: front matter is not valid YAML: the value of `tags` opens a list that is not closed on its line, or lacks a comma between items; end it with `]` and put an item holding a comma or quote in quotes",
    ],
    [
      "a title that starts with a bracket",
      "title: [Draft] Our plan",
      "post.md:2: error: front matter is not valid YAML: the value of `title` starts with `[`, which opens a list (end the line at its `]` if a list is meant); put the whole value in quotes",
    ],
    [
      "a line without its colon",
      "title: Our plan\ndescription\ndate: 2020-01-01",
      "post.md:3: error: front matter is not valid YAML: this line is not `key: value`; add the colon after its key, or indent it under the key whose value it goes on with",
    ],
    [
      "a key indented under the one before",
      "title: Our plan\n  date: 2020-01-01",
      "post.md:3: error: front matter is not valid YAML: this line is indented unlike the keys around it; line it up with them",
    ],
    [
      "a tab for indentation",
      "menu:\n\tmain: 1",
      "post.md:3: error: front matter is not valid YAML: this line is indented with a tab; indent it with spaces",
    ],
    [
      "a description that starts with a bar, on its line",
      "description: | the plan, in short",
      "post.md:2: error: front matter is not valid YAML: the value of `description` starts with `|`, which starts a block of text on the lines below; put the whole value in quotes",
    ],
    [
      "a title that starts with a backtick",
      "title: `npm` and us",
      "post.md:2: error: front matter is not valid YAML: the value of `title` starts with a backtick, which YAML does not allow there; put the whole value in quotes",
    ],
    [
      "a title that starts with an asterisk",
      "title: *New* plan",
      "post.md:2: error: front matter is not valid YAML: the value of `title` starts with `*`, which YAML reads as a reference; put the whole value in quotes",
    ],
  ];

  for (const [mistake, frontMatter, expected] of mistakes) {
    it(`says where ${mistake} is and what to write`, () => {
      expect(findingsOf(frontMatter)).toEqual([expected]);
    });
  }

  it("names TOML's mistakes without the parser's preamble", () => {
    const [line] = findingsOf('title = "Our plan\ndate = 2020-01-01', "+++");
    expect(line).toMatch(/^post\.md:2: error: front matter is not valid TOML: /);
    expect(line).not.toMatch(JARGON);
  });

  it("names the line of a JSON mistake", () => {
    const findings = new FindingList();
    splitFrontMatter("post.md", '{\n  "title": "Our plan",\n  "date": 2020-01-01\n}\nBody.\n', findings, "hugo");
    expect(findings.all.map(formatFinding)).toEqual([
      expect.stringMatching(/^post\.md:3: error: front matter is not valid JSON: /),
    ]);
  });

  it("never passes on the parser's grammar for any of them", () => {
    for (const [, frontMatter] of mistakes) expect(findingsOf(frontMatter).join("\n")).not.toMatch(JARGON);
  });

  it("says the same of the site's config", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "config-mistake-"));
    try {
      fs.writeFileSync(path.join(root, "config.yaml"), "languages:\n  en:\n    title: Blog: the news\n");
      const findings = new FindingList();
      readConfig(root, findings);
      expect(findings.all.map(formatFinding)).toEqual([
        'config.yaml:3: error: is not valid YAML: the value of `title` holds ": ", which starts a new key; put the whole value in quotes',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("YAML that goes on after its first document ends", () => {
  it("is read, as Hugo read it, up to the line that ends it, with a warning naming that line", () => {
    const findings = new FindingList();
    const raw = splitFrontMatter(
      "post.md",
      "---\ntitle: Our plan\n...\ndescription: Never read\n---\nBody.\n",
      findings,
      "hugo",
    );
    expect(raw?.fields).toEqual({ title: "Our plan" });
    expect(findings.all.map(formatFinding)).toEqual([
      "post.md:3: warning: this line ends the front matter's YAML, so Hugo read none of the keys after it, and neither does this site; remove the line to publish them",
    ]);
  });

  it("reads a config of two documents by its first, as Hugo did", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "config-documents-"));
    try {
      fs.writeFileSync(path.join(root, "config.yaml"), "paginate: 3\n---\npaginate: 4\n");
      const findings = new FindingList();
      expect(readConfig(root, findings)?.paginate).toBe(3);
      expect(findings.all.map(formatFinding)).toEqual([
        "config.yaml:2: warning: this line ends the file's YAML, so Hugo read nothing after it, and neither does this site; remove the line to read the rest",
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
