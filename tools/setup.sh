#!/usr/bin/env bash
# Installs what building and testing the site needs, at pinned versions. Idempotent and
# quick when everything is present: each step checks before it installs.
#
#   Rust target wasm32-unknown-unknown   (rustup)
#   trunk 0.21.14                        (cargo install --locked)
#   wasm-bindgen-cli = Cargo.lock's wasm-bindgen   (cargo install)
#   Node packages (binaryen's wasm-opt, playwright-core, axe-core)   (npm ci, package-lock.json)
#   Debian's chromium                    (apt-get)
set -euo pipefail

cd "$(dirname "$0")/.."
TRUNK_VERSION=0.21.14
say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$2"; }
need cargo "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
need rustup "rustup is not installed; it is needed to add the wasm32 target. Install Rust with rustup, then run this again."

# Debian packages: Node.js and npm (for the browser tests and wasm-opt) and Chromium.
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    die "$1 is missing. Install it as root: apt-get update && apt-get install -y $2"
  fi
  command -v apt-get >/dev/null 2>&1 || die "$1 is missing and this is not a Debian-like system: install $1 with your package manager, then run this again."
  if [ ! -f /tmp/.runbook-apt-updated ]; then
    say "apt-get update"
    apt-get update -qq && touch /tmp/.runbook-apt-updated
  fi
  say "installing $2 (Debian)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
command -v node >/dev/null 2>&1 || apt_install "Node.js" nodejs
command -v npm >/dev/null 2>&1 || apt_install "npm" npm
command -v chromium >/dev/null 2>&1 || apt_install "Chromium" chromium

# Rust target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk, pinned: 0.22 needs a newer rustc than this project's.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION"
  cargo install --locked --quiet trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock, or the build fails.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || die "Cargo.lock has no wasm-bindgen entry; run 'cargo generate-lockfile' first."
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  # --locked fails to resolve on some registries; the version pin is what matters.
  cargo install --quiet --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

# Node packages, from the lock file. Re-run only when the lock file changes.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -n1)"
