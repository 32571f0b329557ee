#!/usr/bin/env bash
# Programs the tests need that the npm registry cannot provide on this machine
# kind: Debian's Chromium (Playwright cannot download its own browser here) and
# nginx (it stands in for a CDN and load balancer in npm run test:deploy), and
# hugo (the oracle that says which addresses the Hugo site published, npm run test:domains).
# Installs what is missing when we are root with apt-get; elsewhere says so:
# Playwright then falls back to its own browser, if one is installed.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || command -v nginx > /dev/null || missing+=(nginx)
command -v hugo > /dev/null || missing+=(hugo)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing Debian's ${missing[*]} for the tests (once)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
else
  echo "Missing ${missing[*]}: install them (apt-get install ${missing[*]}); without chromium the browser tests use Playwright's own browser (npx playwright install chromium)."
fi
