#!/usr/bin/env bash
# After `next build`: the standalone server (what `npm start` and a deployment
# run) serves public/ and the hashed assets only from its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .next/standalone/public .next/standalone/.next/static
cp -r public .next/standalone/public
cp -r .next/static .next/standalone/.next/static
cp deploy/refuse-trace.mjs .next/standalone/refuse-trace.mjs
