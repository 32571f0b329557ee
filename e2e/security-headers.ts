// What every response must carry, whatever its kind (lib/http-headers.js
// defines them; these checks say what they must mean, not what the module wrote).
import fs from "node:fs";
import { expect } from "@playwright/test";
import { IMAGE_ORIGINS_FILE } from "@/lib/content/store-path";

type Headers = Record<string, string | string[] | undefined>;

/** The remote image origins the built content uses: exactly these may appear in img-src. */
export const imageOrigins: string[] = JSON.parse(fs.readFileSync(IMAGE_ORIGINS_FILE, "utf8"));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

export function expectSecurityHeaders(headers: Headers, what: string, { https = false } = {}) {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const policy = directives(header("content-security-policy") ?? "");
  expect(policy.get("default-src"), `${what}: default-src`).toEqual(["'self'"]);
  // No third-party script origin and no eval; inline scripts are Next's bootstrap (README).
  expect(policy.get("script-src"), `${what}: script-src`).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get("object-src"), `${what}: object-src`).toEqual(["'none'"]);
  expect(policy.get("base-uri"), `${what}: base-uri`).toEqual(["'none'"]);
  expect(policy.get("form-action"), `${what}: form-action`).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(policy.get("frame-src"), `${what}: frame-src`).toEqual(["https://www.youtube-nocookie.com"]);
  expect(policy.get("font-src"), `${what}: font-src`).toEqual(["'self'"]);
  expect(policy.get("img-src"), `${what}: img-src`).toEqual(["'self'", ...imageOrigins]);
  expect(policy.has("upgrade-insecure-requests"), `${what}: upgrade-insecure-requests`).toBe(https);

  const hsts = header("strict-transport-security");
  if (https) {
    expect(hsts, `${what}: HSTS`).toMatch(/includeSubDomains/);
    expect(Number(/max-age=(\d+)/.exec(hsts ?? "")?.[1]), `${what}: HSTS max-age`).toBeGreaterThanOrEqual(31_536_000);
  } else {
    expect(hsts, `${what}: no HSTS over http`).toBeUndefined();
  }
  expect(header("x-content-type-options"), what).toBe("nosniff");
  expect(header("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
  expect(header("cross-origin-opener-policy"), what).toBe("same-origin");
  expect(header("x-frame-options"), what).toBe("DENY");
  const permissions = header("permissions-policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
    expect(permissions, `${what}: Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }

  expect(header("x-powered-by"), `${what}: X-Powered-By`).toBeUndefined();
  expect(header("server"), `${what}: Server`).toBeUndefined();
  expect(header("set-cookie"), `${what}: Set-Cookie`).toBeUndefined();
  const revealing = Object.entries(headers).filter(([, value]) =>
    /next\.?js|node\.?js|\bv?\d+\.\d+\.\d+\b/i.test(String(value)),
  );
  expect(revealing, `${what}: headers that reveal versions`).toEqual([]);
}
