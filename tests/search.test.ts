import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/routing";
import type { Post, Rendered, Tag } from "@/lib/content/model";
import { buildSearchIndex } from "@/lib/build/search-index";
import { searchEngine } from "@/lib/search/engine";

let day = 0;
function post(
  locale: Locale,
  slug: string,
  fields: { title: string; description?: string; body?: string; author?: string; tags?: string[] },
): Rendered<Post> {
  day += 1;
  const path = `/${locale}/2024/01/${String(day).padStart(2, "0")}/${slug}/`;
  return {
    kind: "post",
    locale,
    slug,
    path,
    source: `${slug}.md`,
    title: fields.title,
    titleHtml: fields.title,
    description: fields.description,
    summary: fields.description ?? "",
    bodyHtml: `<p>${fields.body ?? ""}</p>`,
    bodyText: fields.body ?? "",
    date: {
      year: "2024",
      month: "01",
      day: String(day).padStart(2, "0"),
      iso: `2024-01-${day}T00:00:00Z`,
      instant: day,
    },
    author: fields.author,
    tags: fields.tags ?? [],
    modified: { iso: `2024-01-${day}T00:00:00Z`, day: `2024-01-${day}`, source: "published" },
  };
}

const posts = [
  post("fr", "experience", {
    title: "Améliorer l’expérience des gens",
    body: "Nous avons revu l’expérience de bout en bout.",
  }),
  post("fr", "formulaires", {
    title: "Des formulaires plus simples",
    body: "Les formulaires en ligne sont plus courts.",
  }),
  post("fr", "notification", {
    title: "Un billet sur les avis",
    body: "Le service envoie des courriels.",
    tags: ["notification-gc"],
  }),
  post("en", "design", { title: "Design in the open", body: "We design services with the people who use them." }),
  post("en", "accessibility", {
    title: "Accessibility is everyone’s job",
    body: "Keyboard users and screen readers.",
    author: "Jeanne Tremblay",
  }),
  post("en", "mention", { title: "A note on teams", body: "Accessibility comes up in passing here, once." }),
  post("en", "scheme", { title: "Scheme", body: "<script>alert(1)</script> is text here, and so is &lt;b&gt;." }),
];
const tags: Tag[] = [
  { locale: "fr", slug: "notification-gc", name: "Notification GC", posts: [posts[2].path], pages: [] },
];
const byPath = new Map(posts.map((entry) => [entry.path, entry]));
const built = buildSearchIndex(posts, tags);
const search = searchEngine(
  built,
  (path) => byPath.get(path),
  (path) => built.texts[path] ?? "",
);
const slugOf = (entry: { path: string }) => entry.path.split("/").at(-2);
const first = (locale: Locale, query: string) => {
  const hit = search(locale, query).hits[0];
  return hit && slugOf(hit.post);
};

describe("search, as a reader expects it in both languages", () => {
  it("ignores case and accents", () => {
    expect(first("fr", "EXPERIENCE")).toBe("experience");
    expect(first("fr", "expérience")).toBe("experience");
  });

  it("reads French elisions with any apostrophe", () => {
    for (const query of ["l'experience", "l’expérience", "lʼexpérience", "l`experience"])
      expect(first("fr", query), query).toBe("experience");
  });

  it("stems each language", () => {
    expect(first("fr", "formulaire")).toBe("formulaires");
    expect(first("en", "designing")).toBe("design");
  });

  it("matches the last word as a prefix", () => {
    expect(first("en", "accessib")).toBe("accessibility");
    expect(first("fr", "formul")).toBe("formulaires");
  });

  it("forgives one typo in words of five letters or more, not in shorter ones", () => {
    expect(first("en", "acessibility")).toBe("accessibility");
    expect(first("fr", "fornulaires")).toBe("formulaires");
    expect(first("en", "dezign")).toBe("design");
    expect(search("en", "tean").total).toBe(0);
  });

  it("weighs the title above the body, and finds authors and tags", () => {
    expect(search("en", "accessibility").hits.map((hit) => slugOf(hit.post))).toEqual(["accessibility", "mention"]);
    expect(first("en", "Tremblay")).toBe("accessibility");
    expect(first("fr", "notification")).toBe("notification");
  });

  it("counts the other language's results for the same query", () => {
    expect(search("en", "formulaires").otherLanguageTotal).toBe(1);
  });

  it("marks the matched words of the snippet, as text", () => {
    const [hit] = search("fr", "formulaire").hits;
    expect(hit.snippet.filter((part) => part.marked).map((part) => part.text)).toEqual(["formulaires"]);
    const scheme = search("en", "alert").hits[0];
    expect(scheme.snippet.map((part) => part.text).join("")).toContain("alert(1)");
  });

  it("finds nothing for nothing", () => {
    expect(search("en", "").total).toBe(0);
    expect(search("en", "' ’ -").total).toBe(0);
  });
});
