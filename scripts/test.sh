#!/usr/bin/env bash
# `make test`: every test. Unit and moto-backed integration tests (cargo test), then the
# end-to-end suite (Playwright in Debian's Chromium) against the built console and a seeded
# moto, then the core flows again against cognito-local (a second local Cognito) and a console
# of its own; the account desk's devices and sign-in history against fakecloud (a third local
# Cognito, which has them), in the integration tests and a console of its own. Starts and stops
# its own emulators and servers; safe to run again.
# While developing: E2E_ONLY=1 skips cargo test, and arguments go to Playwright and skip the
# cognito-local and fakecloud phases (`E2E_ONLY=1 scripts/test.sh tests/pools.spec.ts`).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

MOTO_PORT="${TEST_MOTO_PORT:-5056}"
E2E_PORT="${E2E_PORT:-3100}"
COGNITO_LOCAL_PORT="${TEST_COGNITO_LOCAL_PORT:-9230}"
E2E_CL_PORT="${E2E_CL_PORT:-3101}"
FAKECLOUD_PORT="${TEST_FAKECLOUD_PORT:-4580}"
E2E_FC_PORT="${E2E_FC_PORT:-3102}"
mkdir -p target/test-logs
install_rust_tools
install_node_tools
install_moto
install_fakecloud
install_auth_middleware
install_chromium
install_postgres
install_shellcheck
say "Shell scripts (ShellCheck)"
check_scripts

MOTO_PID="" SERVER_PID="" COGNITO_LOCAL_PID="" FAKECLOUD_PID=""
DATA_DIR="$(mktemp -d)" PG_PARENT="$(mktemp -d)" TEST_TMP="$(mktemp -d)"
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  [ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null
  [ -n "$COGNITO_LOCAL_PID" ] && kill "$COGNITO_LOCAL_PID" 2>/dev/null
  [ -n "$FAKECLOUD_PID" ] && kill "$FAKECLOUD_PID" 2>/dev/null
  stop_postgres
  wait 2>/dev/null || true
  rm -rf "$DATA_DIR" "$PG_PARENT" "$TEST_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
start_moto "$MOTO_PORT" target/test-logs/moto.log
export POOLDESK_TEST_MOTO="http://127.0.0.1:$MOTO_PORT"
start_fakecloud "$FAKECLOUD_PORT" target/test-logs/fakecloud.log
export POOLDESK_TEST_FAKECLOUD="http://127.0.0.1:$FAKECLOUD_PORT"
export POOLDESK_AUTH_MIDDLEWARE_PYTHON="$ROOT/.venv-auth-middleware/bin/python"

if [ -z "${E2E_ONLY:-}" ]; then
  PG_PORT="${TEST_PG_PORT:-55432}"
  say "PostgreSQL on port $PG_PORT (the audit and session store's PostgreSQL variant)"
  chmod 755 "$PG_PARENT"
  start_postgres "$PG_PORT" "$PG_PARENT/cluster"
  export POOLDESK_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  say "Unit and integration tests (cargo test, against moto on port $MOTO_PORT)"
  # Each test console keeps its SQLite database and logs under the temporary directory; this
  # run's go with it (left in /tmp, thousands of runs' worth once filled this machine's disk).
  TMPDIR="$TEST_TMP" cargo test --no-default-features --features ssr
fi

say "Building the console for the end-to-end tests"
build_console
say "The front end's weight (scripts/weigh.sh)"
bash scripts/weigh.sh

say "Seeding a pool for the end-to-end tests"
# A clean emulator: the integration tests above left dozens of pools behind.
curl -fsS -X POST "http://127.0.0.1:$MOTO_PORT/moto-api/reset" >/dev/null
export AWS_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
BIN="$CARGO_TARGET_DIR/debug/pooldesk"
POOL_NAME="E2E-$(date +%s)"
"$BIN" bootstrap --pool-name "$POOL_NAME" --no-deletion-protection --env-file target/test-logs/console.env >target/test-logs/bootstrap.txt
set -a
# shellcheck source=/dev/null # written by the bootstrap just above
source target/test-logs/console.env
set +a
export E2E_POOL_NAME="$POOL_NAME" E2E_POOL_ID="$POOLDESK_POOL_ID"
export E2E_ADMIN_EMAIL="$BOOTSTRAP_ADMIN_EMAIL" E2E_ADMIN_PASSWORD="$BOOTSTRAP_ADMIN_PASSWORD"
export E2E_USER_EMAIL="$BOOTSTRAP_USER_EMAIL" E2E_USER_PASSWORD="$BOOTSTRAP_USER_PASSWORD"
# A support operator for the role tests (the support and viewer groups are configured below).
export E2E_SUPPORT_EMAIL=support@example.com E2E_SUPPORT_PASSWORD=Support-Pass-123!
"$ROOT/.venv/bin/python" scripts/add_operator.py "$AWS_ENDPOINT_URL" "$POOLDESK_POOL_ID" "$E2E_SUPPORT_EMAIL" "$E2E_SUPPORT_PASSWORD" support

export POOLDESK_BIND="127.0.0.1:$E2E_PORT"
export POOLDESK_DATA_DIR="$DATA_DIR" LEPTOS_SITE_ROOT=target/site POOLDESK_SECURE_COOKIES=never
# Every browser test signs in from 127.0.0.1, several times a minute.
export POOLDESK_LOGIN_PER_IP_PER_MINUTE=1000 POOLDESK_LOGIN_PER_USER_PER_MINUTE=1000
export POOLDESK_SUPPORT_GROUP=support POOLDESK_VIEWER_GROUP=viewer
# Users created 5 a second (AWS allows 50): a 30-user import runs long enough to be reloaded
# mid-run (backup.spec.ts); the other tests create one or two at a time.
POOLDESK_QUOTAS=UserCreation=5 "$BIN" serve >target/test-logs/server.log 2>&1 &
SERVER_PID=$!
wait_ready "http://127.0.0.1:$E2E_PORT/login" "$SERVER_PID" target/test-logs/server.log "the console"

say "End-to-end tests (Playwright, /usr/bin/chromium)"
export E2E_BASE_URL="http://127.0.0.1:$E2E_PORT" FRONT_END_BUDGET_KB FIRST_VISIT_BUDGET_KB
(cd end2end && E2E_BACKEND=moto npx playwright test "$@")
# A page whose scripts lack the request's nonce (README, known problems): say so if it happened.
if grep -a "without this request's nonce" target/test-logs/server.log; then
  say "The console rendered a page without its request's nonce (lines above, from target/test-logs/server.log)"
fi
kill "$SERVER_PID" 2>/dev/null
SERVER_PID=""
[ "$#" -gt 0 ] && exit 0

# bootstrap_console TAG: `pooldesk bootstrap` on $AWS_ENDPOINT_URL (its output and settings in
# target/test-logs/*-TAG.*), the settings exported for the console and the browser tests.
bootstrap_console() {
  local tag="$1"
  "$BIN" bootstrap --pool-name "$POOL_NAME" --no-deletion-protection --env-file "target/test-logs/console-$tag.env" \
    >"target/test-logs/bootstrap-$tag.txt" 2>&1
  set -a
  # shellcheck source=/dev/null # written by the bootstrap just above
  source "target/test-logs/console-$tag.env"
  set +a
  export E2E_POOL_ID="$POOLDESK_POOL_ID"
  export E2E_ADMIN_EMAIL="$BOOTSTRAP_ADMIN_EMAIL" E2E_ADMIN_PASSWORD="$BOOTSTRAP_ADMIN_PASSWORD"
  export E2E_USER_EMAIL="$BOOTSTRAP_USER_EMAIL" E2E_USER_PASSWORD="$BOOTSTRAP_USER_PASSWORD"
}

# serve_console TAG PORT WHAT: the console on 127.0.0.1:PORT with a data directory of its own,
# and the browser tests' base URL. Sets SERVER_PID.
serve_console() {
  local tag="$1" port="$2" what="$3"
  export POOLDESK_BIND="127.0.0.1:$port" POOLDESK_DATA_DIR="$DATA_DIR/$tag"
  mkdir -p "$POOLDESK_DATA_DIR"
  "$BIN" serve >"target/test-logs/server-$tag.log" 2>&1 &
  SERVER_PID=$!
  wait_ready "http://127.0.0.1:$port/login" "$SERVER_PID" "target/test-logs/server-$tag.log" "$what"
  export E2E_BASE_URL="http://127.0.0.1:$port"
}

say "cognito-local on port $COGNITO_LOCAL_PORT: the core flows against a second local Cognito"
start_cognito_local "$COGNITO_LOCAL_PORT" "$TEST_TMP/cognito-local" target/test-logs/cognito-local.log
export AWS_ENDPOINT_URL="http://127.0.0.1:$COGNITO_LOCAL_PORT"
# It has no domains or resource servers: bootstrap skips them with a warning, and a second
# run must work as well as the first.
bootstrap_console cl-first
bootstrap_console cl
# Set as a deployment would (it is also what the console derives behind an endpoint).
export POOLDESK_ISSUER="$AWS_ENDPOINT_URL/$POOLDESK_POOL_ID"
serve_console cl "$E2E_CL_PORT" "the console on cognito-local"
(cd end2end && E2E_BACKEND=cognito-local npx playwright test)
kill "$SERVER_PID" 2>/dev/null
SERVER_PID=""
unset POOLDESK_ISSUER

say "fakecloud on port $FAKECLOUD_PORT: the account desk (devices, sign-in history) in a console of its own"
export AWS_ENDPOINT_URL="$POOLDESK_TEST_FAKECLOUD"
bootstrap_console fc
E2E_DESK_POOL_ID="$("$ROOT/.venv/bin/python" scripts/seed_account_desk.py "$AWS_ENDPOINT_URL" Desk-Pass-123! traveller-js traveller-no-js)"
export E2E_DESK_POOL_ID
serve_console fc "$E2E_FC_PORT" "the console on fakecloud"
(cd end2end && E2E_BACKEND=fakecloud npx playwright test)
