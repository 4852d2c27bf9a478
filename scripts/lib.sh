# shellcheck shell=bash
# Shared by the demo and test scripts: pinned tool versions, installation, and moto.
# Sourced, not run. Every step checks first and does nothing when the tool is already there.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_LEPTOS_VERSION="0.3.11"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pin in Cargo.toml
MOTO_VERSION="5.2.5"
# fakecloud (crates.io): the local Cognito for what moto lacks (devices, sign-in events, risk
# configuration, linking). Built once into its own directory outside the clone: a debug build
# (12 minutes here, against 30+ for its release profile), but with the RSA crates optimised:
# every CreateUserPool makes a 2048-bit signing key, which unoptimised took 2 to 8 s idle and
# past the console's 10 s call timeout under the test run's load (blocking fakecloud's few
# workers, so that every other call waited too).
FAKECLOUD_VERSION="0.51.0"
FAKECLOUD_ROOT="$HOME/.cache/pooldesk/fakecloud-$FAKECLOUD_VERSION-fast-rsa"
# The AWS CLI the benchmarks compare against (scripts/bench.sh; its own virtualenv).
# shellcheck disable=SC2034 # read by scripts/bench.sh
AWSCLI_VERSION="1.46.3"
# kB of brotli for the front end's script, wasm and CSS together, held by scripts/weigh.sh and
# the first-load browser test: today's 91 kB (only the islands are in the wasm) with some room.
# shellcheck disable=SC2034 # read by scripts/weigh.sh and scripts/test.sh
FRONT_END_BUDGET_KB=120
# kB a whole first visit of a page may take over the network (HTML, CSS, script, wasm), held by
# the first-load browser test: issue 17's goal. Today 94 to 97 kB.
# shellcheck disable=SC2034 # read by scripts/test.sh
FIRST_VISIT_BUDGET_KB=200
# One target dir outside the clone, reused across clones and CI runs (incremental builds).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/pooldesk/target}"
# node_modules/.bin first: cargo-leptos takes tailwindcss and wasm-opt from PATH and would
# otherwise try to download them.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Read at compile time by leptos (option_env!); cargo-leptos sets it, so `cargo test` must too,
# or each would rebuild leptos and everything above it after the other.
export LEPTOS_OUTPUT_NAME=pooldesk
# Local Cognito needs some credentials; moto accepts any.
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-local}"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-local}"
# moto is one Python process sharing 2 cores with the browser and the builds: allow it 10 s per
# call attempt (the console's default, for AWS, is 2 s).
export POOLDESK_CALL_TIMEOUT_SECS="${POOLDESK_CALL_TIMEOUT_SECS:-10}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Incremental caches pile up in the shared target dir (43 GB after a few days of runs filled this
# machine's disk once): past 8 GB they are dropped. Only the crate's own next build is slower.
prune_target() {
  local dir
  for dir in "$CARGO_TARGET_DIR/debug/incremental" "$CARGO_TARGET_DIR/front/wasm32-unknown-unknown/debug/incremental"; do
    if [ -d "$dir" ] && [ "$(du -sm "$dir" | cut -f1)" -gt 8192 ]; then
      say "Dropping $dir (over 8 GB)"
      rm -rf "$dir"
    fi
  done
}

install_rust_tools() {
  prune_target
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
    say "Installing cargo-leptos $CARGO_LEPTOS_VERSION (once; about 30 minutes on 2 cores)"
    # 0.3.11's locked dependencies need rustc 1.96; the machine's nightly has it. Its release
    # profile asks for fat LTO in one codegen unit, which alone takes over 10 minutes here; a
    # build tool does not need it.
    local fast=(env CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)
    if rustup toolchain list | grep -q '^nightly'; then
      "${fast[@]}" cargo +nightly install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
    else
      "${fast[@]}" cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION"
    fi
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

# build_console: what the demo and the end-to-end tests serve. The server as the tests build it
# (debug: it shares `cargo test`'s compiled dependencies), and the front end as a deployment
# ships it: the release wasm (profile wasm-release; `erase_components` like every build, from
# .cargo/config.toml), with gzip and brotli copies next to each file, which leptos_axum's
# ServeDir serves as they are. (The debug wasm was 31 MB, 4.3 MB brotli compressed anew on each
# first request: a first visit took seconds.) The front-end build names its hashed files next to
# the release binary; the debug server reads them next to itself.
build_console() {
  cargo leptos build --server-only
  cargo leptos build --release --frontend-only --precompress
  cp "$CARGO_TARGET_DIR/release/hash.txt" "$CARGO_TARGET_DIR/debug/hash.txt"
}

install_fakecloud() {
  if [ "$("$FAKECLOUD_ROOT/bin/fakecloud" --version 2>/dev/null | awk '{print $2}')" != "$FAKECLOUD_VERSION" ]; then
    say "Installing fakecloud $FAKECLOUD_VERSION (once; about 12 minutes on 2 cores)"
    # Its 657 crates build in a target dir of their own (7 GB), dropped afterwards: not the
    # console's, whose incremental builds it would only crowd.
    local build
    build="$(mktemp -d)"
    CARGO_TARGET_DIR="$build" cargo install fakecloud --version "$FAKECLOUD_VERSION" --locked --debug \
      --config 'profile.dev.package.rsa.opt-level=3' --config 'profile.dev.package.num-bigint-dig.opt-level=3' \
      --config 'profile.dev.package.num-integer.opt-level=3' --config 'profile.dev.package.num-traits.opt-level=3' \
      --root "$FAKECLOUD_ROOT"
    rm -rf "$build"
  fi
}

# start_fakecloud PORT LOGFILE: fakecloud on 127.0.0.1:PORT, waiting until it answers. Sets
# FAKECLOUD_PID. Its state lives in memory: every run starts empty.
start_fakecloud() {
  local port="$1" log="$2"
  "$FAKECLOUD_ROOT/bin/fakecloud" --addr "127.0.0.1:$port" >"$log" 2>&1 &
  # shellcheck disable=SC2034 # read by the scripts that source this one
  FAKECLOUD_PID=$!
  wait_ready "http://127.0.0.1:$port/_fakecloud/health" "$FAKECLOUD_PID" "$log" fakecloud
}

install_node_tools() {
  # Tailwind, wasm-opt (binaryen 132) and Playwright, pinned in package-lock.json.
  if [ ! -x "$ROOT/node_modules/.bin/tailwindcss" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm tools"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

install_moto() {
  if ! "$ROOT/.venv/bin/python" -c "import moto, sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
    say "Installing moto $MOTO_VERSION into .venv"
    python3 -m venv "$ROOT/.venv"
    "$ROOT/.venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  fi
}

# The auth-middleware the auth-middleware export is tested with (tests/console/exports.rs), in its
# own virtualenv, every package pinned. It declares Python >= 3.12; it runs on this machine's 3.11.
install_auth_middleware() {
  local want="$ROOT/scripts/auth-middleware-0.6.txt" venv="$ROOT/.venv-auth-middleware"
  if ! cmp -s "$want" "$venv/installed.txt" 2>/dev/null; then
    say "Installing auth-middleware 0.6 into .venv-auth-middleware"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check --ignore-requires-python -r "$want"
    cp "$want" "$venv/installed.txt"
  fi
}

install_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    say "Installing Debian's Chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

install_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "Installing Debian's PostgreSQL"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

# start_postgres PORT DIR: a throwaway cluster in DIR on 127.0.0.1:PORT (trust auth, loopback
# only), for the PostgreSQL variant of the session and audit store. Sets PG_CTL and PG_DIR.
start_postgres() {
  local port="$1" dir="$2" bin
  bin="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1)"
  PG_CTL="$bin/pg_ctl" PG_DIR="$dir/data"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_postgres "$bin/initdb" -D "$PG_DIR" -A trust -U postgres >"$dir/initdb.log" 2>&1
  if ! as_postgres "$PG_CTL" -D "$PG_DIR" -w -l "$dir/server.log" \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    echo "PostgreSQL did not start:" >&2
    cat "$dir/server.log" >&2
    return 1
  fi
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    as_postgres "$PG_CTL" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true
  fi
}

# as_postgres COMMAND ARGS...: PostgreSQL refuses to run as root; as root, run as the postgres
# user the package creates. The arguments are passed as they are, never through a shell.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# wait_ready URL PID LOG WHAT: waits until URL answers (20 s at most); fails with LOG when the
# process PID (if given) ends first or time runs out.
wait_ready() {
  local url="$1" pid="$2" log="$3" what="$4"
  for _ in $(seq 1 100); do
    if curl -fsS "$url" >/dev/null 2>&1; then
      return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.2
  done
  echo "$what did not start; its log ($log):" >&2
  tail -n 50 "$log" >&2
  return 1
}

# start_moto PORT LOGFILE: starts moto on 127.0.0.1:PORT unless one already answers there, and
# waits until it is ready. Sets MOTO_PID when it started one.
start_moto() {
  local port="$1" log="$2"
  # shellcheck disable=SC2034 # read by the scripts that source this one
  MOTO_PID=""
  if curl -fsS "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1; then
    say "moto already running on port $port"
    return
  fi
  "$ROOT/.venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
  MOTO_PID=$!
  wait_ready "http://127.0.0.1:$port/moto-api/" "$MOTO_PID" "$log" moto
}

# start_cognito_local PORT DIR LOGFILE: cognito-local (npm, pinned in package-lock.json) on
# 127.0.0.1:PORT, keeping its data under DIR (its working directory). Sets COGNITO_LOCAL_PID.
# Its tokens name `http://127.0.0.1:PORT/<pool id>` as their issuer.
start_cognito_local() {
  local port="$1" dir="$2" log="$3"
  mkdir -p "$dir"
  (cd "$dir" && exec env PORT="$port" HOST=127.0.0.1 "$ROOT/node_modules/.bin/cognito-local") >"$log" 2>&1 &
  # shellcheck disable=SC2034 # read by the scripts that source this one
  COGNITO_LOCAL_PID=$!
  wait_ready "http://127.0.0.1:$port/health" "$COGNITO_LOCAL_PID" "$log" cognito-local
}

install_shellcheck() {
  if ! command -v shellcheck >/dev/null; then
    say "Installing Debian's ShellCheck"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
  fi
}

# The project's shell scripts, as ShellCheck reads them (following `source`).
check_scripts() {
  (cd "$ROOT" && shellcheck -x scripts/*.sh .ci/run)
}
