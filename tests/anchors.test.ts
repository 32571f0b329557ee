// Links to a place in a page (`/about/#our-vision`, a footnote) land where they
// landed on the department's Hugo site.
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { renderBody, type BodyFormat } from "@/lib/build/render";
import { quietContext } from "./render-context";

const render = (body: string, format: BodyFormat, locale: "en" | "fr" = "en") =>
  parse(renderBody(body, format, quietContext(locale)));

describe("places in a page", () => {
  it("keeps the ids an editor wrote in HTML, as Hugo did", () => {
    const page = render('<h2 id="our-vision">Our vision</h2><p><a href="#our-vision">Read it</a></p>', "html");
    expect(page.querySelector("h2")?.id).toBe("our-vision");
  });

  it("reads a markdown heading's `{#id}` as Goldmark and kramdown did: its id, not its text", () => {
    const page = render("## Contact us {#contact}\n\n## Styled {.wide #styled}\n\n## Sets {a, b}\n", "markdown");
    expect(page.querySelectorAll("h2").map((heading) => [heading.id, heading.text])).toEqual([
      ["contact", "Contact us"],
      ["styled", "Styled"],
      ["sets-a-b", "Sets {a, b}"],
    ]);
  });

  it("gives a markdown heading the id Hugo's Goldmark gave it: made of its source, markup and all", () => {
    const written = [
      "## How we help _your_ users",
      "## Ask [@someone](https://example.com/someone) - anything",
      "## La vitesse : l’avantage",
      "## Objectif&nbsp;1",
      "## Objectif&nbsp;1",
      "## ?",
      "Setext first line\nsecond *line*\n---",
      "## Closed heading ##",
      "## Code `x.y` and **bold**",
    ];
    const page = render(written.join("\n\n"), "markdown", "fr");
    expect(page.querySelectorAll("h2").map((heading) => heading.id)).toEqual([
      "how-we-help-_your_-users",
      "ask-someonehttpsexamplecomsomeone---anything",
      "la-vitesse--lavantage",
      "objectifnbsp1",
      "objectifnbsp1-1",
      "heading",
      "second-line",
      "closed-heading",
      "code-xy-and-bold",
    ]);
  });

  it("gives a Jekyll post's heading the id kramdown gave it", () => {
    const page = render("## 1. Résumé de l’été\n\n## Résumé de l’été\n", "kramdown", "fr");
    expect(page.querySelectorAll("h2").map((heading) => heading.id)).toEqual(["rsum-de-lt", "rsum-de-lt-1"]);
  });

  it("links each footnote to its note and back, and names them in the page's language", () => {
    const page = render("A claim.[^1]\n\n[^1]: Its source.\n", "markdown", "fr");
    const reference = page.querySelector("sup a");
    const note = page.querySelector(`[id="${reference?.getAttribute("href")?.slice(1)}"]`);
    expect(note?.text).toContain("Its source.");
    const back = note?.querySelector("a");
    expect(page.querySelector(`[id="${back?.getAttribute("href")?.slice(1)}"]`)).toBe(reference);
    expect(back?.getAttribute("aria-label")).toBe("Retour à l’appel de note 1");
    expect(page.querySelector("section h2")?.text).toBe("Notes de bas de page");
  });

  it("gives footnotes the ids Hugo's Goldmark gave them (numbered) and Jekyll's kramdown (named)", () => {
    const written = "A[^x] and B[^y] and again A[^x].\n\n[^x]: Ex.\n[^y]: Why.\n";
    const ids = (page: ReturnType<typeof render>) => ({
      notes: page.querySelectorAll("li").map((note) => note.id),
      references: page.querySelectorAll("sup a").map((reference) => [reference.id, reference.getAttribute("href")]),
      back: page.querySelectorAll("li a").map((back) => back.getAttribute("href")),
    });
    expect(ids(render(written, "markdown"))).toEqual({
      notes: ["fn:1", "fn:2"],
      references: [
        ["fnref:1", "#fn:1"],
        ["fnref:2", "#fn:2"],
        ["fnref1:1", "#fn:1"],
      ],
      back: ["#fnref:1", "#fnref1:1", "#fnref:2"],
    });
    expect(ids(render(written, "kramdown"))).toEqual({
      notes: ["fn:x", "fn:y"],
      references: [
        ["fnref:x", "#fn:x"],
        ["fnref:y", "#fn:y"],
        ["fnref:x:1", "#fn:x"],
      ],
      back: ["#fnref:x", "#fnref:x:1", "#fnref:y"],
    });
  });
});
