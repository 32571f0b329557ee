import { describe, expect, it } from "vitest";
import { collectTags, tagFilesElsewhere } from "@/lib/build/tags";

const post = (locale: "en" | "fr", path: string, tagNames: string[], translationPath?: string) => ({
  locale,
  path,
  tagNames,
  translationPath,
});

describe("tags", () => {
  it("keeps a tag of its own file that no post carries, named and paired by its file, as Hugo made its page", () => {
    const tags = collectTags(
      [post("en", "/en/a/", ["GC Notify"], "/fr/a/"), post("fr", "/fr/a/", ["Notification GC"], "/en/a/")],
      [
        { locale: "en", folder: "hr", title: "HR", translationKey: "tag-hr" },
        { locale: "fr", folder: "rh", title: "RH", translationKey: "tag-hr" },
        { locale: "en", folder: "gc-notify", title: "GC Notify", translationKey: "tag-notify" },
      ],
    );
    expect(
      tags.map(({ locale, slug, name, posts, translationSlug }) => [locale, slug, name, posts, translationSlug]),
    ).toEqual([
      ["en", "gc-notify", "GC Notify", ["/en/a/"], undefined],
      ["en", "hr", "HR", [], "rh"],
      ["fr", "notification-gc", "Notification GC", ["/fr/a/"], undefined],
      ["fr", "rh", "RH", [], "hr"],
    ]);
  });

  it("finds the tag of a file whose folder is spelled apart from it, so its old address leads to the tag", () => {
    const files = [
      { locale: "en" as const, folder: "billingualism", title: "Bilingualism" },
      { locale: "en" as const, folder: "privacy", title: "Privacy" },
    ];
    const tags = collectTags([post("en", "/en/a/", ["Bilingualism", "Privacy"])], files);
    expect(tagFilesElsewhere(tags, files).map(({ file, tag }) => [file.folder, tag.slug])).toEqual([
      ["billingualism", "bilingualism"],
    ]);
  });
});
