// A bare `www.example.com` in markdown is a link in both GFM and Hugo's
// Goldmark, but Hugo 0.111 (`linkifyProtocol`, https by default) sent it over
// https where GFM says http: readers of the department's site followed https.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

export const wwwLinksOverHttps: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  visit(tree, "link", (link) => {
    const start = link.position?.start.offset;
    if (start === undefined || !/^www\./i.test(source.slice(start, start + 4))) return;
    link.url = link.url.replace(/^http:\/\//, "https://");
  });
};
