#!/usr/bin/env bash
# After `next build`: the standalone server (what `npm start` and a deployment
# run) serves public/ and the hashed assets only from its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .next/standalone/public .next/standalone/.next/static
cp -r public .next/standalone/public
cp -r .next/static .next/standalone/.next/static
cp deploy/refuse-trace.mjs deploy/check-hostname.mjs .next/standalone/
# The content the server reads at run time (lib/content/stored.ts), at the same
# path relative to its working directory as in the repo.
rm -rf .next/standalone/lib/content/generated
mkdir -p .next/standalone/lib/content
cp -r lib/content/generated .next/standalone/lib/content/generated
