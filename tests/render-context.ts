import type { Locale } from "@/i18n/routing";
import type { RenderContext } from "@/lib/build/render";

/** A render context that leaves every link as written, finds every image and notes nothing: for rendering alone. */
export function quietContext(locale: Locale): RenderContext {
  return {
    locale,
    onSanitized: () => {},
    rewriteHref: () => undefined,
    servedPicture: (src) => src,
    onImageWithoutAlt: () => {},
    onRemoteImage: () => {},
    onMissingImage: () => {},
    onForm: () => {},
  };
}
