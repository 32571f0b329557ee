import { getTranslations } from "next-intl/server";
import type { Post } from "@/lib/content";
import { absoluteUrl } from "@/lib/urls";
import { CopyLinkButton } from "./CopyLinkButton";

/** Plain links to share a post: no third-party script is ever loaded. */
export async function ShareLinks({ post }: { post: Post }) {
  const t = await getTranslations({ locale: post.locale, namespace: "Share" });
  const url = absoluteUrl(post.path);
  const u = encodeURIComponent(url);
  const title = encodeURIComponent(post.title);
  const networks = [
    ["linkedin", `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ["facebook", `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ["x", `https://x.com/intent/post?url=${u}&text=${title}`],
    ["bluesky", `https://bsky.app/intent/compose?text=${encodeURIComponent(`${post.title} ${url}`)}`],
  ] as const;
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{t("title")}</h2>
      <ul>
        <li>
          <a href={`mailto:?subject=${title}&body=${u}`}>{t("email")}</a>
        </li>
        {networks.map(([network, href]) => (
          <li key={network}>
            <a href={href} rel="noopener noreferrer" aria-label={t("via", { network: t(network) })}>
              {t(network)}
            </a>
          </li>
        ))}
        <CopyLinkButton url={url} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
      </ul>
    </section>
  );
}
