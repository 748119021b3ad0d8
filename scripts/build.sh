#!/usr/bin/env bash
# Release build into dist/ (expects ./dev's set-up on PATH): the creator's
# page (index.html) and the facilitator's (facilitator.html, the same page
# with the facilitator's binary, see src/ui/page.rs), one build name for
# both, and precompressed copies.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
# The facilitator's page is index.html naming the other binary, with the
# facilitator's styles (a creator never downloads those either); trunk
# builds one page at a time, so it is built aside and copied in.
sed -e 's/data-bin="canevas"/data-bin="facilitator"/' \
  -e 's|<!-- facilitator-css:.*-->|<link data-trunk rel="css" href="style/facilitator.css">|' \
  index.html > facilitator.html
grep -q 'href="style/facilitator.css"' facilitator.html
trap 'rm -f facilitator.html' EXIT
trunk build facilitator.html --release=true --dist target/facilitator-dist
aside=target/facilitator-dist
page=$(ls "$aside"/*.html)
cp "$page" dist/facilitator.html
cp "$aside"/facilitator-*.js "$aside"/facilitator-*_bg.wasm "$aside"/facilitator-*.css dist/
# Names the build in sw.js and both pages (scripts/stamp.mjs).
node scripts/stamp.mjs dist
# Precompressed copies beside the files, for hosts that serve them as they are.
node scripts/compress.mjs dist
