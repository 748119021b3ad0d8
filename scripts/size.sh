#!/usr/bin/env bash
# Prints the size of the release download and fails over the budget.
# The budget is for a creator's first visit, gzipped: index.html and what
# it loads (the creator's wasm and js, the css), what a slow mobile link
# pays for. The facilitator's page (facilitator.html, its own binary, see
# src/ui/page.rs) is printed too; a creator never downloads it.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=600
kb() { echo $(( ($1 + 1023) / 1024 )); }
gz() { gzip -9c "$1" | wc -c; }
# The css files a page links.
css_of() { grep -o 'href="[^"]*\.css"' "dist/$1" | sed 's/^href="\(.*\)"$/dist\/\1/'; }
# One page: its html, its binary's wasm and js, the css it links.
# Prints them and leaves the gzipped total in $total.
page() {
  local html=$1 bin=$2 wasm js f css
  wasm=$(ls dist/"$bin"-*_bg.wasm); js=$(ls dist/"$bin"-*.js)
  css=$(css_of "$html")
  echo "$html: wasm $(kb "$(wc -c < "$wasm")") KB raw, $(kb "$(gz "$wasm")") KB gzipped; js $(kb "$(gz "$js")") KB gzipped; $(echo "$css" | wc -l) css files"
  total=0
  for f in "$wasm" "$js" $css "dist/$html"; do total=$(( total + $(gz "$f") )); done
}
page index.html canevas
creator=$total
echo "a creator's first visit (index.html: wasm + js + css + html, gzipped): $(kb "$creator") KB (budget ${budget_kb} KB)"
page facilitator.html facilitator
echo "the facilitator's page (facilitator.html, gzipped): $(kb "$total") KB"
# Served as dist's precompressed .br copies (scripts/compress.mjs), where the host does.
if ls dist/index.html.br > /dev/null 2>&1; then
  br=0
  for f in dist/canevas-*.wasm.br dist/canevas-*.js.br $(css_of index.html | sed 's/$/.br/') dist/index.html.br; do
    br=$(( br + $(wc -c < "$f") ))
  done
  echo "a creator's first visit from the precompressed brotli copies: $(kb "$br") KB"
fi
if [ "$creator" -gt $(( budget_kb * 1024 )) ]; then
  echo "FAIL: a creator's first visit is over its budget" >&2
  exit 1
fi
