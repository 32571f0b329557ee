#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: Playwright cannot download its own
# browser on this machine kind. Installs it where it is missing and we are root;
# elsewhere Playwright falls back to its own browser, if one is installed.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing Debian's chromium for the browser tests (once)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
else
  echo "No Chromium at $chromium: the browser tests will use Playwright's own browser (npx playwright install chromium)."
fi
