// Which of the tree's pictures pages show, and where (a card, a hero, a
// body): each is prepared once for every layout it appears in, and the
// bodies that show one are drawn with its versions.
import path from "node:path";
import type { Finding } from "@/lib/build/findings";
import type { PageView, Picture } from "@/lib/content/model";
import type { PictureLayout } from "@/lib/pictures";
import { sitePathFile } from "@/lib/urls";
import { bodyPictureSources, drawBodyPictures, isLocalPicture, parseBodyPictures } from "./body-pictures";
import { isFile } from "./images";
import type { PictureBuild } from "./pictures";

/** A few at a time: sharp has its own threads, and a screenshot is large once decoded. */
const CONCURRENT = 4;

type Image = { src: string } | undefined;

/** The pictures a page's layout shows beyond its body (components/pages/). */
function viewPictures(view: PageView): Array<[Image, PictureLayout]> {
  const cards = (images: Image[]) => images.map((image): [Image, PictureLayout] => [image, "card"]);
  switch (view.layout) {
    case "home":
      return cards(view.sections.flatMap((section) => section.products.map((product) => product.image)));
    case "careers":
      return cards(view.postings.map((card) => card.image));
    case "section":
      return cards(view.children.map((card) => card.image));
    case "team":
      return cards(
        [...view.leadership, ...view.roles.flatMap((role) => role.people)].map((person) =>
          person.photo ? { src: person.photo } : undefined,
        ),
      );
    case "landing":
    case "list":
    case "sub-list":
    case "single":
      return [
        [view.hero?.image, "hero"],
        ...cards([...view.cards, ...view.tools, ...view.posts].map((card) => card.image)),
      ];
    default:
      return [];
  }
}

type Entry = { path: string; bodyHtml: string; view?: PageView; image?: Image };

/**
 * Prepares every local picture `entries` show (files under `publicDir`, where
 * the build copied the tree's static files and assets) and returns them by
 * address, with each entry's body drawn from them.
 */
export async function preparePagePictures<E extends Entry>(
  entries: readonly E[],
  build: PictureBuild,
  treeFileOf: (src: string) => string,
): Promise<{ pictures: Record<string, Picture>; entries: E[]; findings: Finding[] }> {
  const uses = new Map<string, Set<PictureLayout>>();
  const shows = (src: string | undefined, layout: PictureLayout) => {
    if (!src || !isLocalPicture(src)) return;
    uses.set(src, (uses.get(src) ?? new Set()).add(layout));
  };
  // Each body is parsed once: its pictures are read from the tree, then drawn into it.
  const bodies = entries.map((entry) => parseBodyPictures(entry.bodyHtml));
  entries.forEach((entry, at) => {
    for (const [image, layout] of entry.view ? viewPictures(entry.view) : []) shows(image?.src, layout);
    const body = bodies[at];
    for (const src of body ? bodyPictureSources(body) : []) shows(src, "body");
  });

  const pictures: Record<string, Picture> = {};
  const findings: Finding[] = [];
  const all = [...uses];
  for (let start = 0; start < all.length; start += CONCURRENT) {
    await Promise.all(
      all.slice(start, start + CONCURRENT).map(async ([src, layouts]) => {
        const file = path.join(build.publicDir, sitePathFile(src));
        // Only the site's own files: a path written to climb out of public/ names nothing to publish.
        if (path.relative(build.publicDir, file).startsWith("..") || !isFile(file)) return;
        const prepared = await build.prepare(file, layouts);
        if ("picture" in prepared) pictures[src] = prepared.picture;
        else
          findings.push({
            file: treeFileOf(src),
            line: 1,
            severity: "warning",
            message: `this picture cannot be read (${prepared.damaged}); pages show it as it is, unprepared: upload it again`,
          });
      }),
    );
  }

  const drawn = entries.map((entry, at) => {
    const body = bodies[at];
    if (!body) return entry;
    const viewHero = entry.view && viewPictures(entry.view).some(([image, layout]) => layout === "hero" && image);
    const hasHero = Boolean(entry.image) || Boolean(viewHero);
    return { ...entry, bodyHtml: drawBodyPictures(body, pictures, { mayOpen: !hasHero }) };
  });
  return { pictures, entries: drawn, findings };
}
