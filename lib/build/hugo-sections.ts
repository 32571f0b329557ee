// Hugo makes a list page for every top-level folder of a language that holds
// pages, whether or not the folder has an `_index` of its own (`/legal/`,
// `/stories/`, `/form-submission/`). A folder without one gets its list here:
// its pages as cards, under a title made from the folder's name.
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import { latestModified, type Page, type Rendered } from "@/lib/content/model";
import { pagePath } from "@/lib/urls";
import { escapeHtml } from "@/lib/html";
import { titleFromName, type Draft } from "./drafts";
import { cardOf, inHugoOrder, sectionMembers, type CardContext } from "./hugo-pages";

const topFolderOf = (draft: Draft) => {
  const [top, ...below] = (draft.file.treePath ?? "").split("/");
  return below.length > 0 ? top : undefined;
};

/**
 * Folders whose names fold to one address (`legal/` and `légal/`, which Hugo
 * listed apart, at two addresses): here, one list holds the pages of both.
 */
function foldersByPath(locale: Locale, folders: Iterable<string>): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const folder of [...folders].sort()) {
    const path = pagePath(locale, folder);
    byPath.set(path, [...(byPath.get(path) ?? []), folder]);
  }
  return byPath;
}

/**
 * The list pages of folders with pages and no `_index` (`answers` says where
 * one stands, or where a page or a redirect already answers). A folder whose
 * pages Hugo built but wrote none of (`headless`, `render: never`) still has
 * its list, empty, as Hugo wrote it: `unwritten` are those pages.
 */
export function folderListPages(
  pages: readonly Draft[],
  unwritten: readonly Draft[],
  rendered: ReadonlyArray<Rendered<Page>>,
  answers: (locale: Locale, folder: string) => boolean,
  cards: CardContext,
): Array<Rendered<Page>> {
  const modifiedAt = new Map(rendered.map((page) => [page.path, page.modified]));
  const folders = (locale: Locale) =>
    new Set(
      [...pages, ...unwritten]
        .filter((page) => page.locale === locale)
        .flatMap((page) => topFolderOf(page) ?? [])
        .filter((folder) => !answers(locale, folder)),
    );
  const byLocale = new Map(routing.locales.map((locale) => [locale, folders(locale)]));
  return routing.locales.flatMap((locale) =>
    [...foldersByPath(locale, byLocale.get(locale) ?? [])].flatMap(([, named]): Array<Rendered<Page>> => {
      const [folder] = named;
      const children = inHugoOrder(named.flatMap((each) => sectionMembers(each, locale, pages)));
      // Dated as Hugo dates a list: by its newest page; undated when none of them has a date.
      const modified = latestModified(
        children.flatMap((child) => {
          const at = modifiedAt.get(child.path);
          return at ? [{ modified: at }] : [];
        }),
      );
      const title = titleFromName(folder);
      return [
        {
          kind: "page",
          locale,
          path: pagePath(locale, folder),
          source: `content/${locale}/${folder}/`,
          title,
          titleHtml: escapeHtml(title),
          summary: "",
          bodyHtml: "",
          bodyText: "",
          translationPath: byLocale.get(otherLocale(locale))?.has(folder)
            ? pagePath(otherLocale(locale), folder)
            : undefined,
          modified,
          permalink: pagePath(locale, folder).slice(locale.length + 2, -1),
          redirectFrom: [],
          inFooter: false,
          view: { layout: "section", children: children.map((child) => cardOf(child, cards)) },
        },
      ];
    }),
  );
}
