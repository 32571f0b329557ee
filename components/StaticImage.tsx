import { getImageProps, type ImageProps } from "next/image";

/**
 * next/image's sizing, srcset and optimizer URLs, rendered by the server as a
 * plain `<img>`: the Image component is a client component, and adds its
 * JavaScript to every page for pictures that never change once shown.
 */
export function StaticImage(props: ImageProps) {
  const { props: imageProps } = getImageProps(props);
  // getImageProps passes `alt` through; the rule cannot see it in the spread.
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
  return <img {...imageProps} />;
}
