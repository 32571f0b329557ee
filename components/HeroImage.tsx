import Image from "next/image";
import type { Post } from "@/lib/content";

/** A post's image, resized by Next for the reader's screen; nothing at all when the post has none. */
export function HeroImage({ image, sizes, priority }: { image: Post["image"]; sizes: string; priority?: boolean }) {
  if (!image?.width || !image.height) return null;
  return (
    <Image
      className="hero-image"
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      priority={priority}
    />
  );
}
