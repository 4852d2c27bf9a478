#!/usr/bin/env bash
# The front end's weight, as a browser on a first visit receives it: the script, wasm and CSS
# the last front-end build wrote (named in HASH_FILE, default the release build's hash.txt), raw,
# gzip and brotli (the files cargo-leptos' --precompress wrote next to each, which the console
# serves as they are). Fails when the brotli total passes WEIGH_BUDGET_KB, so the budget cannot
# erode unseen. `make test` runs it after building; on its own it weighs whatever was built last.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

BUDGET_KB="${WEIGH_BUDGET_KB:-$FRONT_END_BUDGET_KB}"
HASH_FILE="${HASH_FILE:-$CARGO_TARGET_DIR/release/hash.txt}"
PKG="${LEPTOS_SITE_ROOT:-target/site}/pkg"

if [ ! -f "$HASH_FILE" ]; then
  echo "No $HASH_FILE: build the front end first (cargo leptos build --release --frontend-only --precompress)." >&2
  exit 1
fi
total_raw=0 total_gz=0 total_br=0
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
while read -r kind hash; do
  kind="${kind%:}"
  case "$kind" in js | wasm | css) ;; *) continue ;; esac
  file="$PKG/pooldesk.$hash.$kind"
  for f in "$file" "$file.gz" "$file.br"; do
    if [ ! -f "$f" ]; then
      echo "Missing $f: the front end was not built with --release --precompress." >&2
      exit 1
    fi
  done
  raw=$(stat -c %s "$file") gz=$(stat -c %s "$file.gz") br=$(stat -c %s "$file.br")
  printf '%-48s %10d %10d %10d\n' "${file#"$PKG"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done <"$HASH_FILE"
printf '%-48s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
if [ "$total_br" -gt $((BUDGET_KB * 1000)) ]; then
  echo "The front end is $((total_br / 1000)) kB brotli, over its budget of $BUDGET_KB kB (scripts/weigh.sh)." >&2
  exit 1
fi
say "Front end: $((total_br / 1000)) kB brotli, within its budget of $BUDGET_KB kB"
