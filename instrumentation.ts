// Runs once when a server starts: Next calls `register` before it answers its
// first request (it may accept connections a moment before that).
// Admission for search must see every request and when it ends: see lib/search/admission.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardSearch } = await import("./lib/search/admission");
  guardSearch();
}
