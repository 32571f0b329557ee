import type { Locale } from "@/i18n/routing";
import type { Tag } from "@/lib/content";
import { linkHref, tagPath } from "@/lib/urls";

type Props = {
  tags: readonly Tag[];
  locale: Locale;
  title: string;
  titleId: string;
  landmark: "section" | "nav";
  className: string;
};

/** A titled list of tags, each a link to the posts that carry it: a post's own tags, or every tag after a list. */
export function TagList({ tags, locale, title, titleId, landmark: Landmark, className }: Props) {
  if (tags.length === 0) return null;
  return (
    <Landmark className={className} aria-labelledby={titleId}>
      <h2 id={titleId} className="post-tags-title">
        {title}
      </h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={linkHref(locale, tagPath(locale, tag.slug))}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </Landmark>
  );
}
