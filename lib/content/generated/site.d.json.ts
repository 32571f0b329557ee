// site.json is written by `npm run content:build`; lib/content/index.ts
// validates it against the content schema, so nothing is assumed about it here.
declare const site: unknown;
export default site;
