#!/usr/bin/env bash
# Check-in storm benchmark (see docs/benchmarks.md).
#
# Seeds LEARNERS learners across SESSIONS live sessions, fires all their check-ins at
# once with real HTTP against the packaged app on a throwaway PostgreSQL, verifies
# exactly one attendance record (and one CHECK_IN event) per learner, then measures the
# database ceiling with pgbench running the same insert statement the check-in runs, and
# prints throughput, latency percentiles and the ratio.
#
#   ./mvnw -B package -DskipTests          # or let this script build it (BUILD=auto)
#   bench/checkin-storm.sh                  # LEARNERS=2000 SESSIONS=40 CONCURRENCY=500
#   CONCURRENCY=100 bench/checkin-storm.sh
#
# Settings (environment):
#   LEARNERS (2000)  SESSIONS (40)  CONCURRENCY (500)  DUPLICATES (0: share of learners
#   that also send an immediate retry)  WARMUP (400 learners in a separate cohort)
#   WARMUP_SECONDS (90) WARMUP_ROUNDS (3, at least) WARMUP_SESSIONS (20: each round checks
#   in to the next of these, so the warm-up inserts as the storm does)  PGBENCH_ROUNDS (5: pgbench runs LEARNERS x this many check-ins)
#   PGBENCH_EXTRA_CLIENTS (20: also run pgbench at this client count, the app's pool size;
#   empty to skip)  APP_JAR (target/quarkus-app/quarkus-run.jar)  BUILD (auto|always|never)
#   APP_JAVA_OPTS ()  PG_OPTS (extra postgres -c settings, e.g. "-c fsync=off")
#   KEEP (0: 1 keeps the work directory)  HOLD (seconds to keep app and database up at the end, to look around)  RESULT_FILE (append a one-line summary here)
# Needs Java 17 and PostgreSQL 15+ binaries (installed with apt-get when missing).
set -euo pipefail

LEARNERS=${LEARNERS:-2000}
SESSIONS=${SESSIONS:-40}
CONCURRENCY=${CONCURRENCY:-500}
DUPLICATES=${DUPLICATES:-0}
WARMUP=${WARMUP:-400}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
WARMUP_SESSIONS=${WARMUP_SESSIONS:-20}
PGBENCH_ROUNDS=${PGBENCH_ROUNDS:-5}
PGBENCH_EXTRA_CLIENTS=${PGBENCH_EXTRA_CLIENTS-20}
BUILD=${BUILD:-auto}
KEEP=${KEEP:-0}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
PG_OPTS=${PG_OPTS:-}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1

log() { printf '[storm %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

(( LEARNERS % SESSIONS == 0 )) || log "note: $LEARNERS learners do not split evenly over $SESSIONS sessions"
PER_SESSION=$(( (LEARNERS + SESSIONS - 1) / SESSIONS ))

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "Java 17 is needed"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
ensure_postgres_tools
build_app_if_needed

measure_busy_before

# ------------------------------------------------------ PostgreSQL and the app
WORK=$(mktemp -d /tmp/axc-storm.XXXXXX)
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
start_postgres $(( CONCURRENCY > 100 ? CONCURRENCY + 100 : 200 ))
start_app

# ------------------------------------------------------------------------ seed
source "$BENCH_DIR/seed-storm.sh"
seed_storm "$BASE"
log "seeded $(sql_value "SELECT count(*) FROM enrollment e JOIN bench.learner l USING (user_id) WHERE NOT l.warm") storm enrolments in $(sql_value "SELECT count(DISTINCT session_id) FROM bench.learner WHERE NOT warm") sessions"

# ----------------------------------------------------------------------- storm
log "storm: $LEARNERS check-ins at concurrency $CONCURRENCY (after a warm-up: $WARMUP learners, round after round, for ${WARMUP_SECONDS}s)"
java "$BENCH_DIR/CheckInStorm.java" storm base="$BASE" adminEmail=$ADMIN_EMAIL adminPassword=$ADMIN_PASSWORD \
    learners="$WORK/learners.csv" privateKey="$WORK/jwt-private.pem" concurrency="$CONCURRENCY" appPid="$APP_PID" \
    duplicates="$DUPLICATES" warmupRounds="$WARMUP_ROUNDS" warmupSeconds="$WARMUP_SECONDS" \
    warmupSessions="$(sed -n 's/^warmup=//p' "$WORK/seed.properties")" | tee "$WORK/storm.out"
RESULT=$(grep '^RESULT ' "$WORK/storm.out") || die "no RESULT line from the load generator"
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$RESULT"; }

# ---------------------------------------------------------------------- verify
read -r RECORDS WRONG EVENTS < <(sql_value "
    SELECT (SELECT count(*) FROM attendance_record r JOIN bench.learner l USING (user_id) WHERE NOT l.warm),
           (SELECT count(*) FROM bench.learner l WHERE NOT l.warm AND (SELECT count(*) FROM attendance_record r
                WHERE r.user_id = l.user_id AND r.session_id = l.session_id) <> 1),
           (SELECT count(*) FROM attendance_event v JOIN bench.learner l USING (user_id)
                WHERE NOT l.warm AND v.kind = 'CHECK_IN')" | tr '|' ' ')
VERIFIED=yes
[ "$RECORDS" = "$LEARNERS" ] && [ "$WRONG" = 0 ] && [ "$EVENTS" = "$LEARNERS" ] && [ "$(val errors)" = 0 ] || VERIFIED=NO
log "verify: $RECORDS records for $LEARNERS learners, $WRONG learners without exactly one, $EVENTS CHECK_IN events, $(val errors) HTTP errors -> $VERIFIED"

# -------------------------------------------------------------------- pgbench
# The same inserts the check-in makes (one CTE statement, see AttendanceService.checkIn), on fresh (session, learner) pairs:
# the bench learners in PGBENCH_ROUNDS further sessions of their cohorts.
TX_PER_CLIENT=$(( LEARNERS * PGBENCH_ROUNDS / CONCURRENCY )); (( TX_PER_CLIENT < 1 )) && TX_PER_CLIENT=1
PAIRS=$(( LEARNERS * PGBENCH_ROUNDS > CONCURRENCY * TX_PER_CLIENT ? LEARNERS * PGBENCH_ROUNDS : CONCURRENCY * TX_PER_CLIENT ))
ROUNDS_NEEDED=$(( (PAIRS + LEARNERS - 1) / LEARNERS ))
sql <<SQL
CREATE TABLE bench.ceiling_session AS
    SELECT c.idx, r AS round, gen_random_uuid() AS session_id, c.session_id AS model
    FROM bench.cohort c CROSS JOIN generate_series(1, $ROUNDS_NEEDED) r WHERE c.idx > 0;
CREATE TEMP TABLE s AS SELECT t.*, c.session_id AS bench_id FROM cohort_session t JOIN bench.ceiling_session c ON c.model = t.id;
UPDATE s SET id = bench_id;
ALTER TABLE s DROP COLUMN bench_id;
INSERT INTO cohort_session SELECT * FROM s;
CREATE TABLE bench.pair AS
    SELECT row_number() OVER (ORDER BY random()) AS k, c.session_id, l.user_id
    FROM bench.learner l JOIN bench.ceiling_session c ON c.idx = l.idx WHERE NOT l.warm;
CREATE UNIQUE INDEX ON bench.pair (k);
CREATE SEQUENCE bench.pair_seq;
ANALYZE;
SQL
cat >"$WORK/checkin.sql" <<'SQL'
-- One check-in, as AttendanceService.checkIn writes it (since d1f8430): the record (idempotent) and its
-- CHECK_IN event in ONE statement (a CTE), the app's statement verbatim with its parameters in place:
-- ?1/?7 the record and event ids, ?2 session, ?3 learner, ?4 status, ?5 now, ?6 method, ?8 now as text.
-- The app reads the record back only when the insert lost a race, which never happens here (fresh pairs).
-- The first statement only picks the next fresh (session, learner) pair.
BEGIN;
SELECT session_id AS sid, user_id AS uid FROM bench.pair WHERE k = (SELECT nextval('bench.pair_seq')) \gset
WITH ins AS (
    INSERT INTO attendance_record (id, session_id, user_id, status, check_in_at, method,
                                   credited_minutes, created_at, updated_at)
    VALUES (gen_random_uuid(), :sid, :uid, 'PRESENT', now(), 'CODE', 0, now(), now())
    ON CONFLICT (session_id, user_id) DO NOTHING
    RETURNING id),
event AS (
    INSERT INTO attendance_event (id, session_id, user_id, actor_id, at, kind, after)
    SELECT gen_random_uuid(), :sid, :uid, :uid, now(), 'CHECK_IN',
           jsonb_build_object('status', CAST('PRESENT' AS text), 'checkInAt', CAST(now() AS text),
                              'checkOutAt', NULL, 'creditedMinutes', 0, 'method', CAST('CODE' AS text))
    FROM ins)
SELECT id FROM ins;
END;
SQL

run_pgbench() { # clients -> "tps p50 p99 failed inserted"
    local clients=$1 per_client=$(( LEARNERS * PGBENCH_ROUNDS / $1 ))
    (( per_client < 1 )) && per_client=1
    (( clients * per_client > PAIRS )) && per_client=$(( PAIRS / clients ))
    sql -c "DELETE FROM attendance_event WHERE session_id IN (SELECT session_id FROM bench.ceiling_session)" \
        -c "DELETE FROM attendance_record WHERE session_id IN (SELECT session_id FROM bench.ceiling_session)" \
        -c "SELECT setval('bench.pair_seq', 1, false)" -c "VACUUM ANALYZE attendance_record" \
        -c "VACUUM ANALYZE attendance_event" -c "CHECKPOINT" >/dev/null
    mkdir -p "$WORK/pgbench-$clients"
    (cd "$WORK/pgbench-$clients" && "$PG_BIN/pgbench" -n -M prepared -f "$WORK/checkin.sql" -c "$clients" \
        -j "$(nproc)" -t "$per_client" -l -h 127.0.0.1 -p "$PG_PORT" -U postgres axcampus >pgbench.out 2>&1) \
        || { cat "$WORK/pgbench-$clients/pgbench.out" >&2; die "pgbench failed"; }
    local tps failed inserted p50 p99
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$WORK/pgbench-$clients/pgbench.out")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench-$clients/pgbench.out")
    inserted=$(sql_value "SELECT count(*) FROM attendance_record WHERE session_id IN (SELECT session_id FROM bench.ceiling_session)")
    # per-transaction log: client_id transaction_no time(us) script_no time_epoch time_us
    read -r p50 p99 < <(cat "$WORK"/pgbench-"$clients"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
        { v[NR] = $1 } END { i50 = int(NR * 0.50 + 0.999999); i99 = int(NR * 0.99 + 0.999999);
          printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }')
    echo "$tps $p50 $p99 ${failed:-0} $inserted $(( clients * per_client ))"
}
log "pgbench ceiling: the check-in's insert statement at $CONCURRENCY clients"
read -r PG_TPS PG_P50 PG_P99 PG_FAILED PG_INSERTED PG_TX < <(run_pgbench "$CONCURRENCY")
EXTRA=""
if [ -n "$PGBENCH_EXTRA_CLIENTS" ] && [ "$PGBENCH_EXTRA_CLIENTS" != "$CONCURRENCY" ]; then
    log "pgbench ceiling: at $PGBENCH_EXTRA_CLIENTS clients (the app's connection pool, quarkus.datasource.jdbc.max-size)"
    read -r X_TPS X_P50 X_P99 X_FAILED X_INSERTED X_TX < <(run_pgbench "$PGBENCH_EXTRA_CLIENTS")
    EXTRA=$(printf '%-34s %10s %9s %9s  %s\n' "pgbench, $PGBENCH_EXTRA_CLIENTS clients" "$X_TPS" "$X_P50" "$X_P99" \
        "$X_TX tx, $X_INSERTED inserted, $X_FAILED failed")
fi

RATIO=$(awk -v a="$(val rps)" -v b="$PG_TPS" 'BEGIN { printf "%.1f", 100 * a / b }')
TARGET_RATIO=$(awk -v r="$RATIO" 'BEGIN { print (r >= 50) ? "met" : "MISSED" }')
TARGET_P99=$(awk -v p="$(val p99)" 'BEGIN { print (p < 50) ? "met" : "MISSED" }')
TARGET_ERR=$([ "$(val errors)" = 0 ] && [ "$VERIFIED" = yes ] && echo met || echo MISSED)

cat <<EOF

=== check-in storm: $LEARNERS learners, $SESSIONS sessions, concurrency $CONCURRENCY, duplicates $DUPLICATES ===
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')$( [ -n "$PG_OPTS" ] && echo ", $PG_OPTS")
machine busy before the run (3 s sample, other processes): $BUSY_BEFORE %
$(printf '%-34s %10s %9s %9s  %s' "" "per second" "p50 ms" "p99 ms" "")
$(printf '%-34s %10s %9s %9s  %s' "HTTP check-in storm" "$(val rps)" "$(val p50)" "$(val p99)" "$(val requests) requests, $(val errors) errors, p90 $(val p90) ms, max $(val max) ms, $(val seconds) s")
$(printf '%-34s %10s %9s %9s  %s' "pgbench, $CONCURRENCY clients" "$PG_TPS" "$PG_P50" "$PG_P99" "$PG_TX tx, $PG_INSERTED inserted, $PG_FAILED failed")
$EXTRA
CPU per storm check-in (ms, from /proc): the app $(val appCpuMs), the load generator $(val generatorCpuMs), the rest of the machine (PostgreSQL, ...) $(val restCpuMs)
verified: $RECORDS records for $LEARNERS learners, $WRONG without exactly one, $EVENTS CHECK_IN events -> $VERIFIED
ratio: storm / pgbench ($CONCURRENCY clients) = $RATIO %
targets: >= 50 % of the ceiling: $TARGET_RATIO; p99 < 50 ms: $TARGET_P99; zero errors, one record each: $TARGET_ERR
EOF
if [ -n "${RESULT_FILE:-}" ]; then
    echo "$(date -Is) learners=$LEARNERS sessions=$SESSIONS concurrency=$CONCURRENCY duplicates=$DUPLICATES $(cut -d' ' -f2- <<<"$RESULT") verified=$VERIFIED busy_before=$BUSY_BEFORE pgbench_tps=$PG_TPS pgbench_p50=$PG_P50 pgbench_p99=$PG_P99 pgbench_failed=$PG_FAILED extra_clients=${PGBENCH_EXTRA_CLIENTS:-} extra_tps=${X_TPS:-} extra_p50=${X_P50:-} extra_p99=${X_P99:-} ratio=$RATIO pg_opts=\"$PG_OPTS\"" >>"$RESULT_FILE"
fi
[ "$VERIFIED" = yes ]
