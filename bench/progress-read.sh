#!/usr/bin/env bash
# The progress read under load (issue 18), against the packaged app on a throwaway PostgreSQL:
# seeds a cohort of 30 learners with 12 held and 6 coming 4-hour sessions through the API, pins
# the app to one core (the load generator and PostgreSQL share the other), then loads
#   mine:   GET /api/cohorts/{id}/progress/{userId}, each learner reading their own
#   cohort: GET /api/cohorts/{id}/progress, the operator reading every learner's
# with CLIENTS clients for MEASURED seconds after WARMUP, and reads pg_stat_statements for the database
# time each request costs (the statements, their calls and mean times). Figures go to
# docs/benchmarks.md.
#
#   bench/progress-read.sh                     # LEARNERS=30 CLIENTS=32 WARMUP=15 MEASURED=30
#   CLIENTS=8 MEASURED=10 bench/progress-read.sh
#   PROFILE=1 bench/progress-read.sh           # also a JFR recording of each load: where the app's time goes
#   READS=mine bench/progress-read.sh          # one of the two reads only (default: mine cohort)
#   LOADER=wrk bench/progress-read.sh          # load with wrk (installed from Debian when missing), lighter
#                                              # than the JVM client on the core it shares with PostgreSQL
#
# Then pgbench runs the statements the app runs for each read — the cohort's scope check and the
# ledger aggregate, their text taken from the Java sources so they cannot drift — at the same client
# count for the same time, pinned like the load generator, and the script prints the app's req/s
# as a share of pgbench's transactions/s: the ceiling the database alone would allow.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
BUILD=${BUILD:-if-missing}
LEARNERS=${LEARNERS:-30}
CLIENTS=${CLIENTS:-32}
WARMUP=${WARMUP:-15}
READS=${READS:-mine cohort}
# Not SECONDS: bash counts the seconds since the shell started in it.
SECONDS_MEASURED=${MEASURED:-30}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1
PG_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top"
log() { echo "progress-read: $*"; }
die() { echo "progress-read: $*" >&2; exit 1; }
# shellcheck source=common.sh
. "$BENCH_DIR/common.sh"

ensure_postgres_tools
if [ "${LOADER:-java}" = wrk ] && ! command -v wrk >/dev/null; then
    as_root apt-get install -y -q wrk >/dev/null || die "LOADER=wrk needs wrk (apt-get install wrk)"
fi
build_app_if_needed
WORK=$(mktemp -d /tmp/axcampus-progress-read.XXXXXX)
trap bench_cleanup EXIT
measure_busy_before
start_postgres 100
sql -c "CREATE EXTENSION pg_stat_statements"
if [ "${PROFILE:-0}" = 1 ]; then
    APP_JAVA_OPTS="${APP_JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$WORK/start.jfr"
fi
start_app
taskset -apc 0 "$APP_PID" >/dev/null
log "app pinned to core 0; PostgreSQL and the load generator share the machine's other core"
java "$BENCH_DIR/ReadBench.java" seed "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$LEARNERS" "$WORK/seed.txt"

# The app's CPU time so far (user + system, in clock ticks), from /proc.
app_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }

for what in $READS; do
    sql -c "SELECT pg_stat_statements_reset()" >/dev/null
    [ "${PROFILE:-0}" = 1 ] && jcmd "$APP_PID" JFR.start name="$what" settings=profile >/dev/null
    CPU_BEFORE=$(app_cpu_ticks); WALL_BEFORE=$(date +%s%N)
    if [ "${LOADER:-java}" = wrk ]; then
        # wrk (C, from Debian): a lighter load generator than the JVM's HTTP client on the shared core
        SEED="$WORK/seed.txt" READ=$what taskset -c 1 wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s "$BENCH_DIR/progress-read.lua" "$BASE" >/dev/null
        SEED="$WORK/seed.txt" READ=$what taskset -c 1 wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" --latency \
            -s "$BENCH_DIR/progress-read.lua" "$BASE" >"$WORK/$what.wrk"
        awk -v what="$what" -v clients="$CLIENTS" -v secs="$SECONDS_MEASURED" -v warm="$WARMUP" '
            /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Requests\/sec:/ { rps = $2 }
            /Non-2xx/ { errors = $NF } /Socket errors/ { errors = errors " (" $0 ")" }
            END { printf "progress-read: %-6s %d clients (wrk), %d s after %d s warm-up: %.0f req/s, p50 %s, p99 %s, %d errors\n",
                  what, clients, secs, warm, rps, p50, p99, errors + 0 }' "$WORK/$what.wrk" | tee "$WORK/$what.txt"
    else
        taskset -c 1 java "$BENCH_DIR/ReadBench.java" load "$BASE" "$WORK/seed.txt" "$what" "$CLIENTS" \
            "$WARMUP" "$SECONDS_MEASURED" | tee "$WORK/$what.txt"
    fi
    CPU_AFTER=$(app_cpu_ticks); WALL_AFTER=$(date +%s%N)
    log "$what: the app used $(awk -v c=$((CPU_AFTER - CPU_BEFORE)) -v hz="$(getconf CLK_TCK)" -v w=$((WALL_AFTER - WALL_BEFORE)) 'BEGIN { printf "%.0f", 100 * c / hz / (w / 1e9) }') % of its core over warm-up and run (100 %: the app is the ceiling)"
    if [ "${PROFILE:-0}" = 1 ]; then
        jcmd "$APP_PID" JFR.stop name="$what" filename="$WORK/$what.jfr" >/dev/null
        log "$what: where the app's CPU goes (JFR execution samples; top frames, then the share of samples under each of our packages and the big libraries):"
        jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/$what.jfr" | awk '
            /stackTrace = \[/ { getline; top = $1; samples++; tops[top]++; inside = 1; seen = ""; next }
            inside && /^[[:space:]]*\]/ { inside = 0; for (k in mark) delete mark[k]; next }
            inside {
                frame = $1
                n = split("kr.axcampus.progress kr.axcampus.access kr.axcampus.cohort kr.axcampus.catalog kr.axcampus.common kr.axcampus.identity org.hibernate com.fasterxml.jackson io.smallrye.jwt org.jose4j org.jboss.resteasy io.vertx io.netty io.quarkus.arc io.smallrye.context io.micrometer io.quarkus.micrometer io.quarkus.vertx.http.runtime.security org.postgresql io.agroal io.quarkus.narayana com.arjuna", pkgs, " ")
                for (i = 1; i <= n; i++) if (index(frame, pkgs[i]) == 1 && !(pkgs[i] in mark)) { mark[pkgs[i]] = 1; under[pkgs[i]]++ }
            }
            END {
                printf "    %d samples\n", samples
                for (t in tops) printf "%8d  top  %s\n", tops[t], t | "sort -rn | head -12"
                close("sort -rn | head -12")
                for (p in under) printf "%7.1f %%  under %s\n", 100 * under[p] / samples, p | "sort -rn"
            }'
    fi
    log "$what: database time per request over warm-up and run, from pg_stat_statements (top 6 by total time):"
    sql -At -F ' | ' -c "
        SELECT calls, round(mean_exec_time::numeric, 3) || ' ms', left(regexp_replace(query, '\s+', ' ', 'g'), 90)
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'axcampus')
        ORDER BY total_exec_time DESC LIMIT 6" | sed 's/^/    calls /'
    sql -At -c "
        SELECT 'progress-read: $what: ' || round(sum(total_exec_time)::numeric / greatest(max(calls), 1), 3)
               || ' ms of database time per request (all statements / the most-called one''s calls)'
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'axcampus')"
done

log "the app's resident memory after both loads: $(app_rss_mib) MiB (VmRSS; default heap settings unless APP_JAVA_OPTS)"

# ------------------------------------------------ the same statements without the app (pgbench)
text_block() { # text_block FILE NAME: a Java text block `NAME = """ … """;`, as one SQL line
    awk -v name="$2" '$0 ~ name " = \"\"\"" { inside = 1; next } inside && /"""/ { sub(/""".*/, ""); print; exit } inside { print }' "$1" | tr '\n' ' '
}
AGGREGATE_SQL=$(text_block "$REPO/src/main/java/kr/axcampus/progress/ProgressService.java" AGGREGATE)
SCOPE_SQL=$(text_block "$REPO/src/main/java/kr/axcampus/cohort/CohortScopes.java" SCOPE)
[ -n "$AGGREGATE_SQL" ] && [ -n "$SCOPE_SQL" ] || die "cannot read the statements from the Java sources"
COHORT=$(sed -n 's/^cohort=//p' "$WORK/seed.txt")
CENTER=$(sql_value "SELECT center_id FROM cohort WHERE id = '$COHORT'")
sql -c "CREATE TABLE bench_learner (n integer PRIMARY KEY, user_id uuid NOT NULL)"
awk '/^learner=/ { sub(/^learner=/, ""); print ++i "\t" $1 }' "$WORK/seed.txt" | sql -c "\copy bench_learner (n, user_id) FROM STDIN"
LEARNER_COUNT=$(sql_value "SELECT count(*) FROM bench_learner")
LEARNER_CONDITION="EXISTS (SELECT 1 FROM cohort_instructor i WHERE i.cohort_id = c.id AND i.user_id = :me) OR EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.user_id = :me)"
{
    echo "\\set n random(1, $LEARNER_COUNT)"
    echo "SELECT user_id AS me FROM bench_learner WHERE n = :n \\gset"
    echo "${SCOPE_SQL//%s/$LEARNER_CONDITION};" | sed 's/:id\b/:cohort/g'
    echo "${AGGREGATE_SQL//%s/AND e.user_id = :me};" | sed 's/:user\b/:me/g'
} > "$WORK/mine.pgbench"
{
    echo "${SCOPE_SQL//%s/true};" | sed 's/:id\b/:cohort/g'
    echo "${AGGREGATE_SQL//%s/};"
} > "$WORK/cohort.pgbench"
for what in $READS; do
    NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    taskset -c 1 "$PG_BIN/pgbench" -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_MEASURED" -f "$WORK/$what.pgbench" \
        -D cohort="$COHORT" -D center="$CENTER" -D now="$NOW" -D zone=Asia/Seoul \
        -h 127.0.0.1 -p "$PG_PORT" -U postgres axcampus >"$WORK/$what.pgbench.out" 2>&1 \
        || { cat "$WORK/$what.pgbench.out" >&2; die "pgbench failed for $what"; }
    TPS=$(awk '/^tps = / { print $3; exit }' "$WORK/$what.pgbench.out")
    LAT=$(awk '/^latency average = / { print $4; exit }' "$WORK/$what.pgbench.out")
    APP=$(sed -n 's/.* \([0-9]*\) req\/s.*/\1/p' "$WORK/$what.txt")
    log "$what: pgbench, the same statements, $CLIENTS clients, $SECONDS_MEASURED s: $(printf '%.0f' "$TPS") tps (latency average $LAT ms)"
    log "$what: the app does $APP req/s = $(awk -v a="$APP" -v b="$TPS" 'BEGIN { printf "%.1f", 100 * a / b }') % of pgbench's"
done
