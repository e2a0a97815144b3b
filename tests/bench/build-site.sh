#!/usr/bin/env bash
# Builds what the benchmarks load: the static floor, the site from 10x and 100x content, and
# times a clean build of the site crate and a rebuild after editing one Markdown file.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench
mkdir -p "$out"

css=$(ls dist/main-*.css | head -n 1)
cargo run --quiet -p sitegen -- floor "$out/floor" "$css"

for factor in 10 100; do
  content="$PWD/$out/content-x$factor"
  cargo run --quiet -p sitegen -- synth "$factor" "$content"
  RUNBOOK_CONTENT_DIR="$content" make --no-print-directory dist DIST="$out/dist-x$factor" >/dev/null
done

# Build timings, each the whole `make dist` (every app and the static pages). "Clean"
# rebuilds the site crate with its dependencies already compiled (a fully cold build is
# dominated by compiling Leptos and says little about this project), and runs Trunk for
# every app (their last builds are removed, so tools/build-app.sh skips none).
now() { date +%s.%N; }
cargo clean --quiet --release --target wasm32-unknown-unknown -p runbook-site
rm -rf target/apps/target_bench_dist-build
t0=$(now)
make --no-print-directory dist DIST="$out/dist-build" >/dev/null
t1=$(now)
page=content/docs/overview.md
cp "$page" "$out/overview.md.orig"
trap 'cp "$out/overview.md.orig" "$page"' EXIT
printf '\nEdited for the rebuild benchmark.\n' >> "$page"
t2=$(now)
make --no-print-directory dist DIST="$out/dist-build" >/dev/null
t3=$(now)
python3 - "$t0" "$t1" "$t2" "$t3" > "$out/build.json" <<'PY'
import json, sys
t0, t1, t2, t3 = map(float, sys.argv[1:])
print(json.dumps({"cleanSeconds": t1 - t0, "rebuildSeconds": t3 - t2}))
PY
