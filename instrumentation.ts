// Runs once when a server starts (Next calls `register` before it answers).
// Admission for search must see every request and when it ends: see lib/search/admission.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardSearch } = await import("./lib/search/admission");
  guardSearch();
}
