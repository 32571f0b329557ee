#!/usr/bin/env bash
# The browser suites against one tree of real content, chosen by what the tree is:
# - a Hugo site (content/ beside a config where Hugo looks for one: config.yaml at
#   the root until 2019, config/_default/ since, in YAML, TOML or JSON): the browser
#   suite on one origin, then, on each language's domain, Debian's Hugo as the
#   oracle (every address it wrote answers, every page whole) and the domain checks;
# - a Jekyll tree (_posts/): the browser suite.
# Anything else is named and passed over. A snapshot of the department's site put
# beside the others in ../shared/corpus is tested like them (.ci/run).
# Usage: scripts/test-tree.sh TREE
set -euo pipefail
tree=${1:?usage: scripts/test-tree.sh TREE}
cd "$(dirname "$0")/.."

has_hugo_config() {
  local name extension
  for name in config/_default/config config/_default/hugo config hugo; do
    for extension in yaml yml toml json; do
      [ -f "$tree/$name.$extension" ] && return 0
    done
  done
  return 1
}

if [ -d "$tree/content" ] && has_hugo_config; then
  echo "Testing $tree as a Hugo site."
  # The department's own form for "Report a problem", which its pages link.
  CONTENT_DIR="$tree" FEEDBACK_URL=https://forms-formulaires.alpha.canada.ca/en/id/report-a-problem npm run test:e2e
  CONTENT_DIR="$tree" npm run test:tree-domains
elif [ -d "$tree/_posts" ]; then
  echo "Testing $tree as a Jekyll tree."
  CONTENT_DIR="$tree" npm run test:e2e
else
  echo "Skipping $tree: neither a Hugo site (content/ beside its config) nor a Jekyll tree (_posts/)."
fi
