// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history), read as Hugo reads it.
// What the department's templates drew: lists, the toolkit, shortcodes, page templates, team and products.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";
import { bodyAt, lines, loadChanged, loaded, tree } from "./hugo-history";

describe("what the department's Hugo templates showed readers", () => {
  it("lists the latest posts on a home written without `sections:`, as the department's home template did", async () => {
    const { homes } = await loaded;
    expect(homes.map((home) => [home.path, home.view.layout === "home" && home.view.latestPosts])).toEqual([
      ["/en/", true],
      ["/fr/", true],
    ]);
    const withSections = await loadContent(path.join(import.meta.dirname, "fixtures", "hugo-site"));
    expect(withSections.homes.map((home) => home.view.layout === "home" && home.view.latestPosts)).toEqual([
      false,
      false,
    ]);
  });

  it("lists a folder without _index, and a section of an unknown layout, with their pages", async () => {
    const { pages } = await loaded;
    const view = (at: string) => pages.find((page) => page.path === at)?.view;
    expect(view("/en/stories/")).toEqual({
      layout: "section",
      // Newest first, as Hugo orders a list (a page with no date is the oldest), then by title.
      children: [
        expect.objectContaining({ path: "/en/stories/older/an-older-story/" }),
        expect.objectContaining({ path: "/en/stories/a-headless-page/" }),
        expect.objectContaining({ title: "A story without a section file", path: "/en/stories/a-story/" }),
      ],
    });
    const guides = view("/en/guides/");
    expect(guides?.layout === "section" && guides.children.map((card) => card.title)).toEqual([
      "Usability testing guide",
      "Interviewing guide",
      "A plain language guide",
    ]);
  });

  it("gives a guide record the button its template drew, to the guide it names (LinkToGuide)", async () => {
    const view = (await loaded).pages.find((page) => page.path === "/en/guides/")?.view;
    const record =
      view?.layout === "section" ? view.children.find((card) => card.title === "A plain language guide") : undefined;
    expect(record?.record?.action).toEqual({ name: "Read the guide", href: "/en/guides/interviewing/" });
  });

  it("shows the jobs page as its own template drew it: its words, and the roles it lists by Hugo's `where`", async () => {
    const { pages, findings } = await loaded;
    const jobs = pages.find((page) => page.path === "/en/jobs/");
    // The template's list replaces the careers layout's, which would list every role a second time.
    expect(jobs?.view.layout).toBe("body");
    expect(jobs?.bodyText).toMatch(
      /^Work on services that help people\. Our teams build .* Openings A listed role Read about each role before you apply\. How we hire We confirm/,
    );
    // `where .Pages ".Params.linkHidden" "==" false` leaves out a role that says `true`, and one that says nothing.
    expect([...(jobs?.bodyHtml ?? "").matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/en/jobs/a-listed-role/",
    ]);
    expect(jobs?.bodyHtml).toContain('<h2 id="work-on-services-that-help-people">');
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/jobs/_index.md:5: its words are in layouts/section/jobs.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
  });

  it("finds blog_posts written percent-encoded or in Hugo 0.111's form of the file name", async () => {
    const { pages } = await loaded;
    const posts = (at: string) => {
      const view = pages.find((page) => page.path === at)?.view;
      return view && "posts" in view ? view.posts.map((card) => card.path) : [];
    };
    expect(posts("/en/toolkit/topic/")).toEqual([
      "/en/2019/05/06/an-old-form-post-name/",
      "/en/2021/03/04/sample-post-with-capital-keys/",
    ]);
    expect(posts("/fr/outils/sujet/")).toEqual(["/fr/2022/02/03/la-mise-a-jour-de-la-declaration/"]);
  });

  it("draws the 2025 toolkit prototype (a section's own `layout: home` with a hero) as the toolkit it was", async () => {
    const { pages } = await loaded;
    const view = (at: string) => pages.find((page) => page.path === at)?.view;
    const landing = view("/en/a-toolkit-prototype/");
    expect(landing?.layout === "landing" && landing.hero?.html).toBe(
      "<p>The prototype’s hero, written in <strong>markdown</strong>.</p>",
    );
    expect(landing && "cards" in landing && landing.cards.map((card) => card.path)).toEqual([
      "/en/a-toolkit-prototype/a-topic/",
    ]);
    const topic = view("/en/a-toolkit-prototype/a-topic/");
    expect(topic?.layout).toBe("list");
    expect(topic && "posts" in topic && topic.posts.map((card) => card.path)).toEqual([
      "/en/2021/03/04/sample-post-with-capital-keys/",
    ]);
    const resource = view("/en/a-toolkit-prototype/a-topic/a-resource/");
    expect(resource?.layout === "single" && resource.lead).toBe("Read it before the accessibility review begins.");
  });

  it("draws a toolkit section with no layout as the toolkit's list of its pages, and only sections as the landing's topics", async () => {
    const { pages } = await loaded;
    const cardsAt = (at: string) => {
      const view = pages.find((page) => page.path === at)?.view;
      return view && "cards" in view ? view.cards.map((card) => card.path) : [];
    };
    expect(pages.find((page) => page.path === "/fr/outils/un-sujet-sans-gabarit/")?.view.layout).toBe("list");
    expect(cardsAt("/fr/outils/un-sujet-sans-gabarit/")).toEqual([
      "/fr/outils/un-sujet-sans-gabarit/une-fiche/",
      "/fr/outils/un-sujet-sans-gabarit/des-notes/une-note-rangee/",
    ]);
    expect(cardsAt("/fr/outils/")).toEqual(["/fr/outils/sujet/", "/fr/outils/un-sujet-sans-gabarit/"]);
    expect(pages.map((page) => page.path)).toContain("/fr/outils/un-guide-en-paquet/");
  });

  it("draws a shortcode whose template wraps .Inner (or is .Inner alone), and leaves out one that computes with a warning", async () => {
    const roadmap = await bodyAt("/en/roadmap/");
    expect(roadmap).not.toContain("{{");
    expect(roadmap).toMatch(/<div[^>]*>\s*<h2 id="what-we-will-do">What we will do<\/h2>/);
    expect(roadmap).toContain("Inner text of an unknown shortcode");
    expect(roadmap).toContain("<p>Words a shortcode passes through as they are.</p>");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:10: warning: the shortcode unknown-widget runs Hugo template code (layouts/shortcodes/unknown-widget.html), which this site does not run; what it showed is left out and its content kept: write it as HTML or markdown",
    );
    expect((await lines()).filter((line) => line.includes("passthrough"))).toEqual([]);
  });

  it("runs a shortcode template that lists the page's front matter or the pages of a topic, as the 2024 toolkit did", async () => {
    const body = await bodyAt("/en/service-toolkit/working-in-small-steps/");
    // `range where .Site.RegularPages ".Params.Topic" .Params.topic`, in Hugo's order (weight), as design system cards.
    expect(body).toContain(
      '<h3 id="principles-for-teams"><a href="/en/service-toolkit/principles-for-teams/">Principles for teams</a></h3><p>What a team agrees on before it starts.</p> <h3 id="running-retrospectives">',
    );
    // `range $.Page.Params.resources`, with a variable an `if isset` set.
    expect(body).toContain('<h2 id="other-resources">Other resources</h2>');
    expect(body).toContain(
      '<a href="https://notify.example.ca/" rel="noopener noreferrer">A notification service</a> Send email and text messages.',
    );
    expect(body).toContain('<a href="/en/2020/07/07/a-post-with-aliases/">A post on retrospectives</a>');
    expect(body).not.toContain("{{");
    expect(
      (await lines()).filter((line) => line.includes("working-in-small-steps.md") && line.includes("shortcode")),
    ).toEqual([]);
  });

  it("draws Hugo's own shortcodes as Hugo drew them, and names the one that would load another site's player", async () => {
    const body = await bodyAt("/en/legal/a-page-with-hugo-shortcodes/");
    // `ref` and `relref` beside the page, from the language's folder, by a folder's _index, with an anchor.
    expect(body).toContain('<a href="/en/legal/a-page-linking-ahead/">the page beside this one</a>');
    expect(body).toContain('<a href="/en/roadmap/">the roadmap</a>');
    expect(body).toContain('<a href="/en/2020/07/07/a-post-with-aliases/#part">a part of a post</a>');
    expect(body).toContain('<a href="/en/blog/">the blog</a>');
    expect(body).toContain(
      '<figure><img src="/img/team/alex-sample.jpg" alt="A sample portrait"><figcaption>A portrait drawn by Hugo\'s figure shortcode</figcaption></figure>',
    );
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc" title="Video on YouTube"');
    expect(body).toContain('<pre><code class="language-go">fmt.Println("&#x3C;a greeting>")</code></pre>');
    // `{{< param >}}` is the value as text, as Hugo put it in after the markdown; `{{% param %}}` is markdown.
    expect(body).toContain(
      "<p>This page is written for every *editor* -- see [the guide](https://guide.example.ca/).</p>",
    );
    expect(body).toContain(
      '<p>Its audience, as markdown: every <em>editor</em> – see <a href="https://guide.example.ca/" rel="noopener noreferrer">the guide</a>.</p>',
    );
    // Hugo's escaped form is shown as the shortcode's text, as Hugo showed it; no other shortcode is.
    expect(body).toContain("<code>{{&#x3C; youtube an-id >}}</code>");
    expect(body.match(/\{\{/g)).toHaveLength(1);
    expect(await lines()).toContain(
      "content/en/legal/a-page-with-hugo-shortcodes.md:16: warning: Hugo's shortcode vimeo loads another site's script or player, which this site's pages do not; it is left out: link to what it showed",
    );
  });

  it("shows the words a design system card, details or notice held in its attributes, which its script drew", async () => {
    const body = await bodyAt("/en/legal/a-page-with-design-system-elements/");
    expect(body).toContain('<img src="/img/team/alex-sample.jpg" alt="A sample portrait">');
    expect(body).toContain(
      '<h2 id="a-forms-tool"><a href="/en/roadmap/">A forms tool</a></h2><p>Build a form in minutes.</p>',
    );
    expect(body).toContain('<p><strong><a href="https://tool.example.ca/"');
    expect(body).toContain("<details><summary>What the pilot covers</summary>");
    expect(body).toContain('<h2 id="before-you-start">Before you start</h2>');
    expect(body).not.toContain("gcds-");
  });

  it("leaves out an inline shortcode whole: its template code is never shown to readers", async () => {
    const roadmap = (await loaded).pages.find((page) => page.path === "/en/roadmap/");
    expect(roadmap?.bodyHtml).not.toContain(".Title");
    expect(roadmap?.bodyHtml).not.toContain("range");
    expect(roadmap?.bodyHtml).toContain("After the cards.");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:12: warning: the inline shortcode cards.inline runs Hugo template code, which this site does not run; it is left out: write what it showed as HTML or markdown",
    );
  });

  it("shows the words a page's own Hugo template holds as HTML, in the page's language, and tells the editor", async () => {
    const { pages } = await loaded;
    const english = pages.find((page) => page.path === "/en/our-strategy/");
    expect(english?.bodyHtml).toContain('<h2 id="why-now">Why now?</h2>');
    // Its i18n string, its title and its links are filled in; the heading that repeated the title is the page's own.
    expect(english?.bodyHtml).toContain('Newsletter: <a href="/en/blog/">read the blog</a> about Our strategy.');
    expect(english?.bodyHtml).not.toContain("<h1");
    // A string in a group of keys, named by its path (`strategy.lead`).
    expect(english?.bodyText).toContain("A plan made with the people it serves.");
    // The French strings are in go-i18n's older list form; one written only in English shows in English, as in Hugo.
    const french = pages.find((page) => page.path === "/fr/notre-strategie/");
    expect(french?.bodyHtml).toContain('<h2 id="pourquoi-maintenant">Pourquoi maintenant?</h2>');
    expect(french?.bodyText).toContain("Infolettre · Openings");
    expect(await lines()).toContain(
      "content/en/our-strategy/_index.html:3: warning: its words are in layouts/section/our-strategy.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
    // A section below it names no layout: Hugo drew it with the template named for its top section.
    const chapter = pages.find((page) => page.path === "/en/our-strategy/a-chapter/");
    expect(chapter?.bodyHtml).toContain(
      'Newsletter: <a href="/en/blog/">read the blog</a> about A chapter of the strategy.',
    );
    // A section whose file lost its front matter's lines shows the template named for the section, as Hugo did.
    const lexicon = pages.find((page) => page.path === "/en/a-lexicon/");
    expect(lexicon?.bodyText).toContain("Inclusive words at work");
    expect(lexicon?.bodyText).not.toContain("type: section");
    // A job posting's markdown body, in its place among the words every posting's template shared.
    const posting = pages.find((page) => page.source.endsWith("technical-support-developer--231fd144.md"));
    expect(posting?.bodyText).toContain("We are no longer accepting applications for this position.");
    expect(posting?.bodyHtml).toMatch(
      /<p>A job posting\.<\/p>[\s\S]*<h2 id="our-hiring-process">Our hiring process<\/h2>/,
    );
    // What sanitizing removes from those words is the template's to fix, and named so.
    expect(await lines()).toContain(
      "layouts/section/our-strategy.html:1: warning: sanitizing removed <svg>, <path>; remove it from the template",
    );
  });

  it("shows a template whose words all come from its i18n strings, as Hugo did", async () => {
    const coaching = await bodyAt("/en/coaching/");
    expect(coaching).toContain("<p>We meet with teams that serve the public.</p>");
    expect(coaching).toContain('Advice for a team, and <a href="/en/blog/">what we learned</a> from others.');
    expect(coaching).toContain('<h2 id="before-you-start"><strong>Before you start</strong></h2>');
    expect(coaching).toContain("Name the people your service is for.");
    expect(coaching).toMatch(/<a href="https:\/\/forms\.example\.gc\.ca\/en\/id\/coaching"[^>]*>Ask for coaching<\/a>/);
    expect(await lines()).toContain(
      "content/en/coaching/_index.md:1: warning: its words are in layouts/section/coaching.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
  });

  it("tells the editor once of what is wrong in a template that many pages share", async () => {
    const { pages, findings } = await loadChanged("shared-template", {
      "content/en/our-strategy/a-second-page.html":
        "---\ntype: section\nlayout: our-strategy\ntitle: A second page\n---\n",
    });
    expect(pages.find((page) => page.path === "/en/our-strategy/a-second-page/")?.bodyText).toContain("Why now?");
    const svg = findings.filter((finding) => finding.message.startsWith("sanitizing removed <svg>"));
    expect(svg.map((finding) => `${finding.file}:${finding.line}`)).toEqual(["layouts/section/our-strategy.html:1"]);
  });

  it("runs a template's `if` and `with` on the front matter around a markdown body, and no template that reads what this site does not", async () => {
    const { pages, findings } = await loadChanged("computing-template", {
      "layouts/section/our-strategy.html":
        '{{ define "main" }}<p>Words.</p>{{ range .Paginator.Pages }}{{ .Title }}{{ end }}{{ .Summary }}{{ end }}',
      "layouts/section/our-strategy.fr.html": [
        '{{ define "main" }}<h1>{{ .Params.title }}</h1><p>{{ .Description }}</p>',
        "{{ with .Params.leverId }}<p>Poste {{ . }}</p>{{ else }}<p>Aucun poste</p>{{ end }}",
        "{{ if .Params.archived }}<p>Archivé</p>{{ end }}",
        "{{ if and (.Params.leverId) (eq .Params.archived false) }}<p>Postulez</p>{{ end }}",
        "{{ if or (not .Params.leverId) (ne .Params.weight 3) }}<p>Jamais</p>{{ end }}",
        "<section>{{ .Content }}</section>{{ end }}",
      ].join("\n"),
      "content/fr/notre-strategie/_index.html": null,
      "content/fr/notre-strategie/_index.md":
        "---\ntype: section\nlayout: our-strategy\ntitle: Notre stratégie\ndescription: Une description.\nleverId: abc-123\narchived: false\nweight: 3\ntranslationKey: our-strategy\n---\nUn corps en *markdown*.\n",
    });
    expect(pages.find((page) => page.path === "/en/our-strategy/")?.bodyText).not.toContain("Words");
    // The editor is told those words are not shown, and what stopped the template.
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/our-strategy/_index.html:3: its Hugo template layouts/section/our-strategy.html holds words of its own, which are not shown: this site does not run a template that reads `.Paginator`; move those words into this file",
    );
    expect(pages.find((page) => page.path === "/fr/notre-strategie/")?.bodyHtml).toBe(
      "<p>Une description.</p>\n<p>Poste abc-123</p>\n\n<p>Postulez</p>\n\n<section><p>Un corps en <em>markdown</em>.</p></section>",
    );
  });

  it("tells readers a form of the old site is no longer available, and its editor where it sent answers", async () => {
    const { pages } = await loaded;
    const page = pages.find((each) => each.path === "/en/research-sign-up/");
    expect(page?.bodyHtml).toContain("<p>This form is no longer available on this site.</p>");
    expect(page?.bodyHtml).not.toContain("This field is required");
    expect(await lines()).toContain(
      "content/en/research-sign-up.html:9: warning: a form that sent readers' answers to https://research.example/dev/sign-up/ is left out, and readers are told it is no longer available; link to a GC Forms form instead",
    );
  });

  it("lists the people of data/team.yml on the team page, in the page's language, with their photos, as the template did until 2021", async () => {
    const { pages } = await loaded;
    const viewAt = (address: string) => pages.find((page) => page.path === address)?.view;
    expect(viewAt("/en/meet-the-team/")).toEqual({
      layout: "team",
      leadership: [
        {
          name: "Alex Sample",
          role: "Chief Executive Officer",
          links: [
            { kind: "email", href: "mailto:alex.sample@example.gc.ca" },
            { kind: "twitter", href: "https://twitter.com/alexsample" },
          ],
          photo: "/img/team/alex-sample.jpg",
        },
      ],
      roles: [
        {
          title: "Development",
          people: [
            {
              name: "Blair Example",
              role: "Development",
              links: [
                { kind: "linkedin", href: "https://www.linkedin.com/in/blair-example/" },
                { kind: "github", href: "https://github.com/blairexample" },
              ],
            },
            { name: "Dana Placeholder", role: "Development", links: [], photo: "/img/team/a-photo-never-uploaded.jpg" },
          ],
        },
      ],
    });
    const french = viewAt("/fr/rencontrez-lequipe/");
    expect(french?.layout === "team" && french.roles.map((role) => role.title)).toEqual(["Développement"]);
    expect(await lines()).toContain(
      "data/team.yml:1: warning: the team entry 4 has no `name`; it is left out, give it one",
    );
  });

  it("reads translations and data written in TOML or JSON, as Hugo did", async () => {
    const team = yaml.load(fs.readFileSync(path.join(tree, "data", "team.yml"), "utf8"));
    const changed = await loadChanged("any-format", {
      "i18n/fr.yaml": null,
      "i18n/fr.toml": 'newsletter = "Infolettre"\n\n[why-now]\nother = "Pourquoi maintenant?"\n',
      "data/team.yml": null,
      "data/team.json": JSON.stringify(team),
    });
    const viewAt = (address: string) => changed.pages.find((page) => page.path === address)?.view;
    const { pages } = await loaded;
    expect(viewAt("/fr/rencontrez-lequipe/")).toEqual(
      pages.find((page) => page.path === "/fr/rencontrez-lequipe/")?.view,
    );
    const strategy = changed.pages.find((page) => page.path === "/fr/notre-strategie/");
    expect(strategy?.bodyHtml).toContain('<h2 id="pourquoi-maintenant">Pourquoi maintenant?</h2>');
    expect(strategy?.bodyText).toContain("Infolettre · Openings");
    expect(changed.findings.map(({ file, line }) => `${file}:${line}`)).toContain("data/team.json:1");
  });

  it("lists older product records with their product, partners, contacts and links, where their templates did", async () => {
    const { pages } = await loaded;
    // The products section lists its own records; past projects lists products/products/ by its path.
    for (const address of ["/en/products/", "/en/past-projects/"]) {
      const view = pages.find((page) => page.path === address)?.view;
      const cards = view?.layout === "section" ? view.children : [];
      expect(cards.map((card) => card.title)).toEqual(["A finished pilot", "A messaging service for every department"]);
      expect(cards[1]?.record).toEqual({
        productUrl: "https://messaging.example.ca/",
        contacts: [{ name: "Pat Productlead", href: "mailto:product.lead@example.gc.ca" }],
        partners: [{ name: "Department of Examples", href: "https://www.canada.ca/en/examples.html" }],
        links: [{ name: "Source code", href: "https://github.com/example/messaging" }],
      });
      expect(cards[0]?.record?.contacts).toEqual([{ name: "The pilot team", href: undefined }]);
    }
  });

  it("lists the product suite's records by weight with their subtitle, second paragraph and call to action", async () => {
    const view = (await loaded).pages.find((page) => page.path === "/en/product-suite/")?.view;
    const cards = view?.layout === "section" ? view.children : [];
    expect(cards.map((card) => [card.title, card.record?.subtitle, card.record?.action])).toEqual([
      ["Send notifications", "A notification tool", { name: "Start sending", href: "https://notify.example.ca/" }],
      ["Publish forms online", "A forms tool", { name: "Write to us", href: "https://forms.example.ca/contact" }],
    ]);
    expect(cards[1]?.record?.more).toBe("The tool is in a pilot; write to us to try it in your service.");
  });

  it("lists a page tagged in a Hugo tree on its tag's page, as Hugo did", async () => {
    const { tags } = await loaded;
    const storiesOnly = tags.find((tag) => tag.locale === "en" && tag.slug === "stories-only");
    expect(storiesOnly).toMatchObject({ name: "Stories only", posts: [], pages: ["/en/stories/a-story/"] });
  });
});

describe("About's contact details as the department writes them", () => {
  it("makes a LinkedIn company name a link, and takes each language's newsletter from its translations, else data", async () => {
    const { pages } = await loaded;
    const about = pages.find((page) => page.path === "/en/about/");
    expect(about?.view).toEqual({
      layout: "about-us",
      contact: {
        email: "team@example.gc.ca",
        linkedin: "https://linkedin.com/company/example-digital-team",
        newsletter: "https://example.gc.ca/en/subscribe",
      },
    });
    expect(await lines()).not.toContainEqual(expect.stringMatching(/^i18n\//));
  });
});

describe("the old theme's pictures and places, as its readers found them", () => {
  it("shows the photo the old theme's script loaded over its placeholder, and reports no missing picture", async () => {
    expect(await bodyAt("/en/about/")).toMatch(
      /<img [^>]*src="\/img\/team\/alex-sample\.jpg"[^>]*alt="The team at work"/,
    );
    expect(await lines()).not.toContainEqual(expect.stringContaining("placeholder.gif"));
  });

  it("keeps a place marked with a named anchor as an id, where links to /about/#partnering land", async () => {
    expect(await bodyAt("/en/about/")).toContain('<a id="partnering"></a>');
  });
});
