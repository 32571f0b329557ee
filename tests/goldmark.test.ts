// Markdown reads as Hugo 0.111's Goldmark printed it, where remark's defaults
// differ: each case is what Debian's hugo wrote for the same line.
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/build/render";
import { quietContext } from "./render-context";

const body = (markdown: string) => parse(renderBody(markdown, "markdown", quietContext("en")));

describe("markdown as Hugo's Goldmark printed it", () => {
  it("prints << and >> as guillemets, even around a word that looks like a tag", () => {
    expect(body("Des <<guillemets>> et <<b>> ici.").text.trim()).toBe("Des «guillemets» et «b» ici.");
    // An escaped `<` is no guillemet, and the tag after it stays a tag, as in Goldmark.
    const escaped = body("Un \\<<em>mot</em> ici.");
    expect(escaped.querySelector("em")?.text).toBe("mot");
    expect(escaped.text.trim()).toBe("Un <mot ici.");
    // Goldmark pairs the `<`s from the left: the third of three opens a tag, the fourth of four does not.
    expect(body("A <<<em>x</em> and <<<<i>y</i>.").text.trim()).toBe("A «x and ««i>y.");
  });

  it("links a bare www. address over https, as Hugo's linkify did", () => {
    const links = body("Visit www.example.com or http://example.org today.").querySelectorAll("a");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["https://www.example.com", "http://example.org"]);
  });

  it("strikes words between two tildes only", () => {
    const shown = body("~~struck~~ and ~single~ words.");
    expect(shown.querySelectorAll("del").map((struck) => struck.text)).toEqual(["struck"]);
    expect(shown.text).toContain("~single~");
  });

  it("keeps a telephone link, which a reader on a phone taps to call", () => {
    expect(body("[Call us](tel:+16135550000)").querySelector("a")?.getAttribute("href")).toBe("tel:+16135550000");
  });
});

describe("a heading's words", () => {
  it("end where Goldmark's line ends, so a quote closing a heading or a table cell is read as there", () => {
    expect(body("## Heading \"'nested'\"").querySelector("h2")?.text).toBe("Heading “’nested'”");
    expect(body("| h |\n|---|\n| cell \"'nested'\" |").querySelector("td")?.text).toBe("cell “’nested'”");
  });

  it("keep the space after a picture or before a line break, trimming only the heading's own ends", () => {
    const markdown = body("## ![A flag](/img/flag.png) Our team\n\n### Words <br>\n");
    expect(markdown.querySelector("h2")?.innerHTML).toBe('<img src="/img/flag.png" alt="A flag"> Our team');
    expect(markdown.querySelector("h3")?.innerHTML).toBe("Words <br>");
    const html = parse(
      renderBody('<h2>\n  <img src="/a.png" alt="A"> Across\n  lines\n</h2>', "html", quietContext("en")),
    );
    expect(html.querySelector("h2")?.innerHTML).toBe('<img src="/a.png" alt="A"> Across lines');
    expect(html.querySelector("h2")?.id).toBe("across-lines");
  });
});
