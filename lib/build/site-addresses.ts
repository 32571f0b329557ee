// What answers where before any body is rendered: the pages' addresses and
// aliases, the lists Hugo made, the redirect stubs of the tree and of
// `static/`, and the static files. Links in bodies and menus are resolved
// against it (body-links.ts), and loadContent adds the aliases of tags,
// homes and posts once those are known.
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import type { Stub } from "@/lib/content/model";
import { foldPermalink, sitePathFile, withoutLocale } from "@/lib/urls";
import { pageAddressesOf, siteTarget, type LinkIndex } from "./body-links";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import type { HugoSite } from "./hugo-site";
import { hugoListAliases, isListPath, knownListPaths, type SectionFile } from "./hugo-lists";
import { isFile } from "./images";
import { hugoFileCopies, hugoPageResources } from "./resources";
import { copiedStubTarget, readStaticIndexes, readStubs, refreshAt, writtenRefresh } from "./stubs";
import { isHugoPlainHtml, type SourceFile } from "./tree";

export type BlogSection = { locale: Locale; url: string | undefined };

export type SiteAddresses = {
  linkIndex: LinkIndex;
  /** Every address that leads elsewhere: list pages' old addresses, stubs, and Hugo's list aliases. */
  redirects: Map<string, string>;
  /** Addresses Hugo wrote that lead to a page of this site; loadContent adds more as it learns them. */
  listAliases: Map<string, string>;
  stubs: Stub[];
  /** The sections' own `url`s: where Hugo published a blog's files. */
  blogSections: BlogSection[];
  /** A file of `static/` (or of the tree) stands at this address. */
  exists: (sitePath: string) => boolean;
  isStatic: (sitePath: string) => boolean;
};

/** Whether a path of this site names a file (`/reports/x.pdf`, `/index.xml`) rather than a page. */
const namesAFile = (sitePath: string) => /\.[a-z0-9]+$/i.test(sitePath);

export function readSiteAddresses(
  root: string,
  site: HugoSite,
  files: readonly SourceFile[],
  sectionFiles: readonly SectionFile[],
  drafts: { reachable: readonly Draft[]; withFiles: readonly Draft[] },
  findings: FindingList,
): SiteAddresses {
  const { reachable, withFiles } = drafts;
  const { staticDir } = site;
  const isStatic = (sitePath: string) =>
    staticDir !== undefined && namesAFile(sitePath) && isFile(path.join(staticDir, sitePathFile(sitePath)));
  const exists = (sitePath: string) => isFile(path.join(root, sitePath)) || isStatic(sitePath);
  const listAliases = hugoListAliases(root, site, sectionFiles);
  const blogSections = sectionFiles.map((file) => ({ locale: file.locale, url: file.meta.url }));
  const redirects = new Map([...knownListPaths(), ...listAliases]);
  const deadEndStubs = new Set<string>();
  const linkIndex: LinkIndex = {
    drafts: reachable,
    pageAddresses: pageAddressesOf(reachable),
    redirects,
    deadEndStubs,
    isFile: isStatic,
    // Where the files beside pages stand, so that a link to one (`/legal/notes.txt`) leads there.
    pageResources: new Set(
      hugoPageResources(root, withFiles, (draft) => draft.path, blogSections, files).map((resource) => resource.path),
    ),
  };
  const sitePathOf = (href: string, locale: Locale) => siteTarget(linkIndex, locale, href);
  // A page's alias at a stub's address (`products/_index.html` beside `aliases: [/products/]`): Hugo wrote the alias's
  // redirect at the address, beside the stub it had copied under its own name, so the alias is what answers there,
  // and the stub only at its name (`/products/_index.html`, below), here too.
  const aliasWritesOver = (stub: Stub) => {
    const page = linkIndex.pageAddresses.get(stub.path);
    if (!page || page === stub.path) return false;
    if (redirects.get(stub.path) === stub.target) redirects.delete(stub.path);
    if (stub.target !== page)
      findings.warning(
        stub.source,
        1,
        `leads to ${stub.target}, but the \`aliases\` of ${page} name this address too, and Hugo wrote that page's redirect over this file, so readers go to ${page}; remove the alias or this file`,
      );
    return true;
  };
  const placed = new Set<Stub>();
  const contentStubs = readStubs(files, sitePathOf, findings, (stub) => {
    placed.add(stub);
    redirects.set(stub.path, stub.target);
  });
  // Hugo copied each stub under its own name (`about.html`, `a11y/_index.html`), and that name leads where the stub
  // does, even where a page or a page's alias took its folder's address.
  for (const stub of contentStubs) {
    const ownName = stub.treePath && `/${stub.locale}/${foldPermalink(stub.treePath)}/`;
    if (ownName && !listAliases.has(ownName)) listAliases.set(ownName, stub.target);
  }
  for (const [address, target] of fileCopies(root, contentStubs, reachable, withFiles, blogSections, sitePathOf))
    if (!listAliases.has(address)) listAliases.set(address, target);
  const stubs = contentStubs.filter((stub) => !aliasWritesOver(stub));
  // A page of the tree wins over a static folder at the same address.
  stubs.push(...readStaticIndexes(staticDir, sitePathOf).filter((stub) => !linkIndex.pageAddresses.has(stub.path)));
  for (const stub of stubs) redirects.set(stub.path, stub.target);
  // What an unplaced stub names may still answer when asked (a tag, a feed, a list's page N: lib/redirects.ts); any
  // other address is one no page of the tree holds.
  for (const stub of contentStubs)
    if (!placed.has(stub) && !isListPath(stub.target) && !namesAFile(stub.target)) deadEndStubs.add(stub.path);
  return { linkIndex, redirects, listAliases, stubs, blogSections, exists, isStatic };
}

/**
 * Where Hugo copied each HTML file it took for a file (tree.ts `isHugoPlainHtml`), as it copies any file of a
 * content folder (resources.ts): below the address of the page whose folder holds it (a section's, which its `url`
 * may move; a bundle's; the home's), and with the other language's page at the same place where that language has
 * no file of its name (checked with Debian's hugo). A stub's copies lead where its refresh names from each
 * language's site; those of an HTML document this site publishes as a page lead to that page.
 */
function fileCopies(
  root: string,
  stubs: readonly Stub[],
  reachable: readonly Draft[],
  withFiles: readonly Draft[],
  blogSections: readonly BlogSection[],
  sitePathOf: (href: string, locale: Locale) => string | undefined,
): Array<[string, string]> {
  const stubBySource = new Map(stubs.map((stub) => [path.join(root, stub.source), stub]));
  const pageBySource = new Map(
    reachable
      .filter((draft) => draft.kind === "page" && isHugoPlainHtml(draft.file.absolute))
      .map((draft) => [draft.file.absolute, draft.path]),
  );
  const copied = new Set([...stubBySource.keys(), ...pageBySource.keys()]);
  return hugoFileCopies(root, withFiles, (draft) => draft.path, blogSections, copied).flatMap(
    (copy): Array<[string, string]> => {
      const address = `/${copy.locale}/${foldPermalink(withoutLocale(copy.path))}/`;
      const page = pageBySource.get(copy.absolute);
      if (page) return [[address, page]];
      const stub = stubBySource.get(copy.absolute);
      if (!stub) return [];
      // An absolute refresh URL names one page from every copy in a language; a relative one, another from each.
      const written = writtenRefresh(copy.absolute);
      const here = written && refreshAt(written, copy.locale, withoutLocale(copy.path));
      const asStub = copy.locale === stub.locale && here === written;
      const target = asStub ? stub.target : here && copiedStubTarget(here, copy.locale, sitePathOf);
      return target ? [[address, target]] : [];
    },
  );
}
