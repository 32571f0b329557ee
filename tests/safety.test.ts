import path from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { formatFinding } from "@/lib/build/findings";
import { loadContent } from "@/lib/build/load";
import { frenchSpacing } from "@/lib/build/typography";
import { renderBody } from "@/lib/build/render";
import { quietContext } from "./render-context";

const fixture = path.join(import.meta.dirname, "fixtures", "xss");
const render = (body: string, locale: "en" | "fr" = "fr") => renderBody(body, "markdown", quietContext(locale));

describe("sanitizing known XSS payloads", async () => {
  const { posts, findings } = await loadContent(fixture);
  const [post] = posts;

  it("leaves nothing executable in the HTML", () => {
    const document = parse(`${post.titleHtml}\n${post.bodyHtml}`);
    const elements = document.querySelectorAll("*");
    expect(elements.map((element) => element.tagName.toLowerCase())).not.toEqual(
      expect.arrayContaining(["script", "style", "svg", "object", "form", "math", "body", "embed"]),
    );
    const attributes = elements.flatMap((element) => Object.entries(element.attributes));
    expect(attributes.filter(([name]) => /^on|^style$|^action$/i.test(name))).toEqual([]);
    expect(attributes.filter(([, value]) => /^\s*(javascript|data|vbscript):/i.test(value))).toEqual([]);
    expect(attributes.filter(([, value]) => value.includes("evil.example"))).toEqual([]);
  });

  it("serves every YouTube embed from the no-cookie host, the only frame source the security policy allows", () => {
    const html = render('<iframe src="https://www.youtube.com/embed/xyz789" title="Video"></iframe>', "en");
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/xyz789" title="Video">');
  });

  it("keeps what editors use, and makes external links safe and announced", () => {
    expect(post.bodyHtml).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="A video">');
    expect(post.bodyHtml).toContain(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">an external link<span class="visually-hidden"> (opens in a new window)</span></a>',
    );
  });

  it("announces a new window before the space a link was written with, so the next word stays apart when heard", () => {
    expect(render('A <a href="https://example.org/" target="_blank">form </a>for all.', "en")).toContain(
      '>form<span class="visually-hidden"> (opens in a new window)</span> </a>for all.',
    );
  });

  it("tells the editor what was removed", () => {
    const line = findings.map(formatFinding).find((finding) => finding.includes("sanitizing removed"));
    expect(line).toMatch(
      /^_posts\/en\/2020-01-01-payloads\.md:5: warning: sanitizing removed .*<script>.*onerror attribute.*javascript: URL/,
    );
  });
});

describe("a form of the old site", () => {
  const body = [
    "<p>Help us test a service.</p>",
    "",
    '<form method="POST" action="https://research.example/dev/signup/">',
    '  <label for="name">Full name</label><input id="name" name="name">',
    '  <span class="error-message" style="display: none;">This field is required</span>',
    '  <select name="product"><option value="a">Option A</option></select>',
    '  <button type="submit">Submit</button>',
    "</form>",
  ].join("\n");

  it("is replaced by a sentence in the page's language, not left as loose labels and hidden errors", () => {
    const forms: string[] = [];
    const renderWithForms = (locale: "en" | "fr") =>
      renderBody(body, "html", { ...quietContext(locale), onForm: (action, line) => forms.push(`${line} ${action}`) });
    const english = renderWithForms("en");
    expect(english).toContain("<p>Help us test a service.</p>");
    expect(english).toContain("<p>This form is no longer available on this site.</p>");
    expect(english).not.toMatch(/Full name|This field is required|Option A|Submit/);
    expect(renderWithForms("fr")).toContain("<p>Ce formulaire n’est plus offert sur ce site.</p>");
    expect(forms).toEqual(["3 https://research.example/dev/signup/", "3 https://research.example/dev/signup/"]);
  });
});

describe("a picture the old theme's script loaded", () => {
  // The department's careers page (2019 to 2021) showed its team photo this way: `src` a placeholder, the photo in
  // `data-src`, swapped in by a lazy-loading script that this site does not run.
  const body =
    '<section><img data-src="https://photos.example.net/team.jpg" data-srcset="https://photos.example.net/team.jpg" src="/img/cds/placeholder.gif" class="lazy img-fluid" alt="The team"></section>';

  it("is shown as the photo readers saw, from its host, which the security policy is told of", () => {
    const remote: string[] = [];
    const missing: string[] = [];
    const html = renderBody(body, "html", {
      ...quietContext("en"),
      servedPicture: () => undefined,
      onRemoteImage: (src) => remote.push(src),
      onMissingImage: (src) => missing.push(src),
    });
    expect(html).toContain('<img src="https://photos.example.net/team.jpg" alt="The team">');
    expect(html).not.toContain("placeholder");
    expect(remote).toEqual(["https://photos.example.net/team.jpg"]);
    expect(missing).toEqual([]);
  });
});

describe("a named anchor of the old pages", () => {
  // The 2018 to 2021 pages marked places with HTML 4's `<a name>` (`/what-we-do/#partnering`), where shared links land.
  it("is an id, so that a link to its name still lands there", () => {
    const html = renderBody('<h2><a name="partnering"></a>Interested in partnering?</h2>', "html", quietContext("en"));
    expect(html).toContain('<a id="partnering"></a>');
    expect(html).not.toContain("user-content-");
  });
});

describe("French typography", () => {
  it("puts no-break spaces where French needs them, and adds them inside guillemets", () => {
    expect(frenchSpacing("Recherché : le « bon » choix ; vraiment ? Oui !")).toBe(
      "Recherché\u00a0: le «\u00a0bon\u00a0» choix\u202f; vraiment\u202f? Oui\u202f!",
    );
    expect(frenchSpacing("«serré»")).toBe("«\u00a0serré\u00a0»");
    expect(frenchSpacing("10:30 https://example.org/?q=1")).toBe("10:30 https://example.org/?q=1");
  });

  it("spaces a mark that an inline element split from the word before it", () => {
    expect(render("<p><strong>Conception</strong><strong> </strong><strong>: </strong>Utilisez</p>")).toBe(
      "<p><strong>Conception</strong><strong>\u00a0</strong><strong>: </strong>Utilisez</p>",
    );
    expect(render("<p>Vraiment <em>?</em> « <em>Oui</em> »</p>")).toBe(
      "<p>Vraiment\u202f<em>?</em> «\u00a0<em>Oui</em>\u00a0»</p>",
    );
  });

  it("leaves code, and English pages, as written", () => {
    expect(render("Voir `a ; b` et ceci : oui", "fr")).toBe("<p>Voir <code>a ; b</code> et ceci\u00a0: oui</p>");
    expect(render("This : that ; « quoted »", "en")).toBe("<p>This : that ; « quoted »</p>");
  });
});
