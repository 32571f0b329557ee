import type { ReactNode } from "react";

// Each top-level route renders its own <html> in its own language (the
// locale layout, the bilingual splash and 404), so this layout only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
