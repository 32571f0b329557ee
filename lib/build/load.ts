// Reads a content tree from disk into SiteContent: every file read into a
// draft (drafts.ts), paired with its translation (translations.ts), rendered
// (render.ts, with links rewritten by body-links.ts), its pictures measured
// (images.ts) and dated (dates.ts). Used at build time (scripts/build-content.ts)
// and by content checks; the site never calls it.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import type { Page, Post, Rendered, SiteContent } from "@/lib/content/model";
import { foldPermalink } from "@/lib/urls";
import { siteHref } from "./body-links";
import { modifiedOf, publish } from "./dates";
import { readDrafts, type Draft } from "./drafts";
import { FindingList, type Finding } from "./findings";
import { splitFrontMatter, type RawFile } from "./frontmatter";
import { lastCommitDates } from "./git-dates";
import { imageSrc, isFile, localImage, remoteOrigin } from "./images";
import { plainText, renderTitle, type RenderContext } from "./render";
import { renderOnce, type RenderCache } from "./render-cache";
import { frontMatterSchema } from "./schema";
import { collectTags, tagSlugsOf } from "./tags";
import { pairTranslations, pairingOf, type Pairing } from "./translations";
import { findSectionFiles, findSourceFiles } from "./tree";

export type { Pairing };
export { pathFromFileName } from "./drafts";
export { assetsDir, findSourceFiles } from "./tree";

export type LoadOptions = {
  /** Reuses bodies rendered by an earlier build where nothing they depend on changed. */
  cache?: RenderCache;
  /** A preview (`npm run dev`): drafts and posts dated in the future are kept, marked. */
  preview?: boolean;
  /** What "in the future" is measured from; now unless a test says otherwise. */
  now?: number;
};

export type LoadedContent = Omit<SiteContent, "root" | "posts" | "pages"> & {
  posts: Array<Rendered<Post>>;
  pages: Array<Rendered<Page>>;
  findings: Finding[];
  pairings: Pairing[];
  /** The remote origins (`https://host`) of every hero and body image, sorted, for the security policy. */
  imageOrigins: string[];
};

export async function loadContent(
  root: string,
  { cache, preview = false, now = Date.now() }: LoadOptions = {},
): Promise<LoadedContent> {
  const findings = new FindingList();
  const drafts = readDrafts(findSourceFiles(root), findings);
  pairTranslations(drafts, findings);

  const exists = (sitePath: string) => isFile(path.join(root, sitePath));
  const imageOrigins = new Set<string>();
  const noteRemoteImage = (src: string) => {
    const origin = remoteOrigin(src);
    if (origin) imageOrigins.add(origin);
  };
  const render = (file: { relative: string }, raw: RawFile, locale: Locale, from: Draft | undefined) => {
    const source = {
      body: raw.body,
      format: /\.html$/i.test(file.relative) ? ("html" as const) : ("markdown" as const),
      locale,
    };
    const context: RenderContext = {
      locale,
      onSanitized: (removed) =>
        findings.warning(
          file.relative,
          raw.bodyLine,
          `sanitizing removed ${removed.join(", ")}; remove it from the body`,
        ),
      onImageWithoutAlt: (src) =>
        findings.warning(
          file.relative,
          raw.bodyLine,
          `image ${src} has no alt text; describe it, or write alt="" if it is decoration`,
        ),
      rewriteHref: (href) => siteHref(drafts, from ?? { locale }, href),
      assetExists: exists,
      onRemoteImage: noteRemoteImage,
      onMissingImage: (src) =>
        findings.warning(file.relative, raw.bodyLine, `image ${src} is missing; add the file or remove the image`),
    };
    return cache ? cache.render(source, context) : renderOnce(source, context);
  };
  const commitDates = lastCommitDates(root);
  const posts: Array<Rendered<Post>> = [];
  const pages: Array<Rendered<Page>> = [];
  const tagNames = new Map<string, string[]>();
  for (const draft of drafts) {
    const body = render(draft.file, draft.raw, draft.locale, draft);
    const title = renderTitle(draft.meta.title ?? "", draft.locale);
    const common = {
      locale: draft.locale,
      path: draft.path,
      source: draft.file.relative,
      title: title.text,
      titleHtml: title.html,
      description: draft.meta.description && plainText(draft.meta.description),
      summary: draft.meta.description ? plainText(draft.meta.description) : body.summary,
      bodyHtml: body.html,
      bodyText: body.text,
      translationPath: draft.translation?.target.path,
      modified: modifiedOf(draft, commitDates.get(draft.file.relative)),
    };
    if (draft.kind === "page") {
      pages.push({
        ...common,
        kind: "page",
        permalink: draft.slug,
        navOrder: draft.meta.nav_order,
        redirectFrom: (draft.meta.redirect_from ?? []).map(foldPermalink).filter(Boolean),
      });
    } else if (draft.date) {
      const image = await postImage(root, draft, "image", findings);
      const thumb = await postImage(root, draft, "thumb", findings);
      for (const picture of [image, thumb]) if (picture) noteRemoteImage(picture.src);
      const tags = tagSlugsOf(draft.meta.tags ?? []);
      tagNames.set(draft.path, draft.meta.tags ?? []);
      const unpublished = draft.meta.draft ? "draft" : draft.date.instant > now ? "scheduled" : undefined;
      posts.push({
        ...common,
        kind: "post",
        slug: draft.slug,
        date: draft.date,
        author: draft.meta.author,
        image,
        thumb,
        tags,
        unpublished,
      });
    }
  }
  const { shown, unpublished } = publish(posts, preview);
  posts.splice(0, posts.length, ...shown);
  posts.sort((a, b) => b.date.instant - a.date.instant || b.source.localeCompare(a.source));
  const tags = collectTags(posts.map((post) => ({ ...post, tagNames: tagNames.get(post.path) ?? [] })));
  const sections = findSectionFiles(root).flatMap((file) => {
    const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings);
    const meta = raw && frontMatterSchema.safeParse(raw.fields);
    if (!raw || !meta?.success) return [];
    const description = meta.data.description && plainText(meta.data.description);
    return [
      {
        locale: file.locale,
        source: file.relative,
        description,
        bodyHtml: render(file, raw, file.locale, undefined).html,
      },
    ];
  });
  const findingsInFileOrder = findings.all.toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    posts,
    pages,
    tags,
    sections,
    unpublished,
    findings: findingsInFileOrder,
    pairings: drafts.map(pairingOf),
    imageOrigins: [...imageOrigins].sort(),
  };
}

/** A post's `image` or `thumb`: a remote URL as written, a local file with its size, or nothing when it is missing. */
async function postImage(
  root: string,
  draft: Draft,
  key: "image" | "thumb",
  findings: FindingList,
): Promise<Post["image"]> {
  const written = draft.meta[key];
  if (!written) return undefined;
  const alt = draft.meta["image-alt"] ?? "";
  const src = imageSrc(written);
  if (/^[a-z]+:\/\//i.test(src)) return { src, alt };
  const image = await localImage(root, src, alt);
  if (!image) {
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine(key),
      `${key} ${written} is missing (looked for ${src}); add the file or fix \`${key}\``,
    );
  }
  return image;
}
