"use client";
// A client component because copying to the clipboard needs JavaScript; where
// it does not run, the button is not shown at all (the address bar still works).
import { useEffect, useState } from "react";

type Labels = { copy: string; copied: string; failed: string };

export function CopyLinkButton({ url, labels }: { url: string; labels: Labels }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState("");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the button once JavaScript runs
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setStatus(labels.copied),
      () => setStatus(labels.failed),
    );
  return (
    <li>
      <button type="button" className="copy-link" onClick={copy}>
        {labels.copy}
      </button>
      <span className="copy-link-status" role="status">
        {status}
      </span>
    </li>
  );
}
