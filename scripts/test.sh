#!/usr/bin/env bash
# Every check, in order from fastest to slowest. Expects ./dev's set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native and wasm)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "native tests: model, format, migrations, storage"
cargo test --quiet

step "component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test ui --test intl

step "release build and size budget"
scripts/build.sh
scripts/size.sh

step "end-to-end and accessibility tests in headless Chromium"
(cd tests/e2e && npm test)
