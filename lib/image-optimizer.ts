// What Next's image optimizer (`/_next/image`) may read: the pictures a post
// names as its `image` or `thumb`. A Jekyll tree's are copied to /assets; a
// Hugo tree's are files of its static/, named by their place there
// (`image: /img/cds/…`, as the department's early Hugo posts wrote them).
// Nothing else: the optimizer decodes whatever it is pointed at.

/** A glob's special characters, which a folder of static/ may hold (`plan (draft)`). */
const GLOB_CHARACTERS = /[\\*?[\]{}()!+@|]/g;

/**
 * A name of static/ as Next matches it: spelt as a URL's path spells it (Next
 * parses the picture's address before matching), its glob characters escaped.
 * None for a name a URL cannot hold as a path (`#`, `?`).
 */
function pathGlob(name: string): string | undefined {
  if (/[#?]/.test(name)) return undefined;
  return new URL(`/${name}`, "http://localhost").pathname.slice(1).replace(GLOB_CHARACTERS, "\\$&");
}

/** Next's `images.localPatterns`: the content's pictures, and each file and folder at the root of static/. */
export function optimizedPicturePatterns(staticRoots: readonly string[]): Array<{ pathname: string }> {
  const names = staticRoots.flatMap((name) => pathGlob(name) ?? []);
  return [
    { pathname: "/assets/**" },
    ...names.flatMap((name) => [{ pathname: `/${name}` }, { pathname: `/${name}/**` }]),
  ];
}
