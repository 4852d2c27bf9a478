#!/usr/bin/env bash
# Benchmarks: the console's server functions against the raw SDK calls they make and against the
# AWS CLI, all on the same local moto. Prints medians, 95th percentiles and ratios (see
# benches/sdk_ratios.rs) and keeps them in target/bench/. POOLDESK_BENCH_RUNS sets the
# number of timed calls per path (default 200; the CLI gets a tenth, it starts a process each
# time). Not part of `make test`: timings are measurements, never assertions. Whole-pool work
# (`export`, `bulk_add`, `restore`, `memory`) seeds POOLDESK_BENCH_EXPORT_USERS (5,000),
# POOLDESK_BENCH_BULK_USERS (500), POOLDESK_BENCH_RESTORE_USERS (1,000) and
# POOLDESK_BENCH_MEMORY_USERS (50,000) users first.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

MOTO_PORT="${BENCH_MOTO_PORT:-5058}"
mkdir -p target/bench
install_moto
# The AWS CLI gets its own virtualenv: it pins a botocore that moto's must not be changed to.
if ! "$ROOT/.venv-cli/bin/aws" --version 2>&1 | grep -q "aws-cli/$AWSCLI_VERSION "; then
  say "Installing the AWS CLI $AWSCLI_VERSION into .venv-cli"
  python3 -m venv "$ROOT/.venv-cli"
  "$ROOT/.venv-cli/bin/pip" install --quiet --disable-pip-version-check "awscli==$AWSCLI_VERSION"
fi

MOTO_PID=""
trap '[ -n "$MOTO_PID" ] && kill "$MOTO_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT
start_moto "$MOTO_PORT" target/bench/moto.log
export POOLDESK_TEST_MOTO="http://127.0.0.1:$MOTO_PORT" POOLDESK_BENCH_AWS="$ROOT/.venv-cli/bin/aws"
# The raw SDK paths are not paced: neither is the console here (the pace has its unit tests).
export POOLDESK_QUOTAS="all=0"

say "Benchmarks (optimised build, moto on port $MOTO_PORT)"
out="target/bench/$(date -u +%Y%m%dT%H%M%SZ).txt"
# Cargo's bench profile (release): what a deployment runs. The console and the raw SDK paths are
# built alike, so the ratios compare code, not profiles. The first build takes about 9 minutes
# here; BENCH_PROFILE=dev reuses the tests' debug build instead.
cargo bench --profile "${BENCH_PROFILE:-bench}" --no-default-features --features ssr --bench sdk_ratios -- "$@" | tee "$out"
say "Saved in $out"
