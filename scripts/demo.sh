#!/usr/bin/env bash
# `make demo`: local Cognito (moto) seeded with the guide's setup, and the console on
# http://127.0.0.1:3000. Ctrl-C stops both. Safe to run again.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

MOTO_PORT="${MOTO_PORT:-5055}"
mkdir -p .demo
install_rust_tools
install_node_tools
install_moto

say "Building the console (debug server, release front end)"
build_console

MOTO_PID="" SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; [ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 0' INT TERM
start_moto "$MOTO_PORT" .demo/moto.log

export AWS_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
BIN="$CARGO_TARGET_DIR/debug/pooldesk"
say "Applying the guide's setup to the local Cognito"
umask 077
"$BIN" bootstrap --env-file .demo/console.env
set -a
# shellcheck source=/dev/null # written by the bootstrap just above
source .demo/console.env
set +a
# Two more operators, to try the roles: support and viewer (fresh passwords each run).
export POOLDESK_SUPPORT_GROUP=support POOLDESK_VIEWER_GROUP=viewer
for role in support viewer; do
  password="$(python3 -c 'import secrets; print("Pd-" + secrets.token_urlsafe(12) + "-9a")')"
  "$ROOT/.venv/bin/python" scripts/add_operator.py "$AWS_ENDPOINT_URL" "$POOLDESK_POOL_ID" "$role@example.com" "$password" "$role"
  echo "${role^}: $role@example.com  password: $password"
done
# Plain http on loopback: the session cookie cannot be Secure here.
export POOLDESK_DATA_DIR=.demo/data LEPTOS_SITE_ROOT=target/site POOLDESK_SECURE_COOKIES=never

echo
say "Pooldesk: http://127.0.0.1:3000  (sign in with the Admin line above; Ctrl-C stops)"
"$BIN" serve &
SERVER_PID=$!
wait "$SERVER_PID" || true
