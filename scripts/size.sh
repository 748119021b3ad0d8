#!/usr/bin/env bash
# Prints the size of the release download and fails over the budget.
# The budget is for the gzipped wasm, what a slow mobile link pays for.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=600
wasm=$(ls dist/*_bg.wasm)
js=$(ls dist/canevas-*.js)
kb() { echo $(( ($1 + 1023) / 1024 )); }
gz() { gzip -9c "$1" | wc -c; }
wasm_raw=$(wc -c < "$wasm"); wasm_gz=$(gz "$wasm")
total_gz=0
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do total_gz=$(( total_gz + $(gz "$f") )); done
echo "wasm: $(kb "$wasm_raw") KB raw, $(kb "$wasm_gz") KB gzipped (budget ${budget_kb} KB gzipped)"
echo "js: $(kb "$(wc -c < "$js")") KB raw, $(kb "$(gz "$js")") KB gzipped"
echo "first visit (wasm + js + css + html, gzipped): $(kb "$total_gz") KB"
# Served as dist's precompressed .br copies (scripts/compress.mjs), where the host does.
total_br=0
for f in dist/*.wasm.br dist/*.js.br dist/*.css.br dist/index.html.br; do
  if [ -e "$f" ]; then total_br=$(( total_br + $(wc -c < "$f") )); fi
done
if [ "$total_br" -gt 0 ]; then
  echo "first visit from the precompressed brotli copies: $(kb "$total_br") KB"
fi
if [ "$wasm_gz" -gt $(( budget_kb * 1024 )) ]; then
  echo "FAIL: the wasm is over its budget" >&2
  exit 1
fi
