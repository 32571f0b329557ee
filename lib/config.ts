// Every environment variable the site reads, in one place (see .env.example).
import path from "node:path";

/** The content tree to build from: the repo's own `content/` unless CONTENT_DIR names another. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || "content");
}
