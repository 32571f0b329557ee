// Renders what a file holds into what readers see: Jekyll's Liquid left out,
// Hugo's shortcodes run (shortcodes.ts), the body rendered once (render.ts,
// through the cache), and a page whose words live in its Hugo template
// framed by that template (page-templates.ts). Every finding names the file
// it is in: a content file, or a page's template.
import path from "node:path";
import { isLocale, otherLocale, type Locale } from "@/i18n/routing";
import { OLD_SITE_ORIGIN, linkHref, oldSiteLocale, resolvedOnOldSite, sitePathFile } from "@/lib/urls";
import { namesThisSite, pageFileAt, siteHref, siteTarget } from "./body-links";
import { publishedAddress, type Draft } from "./drafts";
import type { FindingList } from "./findings";
import type { RawFile } from "./frontmatter";
import { isListPath } from "./hugo-lists";
import { inHugoOrder, sectionMembers } from "./hugo-pages";
import { hugoRefResolver } from "./hugo-refs";
import { remoteOrigin } from "./images";
import { withoutLiquid } from "./liquid";
import { inFrame, pageTemplateReader } from "./page-templates";
import type { BodyFormat, RenderContext } from "./render";
import { renderOnce, type RenderCache, type RenderedBody } from "./render-cache";
import { expandShortcodes, readShortcodeTemplates, skippedShortcodeMessage } from "./shortcodes";
import type { SiteAddresses } from "./site-addresses";
import type { ListedPage } from "./template-runner";
import { hugoLanguageDir, hugoSiteRoot, isHugoFile, isSectionIndex } from "./tree";

/** What a link that names an email address without `mailto:` holds (`cds-snc@servicecanada.gc.ca`). */
const EMAIL_ADDRESS = /^[^\s/:@]+@[^\s/:@]+\.[a-z]{2,}$/i;

export type PageRenderer = {
  /**
   * A body of a file (a page's, a post's, a section's), or text written in one (`from`'s own words); `publishedAt` is
   * where Hugo published words that are no page's (the blog's own), to read their relative links from.
   */
  render: (
    file: { relative: string },
    raw: RawFile,
    locale: Locale,
    from: Draft | undefined,
    publishedAt?: string,
  ) => RenderedBody;
  /** A page's body; where its words are in its Hugo template, they, with the body in its place. */
  renderPage: (draft: Draft) => RenderedBody;
  /** Pages whose Hugo template drew all Hugo showed of them, lists included: this site's layout adds nothing. */
  drawnByTemplate: ReadonlySet<string>;
  /** The remote origins (`https://host`) of every image rendered or noted, for the security policy. */
  imageOrigins: Set<string>;
  noteRemoteImage: (src: string) => void;
};

export function pageRenderer(
  root: string,
  { linkIndex, exists }: Pick<SiteAddresses, "linkIndex" | "exists">,
  reachable: readonly Draft[],
  { cache, checksLinks, findings }: { cache: RenderCache | undefined; checksLinks: boolean; findings: FindingList },
): PageRenderer {
  const reportedLinks = new Set<string>();
  /** `written` as the editor wrote it, `href` as a browser read it on the page's old address. */
  const reportBrokenLink = (
    file: { relative: string },
    line: number,
    locale: Locale,
    written: string,
    href: string,
  ) => {
    if (!checksLinks) return;
    if (!namesThisSite(href) || isListPath(href) || siteTarget(linkIndex, locale, href) !== undefined) return;
    if (reportedLinks.has(`${file.relative} ${href}`)) return;
    reportedLinks.add(`${file.relative} ${href}`);
    const read = written === href ? "" : ` (read from the page's address, ${href})`;
    const fix = EMAIL_ADDRESS.test(written)
      ? `write mailto:${written} to link the email address`
      : "fix or remove the link";
    findings.warning(
      file.relative,
      line,
      `links to ${written}${read}, which no page, post, alias, stub or file of this site answers; ${fix}`,
    );
  };
  const imageOrigins = new Set<string>();
  const noteRemoteImage = (src: string) => {
    const origin = remoteOrigin(src);
    if (origin) imageOrigins.add(origin);
  };
  const shortcodes = readShortcodeTemplates(hugoSiteRoot(root));
  const refs = hugoRefResolver(reachable, (locale) => hugoLanguageDir(root, locale) ?? root);
  const listedOf = (draft: Draft): ListedPage => ({
    title: draft.meta.title ?? "",
    description: draft.meta.description,
    path: draft.path,
    section: draft.file.treePath?.includes("/") ? draft.file.treePath.split("/")[0] : "",
    fields: draft.raw.fields,
  });
  // Hugo's `.Site.RegularPages`: every page and post of a language but its sections' own files, in Hugo's order;
  // sorted once, where a shortcode's template first lists them.
  const regularPages = new Map<Locale, ListedPage[]>();
  const regularPagesIn = (locale: Locale) => {
    const listed =
      regularPages.get(locale) ??
      inHugoOrder(
        reachable.filter((draft) => draft.locale === locale && !isSectionIndex(draft.file.treePath ?? "")),
      ).map(listedOf);
    regularPages.set(locale, listed);
    return listed;
  };
  const templateOf = pageTemplateReader(hugoSiteRoot(root), findings);
  const contextAt = (
    at: { relative: string; line: number; part: string; text?: string },
    locale: Locale,
    from: Draft | undefined,
    publishedAt = from ? publishedAddress(from) : "/",
  ): RenderContext => {
    // A relative link or picture (`figure.png`, `../roadmap/`) names what it named where the page was published.
    const published = (written: string) => resolvedOnOldSite(written, locale, publishedAt);
    // The line a link or picture is written on, where the text shows it as written; else the body's first.
    const lineOf = (written: string) => {
      const index = at.text?.indexOf(written) ?? -1;
      return at.text === undefined || index < 0 ? at.line : at.line + at.text.slice(0, index).split("\n").length - 1;
    };
    return {
      locale,
      onSanitized: (removed) =>
        findings.warning(
          at.relative,
          at.line,
          `sanitizing removed ${removed.join(", ")}; remove it from the ${at.part}`,
        ),
      onImageWithoutAlt: (src) =>
        findings.warning(
          at.relative,
          lineOf(src),
          `image ${src} has no alt text; describe it, or write alt="" if it is decoration`,
        ),
      rewriteHref: (written) => {
        const href = published(written);
        reportBrokenLink(at, lineOf(written), locale, written, href);
        return siteHref(linkIndex, from ?? { locale }, href);
      },
      servedPicture: (written) => {
        const absolute = published(written);
        const src = absolute.replace(OLD_SITE_ORIGIN, "");
        if (exists(sitePathFile(src))) return src;
        const first = oldSiteLocale(absolute) ?? locale;
        const file = pageFileAt(linkIndex, [first, otherLocale(first)], src);
        return file && linkHref(locale, file);
      },
      onRemoteImage: noteRemoteImage,
      onMissingImage: (src) =>
        findings.warning(at.relative, lineOf(src), `image ${src} is missing; add the file or remove the image`),
      onForm: (action, line) =>
        findings.warning(
          at.relative,
          at.line + line - 1,
          `a form that sent readers' answers to ${action || "this page"} is left out, and readers are told it is no longer available; link to a GC Forms form instead`,
        ),
    };
  };
  const renderSource = (source: { body: string; format: BodyFormat; locale: Locale }, context: RenderContext) =>
    cache ? cache.render(source, context) : renderOnce(source, context);
  const render = (
    file: { relative: string },
    raw: RawFile,
    locale: Locale,
    from: Draft | undefined,
    publishedAt?: string,
  ) => {
    // Jekyll ran Liquid in every body; Hugo, its shortcodes.
    const body =
      from && !isHugoFile(from.file)
        ? withoutLiquid(raw.body, raw.fields, (tag, line) =>
            findings.warning(
              file.relative,
              raw.bodyLine + line - 1,
              `${tag} is left out: this site does not run Jekyll's Liquid; write what it showed as HTML or markdown`,
            ),
          )
        : expandShortcodes(
            raw.body,
            shortcodes,
            (name, line, why) =>
              findings.warning(file.relative, raw.bodyLine + line - 1, skippedShortcodeMessage(name, why)),
            {
              locale,
              ref: (target, language) => refs(target, language && isLocale(language) ? language : locale, from),
              self: from ? listedOf(from) : { title: "", path: "", fields: raw.fields },
              pages: () => regularPagesIn(locale),
            },
          );
    const format: BodyFormat = /\.html?$/i.test(file.relative)
      ? "html"
      : from && !isHugoFile(from.file)
        ? "kramdown"
        : "markdown";
    return renderSource(
      { body, format, locale },
      contextAt(
        { relative: file.relative, line: raw.bodyLine, part: "body", text: raw.body },
        locale,
        from,
        publishedAt,
      ),
    );
  };
  const drawnByTemplate = new Set<string>();
  const renderPage = (draft: Draft) => {
    const template = isHugoFile(draft.file) ? templateOf(draft) : undefined;
    const body = () => render(draft.file, draft.raw, draft.locale, draft);
    const { meta, raw, locale } = draft;
    const treePath = draft.file.treePath ?? "";
    let notRead = "";
    const framed = template?.frame(
      {
        title: meta.title ?? "",
        description: meta.description,
        fields: raw.fields,
        pages: isSectionIndex(treePath)
          ? inHugoOrder(sectionMembers(path.posix.dirname(treePath), locale, reachable)).map(listedOf)
          : [],
        regularPages: () => regularPagesIn(locale),
      },
      (what) => (notRead = what),
    );
    if (!template) return body();
    if (framed === undefined) {
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("layout"),
        `its Hugo template ${template.file} holds words of its own, which are not shown: this site does not run a template that reads ${notRead}; move those words into this file`,
      );
      return body();
    }
    drawnByTemplate.add(draft.path);
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine("layout"),
      `its words are in ${template.file}, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them`,
    );
    const frame = renderSource(
      { body: framed, format: "html", locale },
      contextAt({ relative: template.file, line: template.line, part: "template" }, locale, draft),
    );
    return inFrame(frame, template.showsBody ? body() : undefined);
  };
  return { render, renderPage, drawnByTemplate, imageOrigins, noteRemoteImage };
}
