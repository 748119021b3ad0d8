#!/usr/bin/env bash
# Release build into dist/ (expects ./dev's set-up on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
# Precompressed copies beside the files, for hosts that serve them as they are.
node scripts/compress.mjs dist
