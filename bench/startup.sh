#!/usr/bin/env bash
# Start-up of the packaged app on a migrated database (issue 18): a throwaway PostgreSQL, one
# start that migrates it and runs the bootstrap, then RUNS starts pinned to one core (CPUS), each
# timed from launch to the first 200 of /q/health/ready; prints each, the median, and where the
# time went in the last one (the log's own timestamps: JVM to Flyway, Flyway, the rest).
#
#   bench/startup.sh                  # RUNS=5 CPUS=0
#   PROFILE=1 bench/startup.sh        # also a JFR recording of the last start (top frames)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
BUILD=${BUILD:-if-missing}
RUNS=${RUNS:-5}
CPUS=${CPUS:-0}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1
log() { echo "startup: $*"; }
die() { echo "startup: $*" >&2; exit 1; }
# shellcheck source=common.sh
. "$BENCH_DIR/common.sh"

ensure_postgres_tools
build_app_if_needed
WORK=$(mktemp -d /tmp/axcampus-startup.XXXXXX)
trap bench_cleanup EXIT
measure_busy_before
start_postgres 100
log "first start: migrates the empty database and runs the bootstrap (not counted)"
start_app
stop_app

TIMES=()
for run in $(seq "$RUNS"); do
    : >"$WORK/app.log"
    if [ "${PROFILE:-0}" = 1 ] && [ "$run" = "$RUNS" ]; then
        APP_JAVA_OPTS="${APP_JAVA_OPTS:-} -XX:StartFlightRecording=settings=${JFR_SETTINGS:-profile},filename=$WORK/startup.jfr"
    fi
    APP_CPUS=$CPUS start_app
    TIMES+=("$STARTUP_MS")
    log "run $run: ready after $STARTUP_MS ms on core(s) $CPUS; RSS $(app_rss_mib) MiB"
    stop_app
done
MEDIAN=$(printf '%s\n' "${TIMES[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
log "median of $RUNS starts on core(s) $CPUS: $MEDIAN ms to ready"

log "the last start, from its log (JSON lines' timestamps):"
grep -o '"timestamp":"[^"]*"[^}]*"message":"[^"]*"' "$WORK/app.log" \
    | sed -E 's/"timestamp":"[^T]*T([^"]*)Z".*"message":"([^"]{0,110}).*/\1  \2/' \
    | grep -E 'Database:|validated|up to date|Migrating|started in|bootstrap|Bootstrap|catalog|Catalog|content|Content' | sed 's/^/    /'
if [ "${PROFILE:-0}" = 1 ]; then
    log "where the last start's CPU went (JFR execution samples, top frames, then by package):"
    jfr print --stack-depth 128 --events jdk.ExecutionSample "$WORK/startup.jfr" | awk '
        /stackTrace = \[/ { getline; samples++; tops[$1]++; inside = 1; next }
        inside && /^[[:space:]]*\]/ { inside = 0; for (k in mark) delete mark[k]; next }
        inside { split($1, parts, "."); pkg = parts[1] "." parts[2] "." parts[3]; if (!(pkg in mark)) { mark[pkg] = 1; under[pkg]++ } }
        END {
            printf "    %d samples\n", samples
            for (t in tops) printf "%8d  top  %s\n", tops[t], t | "sort -rn | head -15"
            close("sort -rn | head -15")
            for (p in under) printf "%7.1f %%  under %s\n", 100 * under[p] / samples, p | "sort -rn | head -20"
        }'
fi
