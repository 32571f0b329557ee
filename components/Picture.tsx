import { pictureOf } from "@/lib/content";
import { loadingAttributes, pictureAttributes, type PictureLayout } from "@/lib/pictures";

/**
 * A picture of the tree as the build prepared it: WebP at the widths
 * `layout` shows it, its own format for browsers without WebP, its size so
 * nothing shifts as it loads. `first`: the page's largest picture on its
 * first screen, fetched before the rest; every other one waits until it is
 * near. A picture the build did not prepare (another host's) is sent as written.
 */
export function Picture({
  src,
  alt,
  layout,
  first = false,
}: {
  src: string;
  alt: string;
  layout: PictureLayout;
  first?: boolean;
}) {
  const picture = pictureOf(src);
  const loading = loadingAttributes(first);
  // eslint-disable-next-line @next/next/no-img-element -- prepared at build time (lib/build/pictures.ts), not by next/image
  if (!picture) return <img src={src} alt={alt} {...loading} />;
  const { webp, img } = pictureAttributes(picture, layout, src);
  // eslint-disable-next-line @next/next/no-img-element -- as above
  const drawn = <img {...img} alt={alt} {...loading} />;
  if (!webp) return drawn;
  return (
    <picture>
      <source type="image/webp" srcSet={webp.srcSet} sizes={webp.sizes} />
      {drawn}
    </picture>
  );
}
