#!/usr/bin/env bash
# The roll of a large cohort against the packaged app on a throwaway PostgreSQL (issue 13: a cohort
# of 40 learners x 30 sessions stays fast): seeds it through the API, then times the roster page,
# the operator's cohort page, the XLSX sheet and the progress API one request at a time.
# Figures go to docs/benchmarks.md.
#
#   bench/roster.sh                                  # LEARNERS=40 SESSIONS=30 ROUNDS=50
#   LEARNERS=120 SESSIONS=60 bench/roster.sh
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
BUILD=${BUILD:-if-missing}
LEARNERS=${LEARNERS:-40}
SESSIONS=${SESSIONS:-30}
ROUNDS=${ROUNDS:-50}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1
log() { echo "roster: $*"; }
die() { echo "roster: $*" >&2; exit 1; }
# shellcheck source=common.sh
. "$BENCH_DIR/common.sh"

ensure_postgres_tools
build_app_if_needed
WORK=$(mktemp -d /tmp/axcampus-roster.XXXXXX)
trap bench_cleanup EXIT
measure_busy_before
start_postgres 50
start_app
java "$BENCH_DIR/ReadBench.java" roster "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$LEARNERS" "$SESSIONS" "$ROUNDS"
