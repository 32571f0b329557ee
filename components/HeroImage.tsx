import { StaticImage } from "./StaticImage";
import type { Post } from "@/lib/content";
import { isVectorPicture } from "@/lib/pictures";

/**
 * A post's picture: resized by Next for the reader's screen when it is a file
 * of the tree (its size is known); as it is, in a box that holds its place,
 * when it lives on the department's image host. Nothing when there is none.
 */
export function HeroImage({ image, sizes, priority }: { image: Post["image"]; sizes: string; priority?: boolean }) {
  if (!image) return null;
  if (image.width && image.height) {
    return (
      <StaticImage
        className="hero-image"
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes={sizes}
        priority={priority}
        unoptimized={isVectorPicture(image.src)}
      />
    );
  }
  return (
    <span className="hero-image remote-image">
      <StaticImage src={image.src} alt={image.alt} fill sizes={sizes} priority={priority} unoptimized />
    </span>
  );
}
