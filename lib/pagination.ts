// Which page links a list of `count` pages shows on page `page`: previous,
// next, the first and last pages and those around this one, with a gap between
// (the GC Design System's pattern). The blog's pages and search results share it.

export type PageLink = {
  number: number;
  /** Not next to the current page: hidden on a phone, with its gap. */
  far: boolean;
  gapBefore: boolean;
  gapAfter: boolean;
};

export function pageLinks(page: number, count: number): PageLink[] {
  if (count <= 1) return [];
  const shown = [...new Set([1, page - 1, page, page + 1, count])].filter((number) => number >= 1 && number <= count);
  const far = (number: number) => Math.abs(number - page) > 1;
  return shown.map((number, index) => {
    const [previous, next] = [shown[index - 1], shown[index + 1]];
    // The gap goes with the far page, so the phone layout hides both.
    return {
      number,
      far: far(number),
      gapBefore: previous !== undefined && number - previous > 1 && !far(previous),
      gapAfter: next !== undefined && next - number > 1 && far(number),
    };
  });
}
