#!/usr/bin/env bash
# Builds one app (`make dist`): Trunk builds its shell, target/web/<app>.html, into <out>, and
# tools/shrink-app.mjs shrinks its wasm and JavaScript glue. Skipped when nothing the build
# reads has changed since the last one into <out>: the apps embed no content, so editing the
# runbook rebuilds no app.
#
# What the build reads, and so what the fingerprint covers: the app's wasm as cargo builds
# it (cargo decides whether the Rust changed), its shell, the style sheets and icons the shell
# names, the tools' versions and settings, and the base path.
#
#   tools/build-app.sh <app> <out> <base-path>
set -euo pipefail
app=$1 out=$2 base=$3
cd "$(dirname "$0")/.."

# The same Cargo features Trunk builds the app with: its shell names them (`sitegen shell`).
features=$(sed -n 's/.*data-cargo-features="\([^"]*\)".*/\1/p' "target/web/$app.html")
cargo build --quiet --release --target wasm32-unknown-unknown --bin "$app" --features "$features"
stamp="$out.inputs"
fingerprint=$(
  {
    echo "$base"
    trunk --version
    wasm-bindgen --version
    wasm-opt --version
    cat "target/wasm32-unknown-unknown/release/$app.wasm" "target/web/$app.html" \
      Trunk.toml package-lock.json tools/shrink-app.mjs tools/minify-css.mjs
    find style public -type f -print0 | sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d' ' -f1
)
if [[ -f "$out/index.html" && -f "$stamp" && "$(cat "$stamp")" == "$fingerprint" ]]; then
  echo "$app: unchanged since its last build, not rebuilt"
  exit 0
fi
rm -f "$stamp"
trunk build --release --offline --public-url "$base" --dist "$out" "target/web/$app.html"
node tools/shrink-app.mjs "$out"
echo "$fingerprint" > "$stamp"
