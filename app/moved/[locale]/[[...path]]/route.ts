// With a domain per language, a path written with its prefix (`/fr/x/` on
// either domain) is rewritten here (next.config.ts): it answers 308 to the page
// it names, without the prefix, on its language's domain.
export { answerPrefixedPath as GET, answerPrefixedPath as HEAD } from "@/lib/redirects";
