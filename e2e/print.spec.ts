import { expect, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { APPLICATION_ONLY, bodyOf, isOwnContent, locales, samplePost } from "./site";

// A post printed to PDF keeps its title and body and drops the site's
// navigation, search, toggle and share block.
test.skip(!isOwnContent, APPLICATION_ONLY);

const NAVIGATION = {
  en: ["Skip to main content", "Search the blog", "Share this post"],
  fr: ["Passer au contenu principal", "Rechercher dans le blogue", "Partager ce billet"],
};

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  // NFKC: the PDF may set "fi" and "fl" as one ligature glyph.
  return pages.join("\n").normalize("NFKC").replace(/\s+/g, " ");
}

const firstWords = (html: string) =>
  html
    // Said to screen readers only ("opens in a new window"), so not printed.
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ")
    .split(/\s+/)
    .filter((word) => /^[\p{L}’'-]{4,}$/u.test(word))
    .slice(0, 6);

for (const locale of locales) {
  test(`${locale}: a printed post has its title and body, and no navigation`, async ({ page }) => {
    const post = samplePost(locale);
    await page.goto(post.path);
    const text = await pdfText(await page.pdf({ format: "Letter" }));
    // Compared without spaces: the PDF's text may split a word around a ligature ("in fi rmières").
    const unspaced = (words: string) => words.normalize("NFKC").replace(/\s+/g, "");
    expect(unspaced(text)).toContain(unspaced(post.title.split(" ").slice(0, 3).join(" ")));
    for (const word of firstWords(bodyOf(post))) expect(unspaced(text), `body word ${word}`).toContain(unspaced(word));
    for (const navigation of NAVIGATION[locale]) expect(text, navigation).not.toContain(navigation);
    // The toggle's one word may also be in a body, so it is checked on the page as printed.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".language-toggle")).toBeHidden();
    await expect(page.locator(".site-bar")).toBeHidden();
  });
}
