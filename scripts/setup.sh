# Installs what Canevas needs and is missing; skips what is there.
# Sourced by ./dev with the parts wanted: `build` (Rust, trunk, wasm tools),
# `browser` (Chromium, chromedriver, the end-to-end test packages) and
# `look` (poppler-utils: pdftoppm and pdftotext turn printouts into pictures).
# Sourced, so PATH changes reach the caller.

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The version of a crate in Cargo.lock.
locked() { awk -v n="$1" '$0=="name = \""n"\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock; }

setup_build() {
  export PATH="$HOME/.cargo/bin:$PATH"
  command -v cargo >/dev/null || { say "Rust is missing: install it with rustup (https://rustup.rs), then run this again."; exit 1; }
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local trunk_version="0.21.14"
  if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
    say "installing trunk $trunk_version (about 15 minutes on 2 cores, once)"
    cargo install trunk --version "$trunk_version" --locked
  fi
  # The CLI must be exactly the wasm-bindgen in Cargo.lock. Not --locked:
  # its lockfile pins a crate the registry no longer serves.
  local wbg; wbg="$(locked wasm-bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "installing wasm-bindgen-cli $wbg (about 7 minutes, once)"
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  # wasm-opt from npm's binaryen (Debian's is too old and breaks the wasm).
  npm_install scripts
  export PATH="$PWD/scripts/node_modules/.bin:$PATH"
  cargo fetch --quiet
}

# npm ci in a folder unless its node_modules matches its lockfile.
npm_install() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_browser() {
  apt_install chromium chromium-driver
  # dossier (issue 12): its PDF test reads the printed text with pdftotext
  apt_install poppler-utils
  npm_install tests/e2e
  export CHROMEDRIVER=/usr/bin/chromedriver
}

setup_look() {
  apt_install poppler-utils
}

for part in "$@"; do "setup_$part"; done
