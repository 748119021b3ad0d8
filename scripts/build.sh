#!/usr/bin/env bash
# Release build into dist/ (expects ./dev's set-up on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
