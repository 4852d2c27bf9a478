#!/usr/bin/env bash
# Load run (a measurement, not a test): LOAD_SESSIONS (default 200) signed-in sessions browse
# and change users for LOAD_SECONDS (default 60) against the debug console and a local moto,
# each pausing LOAD_THINK_MS (default 1000) before every request, as a person reading would.
# Prints errors, p50/p99 latency per kind of request and the server's RSS; keeps the report in
# target/load/.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

MOTO_PORT="${LOAD_MOTO_PORT:-5059}" PORT="${LOAD_PORT:-3200}"
mkdir -p target/load
install_rust_tools
install_moto
# LOAD_PROFILE=release measures an optimised server (the first build takes a long while on 2
# cores; thin LTO is left out to shorten it). Default: the debug build the tests use.
PROFILE="${LOAD_PROFILE:-debug}"
say "Building the console ($PROFILE)"
if [ "$PROFILE" = release ]; then
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo build --release --no-default-features --features ssr --bin pooldesk
else
  cargo build --no-default-features --features ssr --bin pooldesk
fi

MOTO_PID="" SERVER_PID="" DATA_DIR="$(mktemp -d)"
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  [ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT
start_moto "$MOTO_PORT" target/load/moto.log
export AWS_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
BIN="$CARGO_TARGET_DIR/$PROFILE/pooldesk"
"$BIN" bootstrap --pool-name "Load-$(date +%s)" --no-deletion-protection --env-file target/load/console.env >target/load/bootstrap.txt
set -a
# shellcheck source=/dev/null # written by the bootstrap just above
source target/load/console.env
set +a
export POOLDESK_BIND="127.0.0.1:$PORT"
export POOLDESK_DATA_DIR="$DATA_DIR" LEPTOS_SITE_ROOT=target/site POOLDESK_SECURE_COOKIES=never
# Every session signs in from 127.0.0.1 as the same admin.
export POOLDESK_LOGIN_PER_IP_PER_MINUTE=100000 POOLDESK_LOGIN_PER_USER_PER_MINUTE=100000
"$BIN" serve >target/load/server.log 2>&1 &
SERVER_PID=$!
wait_ready "http://127.0.0.1:$PORT/login" "$SERVER_PID" target/load/server.log "the console"
out="target/load/$(date -u +%Y%m%dT%H%M%SZ)-$PROFILE.txt"
"$ROOT/.venv/bin/python" scripts/load.py \
  --base "http://127.0.0.1:$PORT" --moto "$AWS_ENDPOINT_URL" --pool "$POOLDESK_POOL_ID" \
  --admin "$BOOTSTRAP_ADMIN_EMAIL" --password "$BOOTSTRAP_ADMIN_PASSWORD" \
  --server-pid "$SERVER_PID" ${MOTO_PID:+--moto-pid "$MOTO_PID"} --think-ms "${LOAD_THINK_MS:-1000}" --sessions "${LOAD_SESSIONS:-200}" --seconds "${LOAD_SECONDS:-60}" | tee "$out"
say "Saved in $out"
