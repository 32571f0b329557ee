// What sanitizing means for editors: say what it removed, keep only the
// embeds this site trusts, and make links that leave the site or open a new
// window safe and announced.
import type { Element, Root } from "hast";
import type { Schema } from "hast-util-sanitize";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import type { Locale } from "@/i18n/routing";
import { EMBED_ORIGIN } from "@/lib/http-headers";

const NEW_WINDOW = { en: en.Content.newWindow, fr: fr.Content.newWindow };
const FORM_GONE = { en: en.Content.formGone, fr: fr.Content.formGone };
const TRUSTED_EMBED = /^https:\/\/(www\.)?(youtube-nocookie\.com\/embed\/|youtube\.com\/embed\/)/;
/** Every trusted embed is served from YouTube's no-cookie host: no tracking cookie, and one host in the security policy. */
const NO_COOKIE_EMBED = `${EMBED_ORIGIN}/embed/`;

/**
 * The old site's pages held forms (research sign-ups) that sent readers'
 * answers to a service of their own. This site sends nothing elsewhere, and
 * sanitizing would leave the fields' labels and their hidden error messages
 * as loose text that asks for answers no one can give. Each form is replaced
 * by a sentence saying it is not available here, and its editor is told where
 * it sent its answers.
 */
export const formsAsNotice: Plugin<[Locale, (action: string, line: number) => void], Root> =
  (locale, report) => (tree) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "form" || !parent || index === undefined) return;
      report(typeof node.properties.action === "string" ? node.properties.action : "", node.position?.start.line ?? 1);
      parent.children.splice(index, 1, {
        type: "element",
        tagName: "p",
        properties: {},
        children: [{ type: "text", value: FORM_GONE[locale] }],
      });
      return [SKIP, index + 1];
    });
  };

/** Lists, before sanitizing, what the schema is about to remove, so the editor can be told. */
export const reportUnsafe: Plugin<[Schema, (removed: string[]) => void], Root> = (schema, report) => (tree) => {
  const removed = new Set<string>();
  const allowedTags = new Set(schema.tagNames ?? []);
  visit(tree, "element", (node: Element) => {
    if (!allowedTags.has(node.tagName)) removed.add(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) removed.add(`${name.toLowerCase()} attribute`);
      if (name === "style") removed.add("style attribute");
      if (typeof value === "string" && /^\s*(javascript|vbscript|data):/i.test(value)) {
        removed.add(`${value.trim().split(":")[0].toLowerCase()}: URL`);
      }
    }
    if (node.tagName === "iframe" && !TRUSTED_EMBED.test(String(node.properties.src ?? ""))) {
      removed.add(`<iframe> from ${String(node.properties.src ?? "nowhere")}`);
    }
  });
  if (removed.size > 0) report([...removed]);
};

/** After sanitizing: only trusted embeds stay; external links get rel, new windows say so. */
export const safeEmbedsAndLinks: Plugin<[Locale], Root> = (locale) => (tree) => {
  visit(tree, "element", (node: Element, index, parent) => {
    if (node.tagName === "iframe") {
      const src = String(node.properties.src ?? "");
      if (!TRUSTED_EMBED.test(src)) {
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties.src = src.replace(TRUSTED_EMBED, NO_COOKIE_EMBED);
      return;
    }
    if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
    if (/^https?:\/\//i.test(node.properties.href)) node.properties.rel = ["noopener", "noreferrer"];
    if (node.properties.target === "_blank") {
      // A link written with a space at its end (`GC Forms </a>for`) keeps that space after what is heard.
      const last = node.children.at(-1);
      const trailing = last?.type === "text" ? (/\s+$/.exec(last.value)?.[0] ?? "") : "";
      if (last?.type === "text" && trailing) last.value = last.value.slice(0, -trailing.length);
      node.children.push({
        type: "element",
        tagName: "span",
        properties: { className: ["visually-hidden"] },
        children: [{ type: "text", value: ` (${NEW_WINDOW[locale]})` }],
      });
      if (trailing) node.children.push({ type: "text", value: trailing });
    }
  });
};
