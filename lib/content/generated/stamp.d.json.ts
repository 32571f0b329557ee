// stamp.json is written by every content build (scripts/lib/content-build.ts).
declare const stamp: { built: number };
export default stamp;
