// An Atom feed of one language's posts, written by hand: the format is small,
// and every piece of text goes through one escape so French quotes, ampersands
// and HTML in descriptions stay text.
import { LANGUAGE_TAG, type Locale } from "@/i18n/routing";
import type { Post, Tag } from "@/lib/content";
import { latestModified } from "@/lib/content/model";
import { absoluteUrl, blogPath, feedPath, homePath } from "@/lib/urls";

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}

/** `tagsOf` names each post's tags, which become the entry's categories (term: slug, label: name). */
export function atomFeed(
  locale: Locale,
  title: string,
  posts: Array<Post & { bodyHtml: string }>,
  tagsOf: (post: Post) => Tag[] = () => [],
): string {
  // The feed changed when the latest of its entries did.
  const updated = latestModified(posts)?.iso ?? "2017-07-18T00:00:00Z";
  const entries = posts.map(
    (post) => `  <entry>
    <id>${escapeXml(absoluteUrl(post.path))}</id>
    <title type="text">${escapeXml(post.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(post.path))}"/>
    <published>${post.date.iso}</published>
    <updated>${post.modified.iso}</updated>
${post.author ? `    <author><name>${escapeXml(post.author)}</name></author>\n` : ""}${tagsOf(post)
      .map((tag) => `    <category term="${escapeXml(tag.slug)}" label="${escapeXml(tag.name)}"/>\n`)
      .join("")}    <summary type="text">${escapeXml(post.summary)}</summary>
    <content type="html">${escapeXml(post.bodyHtml)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANGUAGE_TAG[locale]}" xml:base="${escapeXml(absoluteUrl(homePath(locale)))}">
  <id>${escapeXml(absoluteUrl(feedPath(locale)))}</id>
  <title type="text">${escapeXml(title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feedPath(locale)))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(blogPath(locale)))}"/>
${entries.join("\n")}
</feed>
`;
}
