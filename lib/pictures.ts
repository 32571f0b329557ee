// How a picture of the content is sent: the widths each layout shows it at,
// the `sizes` that tell a browser so, and the attributes of its <picture>.
// The build (lib/build/pictures.ts) encodes the widths named here; the
// components and the body's HTML (lib/build/body-pictures.ts) both draw a
// picture with `pictureAttributes`, so the two never disagree.
import type { Picture } from "@/lib/content/model";

/**
 * Where a picture is shown, and how wide (CSS px) at most (app/globals.css):
 * a card's picture is at most 10rem high, so about 20rem wide; a hero or a
 * picture in a body takes the text's measure.
 */
export const PICTURE_LAYOUTS = {
  card: { widths: [320, 640], sizes: "20rem" },
  hero: { widths: [360, 720, 1080, 1440], sizes: "(min-width: 48rem) 45rem, 100vw" },
  body: { widths: [360, 720, 1080, 1440], sizes: "(min-width: 48rem) 45rem, 100vw" },
} as const;

export type PictureLayout = keyof typeof PICTURE_LAYOUTS;

export function widthsFor(layouts: Iterable<PictureLayout>, largest: number): number[] {
  const wanted: number[] = [...layouts].flatMap((layout) => PICTURE_LAYOUTS[layout].widths);
  const kept = wanted.filter((width) => width < largest);
  // A picture narrower than a width a layout asks for is sent at its own width instead.
  if (wanted.some((width) => width >= largest)) kept.push(largest);
  return [...new Set(kept)].sort((a, b) => a - b);
}

/**
 * Whether a picture's address or file names an SVG (`.svg` in any case, as editors name files `diagram.SVG`): it is
 * drawn as it is. Next's optimizer reads only rasters, and passes by itself only a name ending in lower-case `.svg`.
 */
export const isVectorPicture = (src: string) => /\.svg(?:[?#]|$)/i.test(src);

export type PictureAttributes = {
  /** The modern format, for `<source type="image/webp">`; none for a vector picture. */
  webp?: { srcSet: string; sizes: string };
  img: { src: string; srcSet?: string; sizes?: string; width: number; height: number };
};

/**
 * The `<source>` and `<img>` of a prepared picture shown in `layout`: the
 * WebP versions first, the source's own format (JPEG or PNG) for a browser
 * without WebP, and the size that keeps its place before it loads.
 */
export function pictureAttributes(picture: Picture, layout: PictureLayout, src: string): PictureAttributes {
  const size = { width: picture.width, height: picture.height };
  const largest = picture.versions.at(-1);
  if (!largest) return { img: { src, ...size } };
  // One version: a picture smaller than the layout, shown at its own width.
  const sizes = picture.versions.length === 1 ? `${largest.width}px` : PICTURE_LAYOUTS[layout].sizes;
  const srcSet = (format: "webp" | "fallback") =>
    picture.versions.map((version) => `${version[format]} ${version.width}w`).join(", ");
  return {
    webp: { srcSet: srcSet("webp"), sizes },
    img: { src: largest.fallback, srcSet: srcSet("fallback"), sizes, ...size },
  };
}

/** How the first picture a reader sees loads (the page's largest paint), and every other one. */
export function loadingAttributes(first: boolean): { fetchPriority?: "high"; loading?: "lazy"; decoding?: "async" } {
  return first ? { fetchPriority: "high" } : { loading: "lazy", decoding: "async" };
}
