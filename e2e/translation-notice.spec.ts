import { expect, test } from "@playwright/test";
import { accessibilityViolations } from "./axe";
import { otherLocale } from "@/i18n/routing";
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import { fetchPage, visibleText } from "./html";
import { entries } from "./site";

// A translation whose original changed after the version it was stamped from
// tells its readers, in its own language, when the other language's version
// was updated, and links to it; the original says nothing (issue 24).

const MESSAGES = { en: en.TranslationNotice, fr: fr.TranslationNotice };
const behind = entries().filter((entry) => entry.originalUpdated);

test("a translation behind its original says when the other language was updated, and the original says nothing", async ({
  request,
}) => {
  test.skip(behind.length === 0, "no translation of this tree is behind its original (none is stamped)");
  for (const entry of behind) {
    const { document } = await fetchPage(request, entry.path);
    const notice = document.querySelector("main .translation-notice");
    expect(notice?.getAttribute("role"), entry.path).toBe("status");
    const original = otherLocale(entry.locale);
    // The sentence in the page's language, naming the other one (ICU select, read plainly here).
    const named = new RegExp(`${original} \\{([^}]*)\\}`).exec(MESSAGES[entry.locale].updated)?.[1];
    expect(visibleText(notice), entry.path).toContain(`${named} ${entry.originalUpdated!.day}`);
    const link = notice?.querySelector("a");
    expect(link?.getAttribute("href"), entry.path).toBe(entry.translationPath);
    expect(link?.getAttribute("hreflang")).toBe(original);
    expect(notice?.querySelector("time")?.getAttribute("datetime")).toBe(entry.originalUpdated!.iso);
    const originalPage = await fetchPage(request, entry.translationPath!);
    expect(originalPage.document.querySelector(".translation-notice"), entry.translationPath).toBeNull();
  }
});

test("the notice breaks no accessibility rule", async ({ page }) => {
  test.skip(behind.length === 0, "no translation of this tree is behind its original (none is stamped)");
  for (const entry of behind) {
    await page.goto(entry.path);
    expect(await accessibilityViolations(page, ".translation-notice"), entry.path).toEqual([]);
  }
});
