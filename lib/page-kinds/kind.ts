// What every kind of page says about itself, in one place: its paths, its
// head, its date modified, its translation and toggle, and its content
// (breadcrumb and component). A kind is one module of this folder, listed
// in registry.ts; app/ looks pages up there and never asks what kind they are.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { Modified } from "@/lib/content";

/** One page, found: everything the shell, the head, the sitemap and the toggle need of it. */
export type ShownPage = {
  locale: Locale;
  /** Its canonical path, with locale prefix and trailing slash. */
  path: string;
  /** The same page in the other language, where there is one: for hreflang, the sitemap and the toggle. */
  translation?: string;
  /** Where the language toggle goes: the translation, else the nearest page the other language has. */
  toggle: string;
  /** When what it shows last changed. */
  modified?: Modified;
  /** What the header's search box shows (the search page's query). */
  query?: string;
  /** Its `<head>`: title, description, canonical URL, hreflang, link preview. */
  metadata(): Promise<Metadata>;
  /** Its breadcrumb and body, inside the page shell. */
  content(): Promise<ReactNode>;
};

/** A requested path under a language: its segments as written, and folded to a canonical path. */
export type RequestedPath = { locale: Locale; canonical: string; segments: readonly string[] };

export type PageKind = {
  /** Whether search engines should list its pages (the sitemap); notices that only point elsewhere are not. */
  indexable: boolean;
  /** The page of this kind a request names, if any. */
  find(request: RequestedPath): ShownPage | undefined;
  /** Every canonical path of this kind in `locale`. */
  paths(locale: Locale): string[];
};
