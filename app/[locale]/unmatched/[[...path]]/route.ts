// Every path under /en or /fr that has no prerendered page lands here (see
// next.config.ts fallback rewrites); routing matches the prefix in any case.
export { answerPrefixedPath as GET, answerPrefixedPath as HEAD } from "@/lib/redirects";
