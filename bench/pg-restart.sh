#!/usr/bin/env bash
# PostgreSQL restart under load (issue 12, item 8; see docs/reliability.md).
#
# A steady stream of check-ins (RATE new learners a second, CONCURRENCY in flight, each learner once
# into their live session, retried by the "learner's app" when not acknowledged) runs against the
# packaged app on a throwaway PostgreSQL; FAULT_AFTER seconds in, PostgreSQL is stopped (fast:
# every connection is cut) and DOWN seconds later started again. Readiness is polled every 200 ms.
# Then it checks, and fails unless:
#   - every check-in answered while the database was down was 503 problem+json;
#   - readiness was DOWN the whole time the database was;
#   - readiness was UP and a check-in acknowledged again within RECOVERY (10) seconds of the start;
#   - nothing failed once the app had recovered;
#   - every acknowledged check-in is in the database, once, with its CHECK_IN event, and no record
#     lacks its event (no partial writes); and every learner who kept retrying got in, once.
#
#   ./mvnw -B package -DskipTests   # or let this script build it (BUILD=auto)
#   bench/pg-restart.sh              # RATE=100 CONCURRENCY=50 FAULT_AFTER=15 DOWN=10 SETTLE=20
#
# Settings (environment): RATE, CONCURRENCY, FAULT_AFTER, DOWN, SETTLE, RECOVERY (10), APP_JAR,
# BUILD (auto|always|never), APP_JAVA_OPTS, PG_OPTS, KEEP, HOLD, RESULT_FILE (append the RESULT line).
set -euo pipefail

RATE=${RATE:-100}
CONCURRENCY=${CONCURRENCY:-50}
FAULT_AFTER=${FAULT_AFTER:-15}
DOWN=${DOWN:-10}
SETTLE=${SETTLE:-20}
RECOVERY=${RECOVERY:-10}
BUILD=${BUILD:-auto}
KEEP=${KEEP:-0}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1

log() { printf '[pg-restart %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

command -v java >/dev/null || die "Java 17 is needed"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
ensure_postgres_tools
build_app_if_needed

WORK=$(mktemp -d /tmp/axc-pg-restart.XXXXXX)
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
start_postgres 200
start_app

# Enough learners for the whole run: the stream never runs out while PostgreSQL is down or after.
SESSIONS=20
LEARNERS=$(( (RATE * (FAULT_AFTER + DOWN + SETTLE + 5) + SESSIONS - 1) / SESSIONS * SESSIONS ))
PER_SESSION=$(( LEARNERS / SESSIONS ))
WARMUP=0
WARMUP_SESSIONS=1
# shellcheck source=bench/seed-storm.sh
source "$BENCH_DIR/seed-storm.sh"
seed_storm "$BASE"

log "check-ins at $RATE/s (concurrency $CONCURRENCY); PostgreSQL stops after ${FAULT_AFTER}s and starts ${DOWN}s later"
java "$BENCH_DIR/CheckInStorm.java" fault base="$BASE" adminEmail=$ADMIN_EMAIL adminPassword=$ADMIN_PASSWORD \
    learners="$WORK/learners.csv" privateKey="$WORK/jwt-private.pem" concurrency="$CONCURRENCY" rate="$RATE" \
    faultAfterSeconds="$FAULT_AFTER" downSeconds="$DOWN" settleSeconds="$SETTLE" \
    stopCommand="$(postgres_stop_command)" startCommand="$(postgres_start_command) >/dev/null" \
    acknowledged="$WORK/acknowledged.csv" | tee "$WORK/fault.out"
RESULT=$(grep '^RESULT ' "$WORK/fault.out") || die "no RESULT line from the load generator"
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$RESULT"; }

# ---------------------------------------------------------------------- verify
sql -c "CREATE TABLE bench.acknowledged (user_id uuid PRIMARY KEY, session_id uuid)" \
    -c "\\copy bench.acknowledged FROM '$WORK/acknowledged.csv' CSV"
read -r ACKED MISSING STARTED NOT_ONE LONELY < <(sql_value "
    SELECT (SELECT count(*) FROM bench.acknowledged),
           (SELECT count(*) FROM bench.acknowledged a WHERE NOT EXISTS (SELECT 1 FROM attendance_record r
                JOIN attendance_event v ON v.session_id = r.session_id AND v.user_id = r.user_id AND v.kind = 'CHECK_IN'
                WHERE r.session_id = a.session_id AND r.user_id = a.user_id)),
           (SELECT count(DISTINCT user_id) FROM attendance_record r JOIN bench.learner l USING (user_id, session_id)),
           (SELECT count(*) FROM bench.learner l WHERE (SELECT count(*) FROM attendance_record r
                WHERE r.user_id = l.user_id AND r.session_id = l.session_id) > 1
                OR (SELECT count(*) FROM attendance_event v WHERE v.user_id = l.user_id
                AND v.session_id = l.session_id AND v.kind = 'CHECK_IN') > 1),
           (SELECT count(*) FROM attendance_record r JOIN bench.learner l USING (user_id, session_id)
                WHERE NOT EXISTS (SELECT 1 FROM attendance_event v WHERE v.session_id = r.session_id
                AND v.user_id = r.user_id AND v.kind = 'CHECK_IN'))" | tr '|' ' ')
log "database: $ACKED acknowledged, $MISSING of them missing; $STARTED learners with a record; $NOT_ONE with more than one record or event; $LONELY records without their event"

checks=()
[ "$(val downAnswers)" -gt 0 ] && [ "$(val downWrong)" = 0 ] || checks+=("while down: $(val downAnswers) answers, $(val downWrong) not 503 problem+json")
[ "$(val readinessPollsDown)" -gt 0 ] && [ "$(val readinessUpWhileDown)" = 0 ] || checks+=("readiness: $(val readinessUpWhileDown) of $(val readinessPollsDown) polls UP while down")
awk -v r="$(val readyAfter)" -v c="$(val checkInAfter)" -v max="$RECOVERY" 'BEGIN { exit !(r >= 0 && c >= 0 && r <= max && c <= max) }' \
    || checks+=("recovery: readiness after $(val readyAfter) s, check-in after $(val checkInAfter) s (limit $RECOVERY s)")
[ "$(val afterRecoveryErrors)" = 0 ] || checks+=("$(val afterRecoveryErrors) failures after recovery")
[ "$MISSING" = 0 ] && [ "$NOT_ONE" = 0 ] && [ "$LONELY" = 0 ] || checks+=("database: $MISSING acknowledged missing, $NOT_ONE doubled, $LONELY without event")
[ "$(val retriesLeft)" = 0 ] && [ "$ACKED" = "$(val learners)" ] && [ "$STARTED" = "$ACKED" ] \
    || checks+=("$(val learners) learners started, $ACKED acknowledged, $STARTED with a record, $(val retriesLeft) still retrying")

cat <<EOF

=== PostgreSQL restart during check-ins: $RATE/s, concurrency $CONCURRENCY, down ${DOWN}s ===
machine: $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')
$(grep '^fault:' "$WORK/fault.out")
database: $ACKED acknowledged check-ins, $MISSING missing; $STARTED learners with a record; $NOT_ONE doubled; $LONELY records without their event
verdict: $([ ${#checks[@]} = 0 ] && echo "all checks met" || printf '%s; ' "${checks[@]}")
EOF
if [ -n "${RESULT_FILE:-}" ]; then
    echo "$(date -Is) rate=$RATE concurrency=$CONCURRENCY $(cut -d' ' -f2- <<<"$RESULT") missing=$MISSING doubled=$NOT_ONE lonely=$LONELY" >>"$RESULT_FILE"
fi
[ ${#checks[@]} = 0 ]
