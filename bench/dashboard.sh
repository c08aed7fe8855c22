#!/usr/bin/env bash
# The centre dashboard's report (issue 16) on a large centre, against the packaged app on a
# throwaway PostgreSQL: seeds 500 companies, 10,000 learners in 200 cohorts of 50, 10,000 sessions
# and 500,000 attendance records (half the cohorts closed with frozen results, 300 diagnoses) with
# SQL, then asks GET /api/reports/centre for the last 365 days WARMUP times and MEASURED times and
# prints p50 / p95 / max of the whole answer, and, from pg_stat_statements, its one statement (every
# panel and every cohort's hours: calls, mean and max milliseconds). Target: the dashboard answers
# within 300 ms. Figures go to docs/benchmarks.md.
#
#   bench/dashboard.sh                    # WARMUP=5 MEASURED=50
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
BUILD=${BUILD:-if-missing}
WARMUP=${WARMUP:-5}
MEASURED=${MEASURED:-50}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1
PG_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top"
log() { echo "dashboard: $*"; }
die() { echo "dashboard: $*" >&2; exit 1; }
# shellcheck source=common.sh
. "$BENCH_DIR/common.sh"

ensure_postgres_tools
build_app_if_needed
WORK=$(mktemp -d /tmp/axcampus-dashboard.XXXXXX)
trap bench_cleanup EXIT
start_postgres 60
sql -c "CREATE EXTENSION pg_stat_statements"
start_app

log "seeding 500 companies, 10,000 learners, 200 cohorts, 10,000 sessions, 500,000 attendance records"
seeded_at=$(date +%s)
sql -v ON_ERROR_STOP=1 -q <<'SQL'
CREATE TEMP TABLE ctx AS
SELECT (SELECT id FROM training_center LIMIT 1) AS center,
       (SELECT id FROM app_user WHERE email = 'bench-admin@bench.axcampus.kr') AS admin,
       (SELECT array_agg(id ORDER BY code) FROM course WHERE archived_at IS NULL) AS courses,
       CURRENT_DATE AS today;

INSERT INTO company (id, center_id, name, business_number, size_class, industry, industry_section, region,
                     created_at, updated_at)
SELECT gen_random_uuid(), ctx.center, 'bench company ' || i, (1000000000 + i)::text,
       (ARRAY['MICRO', 'SMALL', 'MEDIUM', 'MIDSIZE'])[1 + i % 4], 'bench',
       (ARRAY['C', 'G', 'H', 'J', 'M', 'F', 'OTHER'])[1 + i % 7],
       (ARRAY['SEOUL', 'GYEONGIN', 'GANGWON', 'CHUNGCHEONG', 'HONAM', 'DAEGYEONG', 'DONGNAM', 'JEJU'])[1 + i % 8],
       now(), now()
FROM generate_series(1, 500) i, ctx;
CREATE TEMP TABLE bc AS
SELECT id, row_number() OVER (ORDER BY business_number) AS n FROM company WHERE industry = 'bench';

INSERT INTO app_user (id, center_id, email, name, password_hash, roles, company_id, created_at, updated_at)
SELECT gen_random_uuid(), ctx.center, 'bench-learner-' || i || '@bench.axcampus.kr', '훈련생 ' || i, 'not-a-hash',
       ARRAY['LEARNER'], bc.id, now(), now()
FROM generate_series(1, 10000) i JOIN bc ON bc.n = 1 + i % 500, ctx;
CREATE TEMP TABLE bl AS
SELECT id, company_id, row_number() OVER (ORDER BY email) AS n FROM app_user WHERE email LIKE 'bench-learner-%';

INSERT INTO cohort (id, center_id, course_id, code, start_date, end_date, capacity, mode, status, created_at, updated_at)
SELECT gen_random_uuid(), ctx.center, ctx.courses[1 + i % array_length(ctx.courses, 1)], 'BENCH-' || i,
       ctx.today - 300 + i, ctx.today - 300 + i + 60, 60, 'ON_SITE', 'PLANNED', now(), now()
FROM generate_series(1, 200) i, ctx;
CREATE TEMP TABLE bco AS
SELECT id, start_date, row_number() OVER (ORDER BY code) AS n FROM cohort WHERE code LIKE 'BENCH-%';

INSERT INTO enrollment (id, cohort_id, user_id, company_id, status, enrolled_at, created_at, updated_at)
SELECT gen_random_uuid(), bco.id, bl.id, bl.company_id, 'ENROLLED', now(), now(), now()
FROM bl JOIN bco ON bco.n = 1 + bl.n % 200;

INSERT INTO cohort_session (id, cohort_id, starts_at, ends_at, kind, secret, created_at, updated_at)
SELECT gen_random_uuid(), bco.id, (bco.start_date + s) + time '00:00', (bco.start_date + s) + time '04:00',
       CASE WHEN s % 2 = 0 THEN 'PRACTICUM' ELSE 'LECTURE' END, decode(md5(bco.id::text || s), 'hex'), now(), now()
FROM bco, generate_series(1, 50) s;

INSERT INTO attendance_record (id, session_id, user_id, status, method, credited_minutes, created_at, updated_at)
SELECT gen_random_uuid(), s.id, e.user_id,
       CASE WHEN (hashtext(e.user_id::text || s.id::text) % 10) = 0 THEN 'ABSENT' ELSE 'PRESENT' END,
       'CODE',
       CASE WHEN (hashtext(e.user_id::text || s.id::text) % 10) = 0 THEN 0 ELSE 240 END, now(), now()
FROM enrollment e JOIN cohort_session s ON s.cohort_id = e.cohort_id
JOIN bco ON bco.id = e.cohort_id;

UPDATE cohort SET closed_at = now() WHERE id IN (SELECT id FROM bco WHERE n <= 100);
INSERT INTO enrollment_result (id, cohort_id, user_id, company_id, round, result, reasons, scheduled_minutes,
                               credited_minutes, practicum_minutes, attendance_rate, decided_on, created_at, updated_at)
SELECT gen_random_uuid(), e.cohort_id, e.user_id, e.company_id, 1,
       CASE WHEN hashtext(e.user_id::text) % 3 = 0 THEN 'NOT_COMPLETED' ELSE 'COMPLETED' END, '[]', 12000, 10800, 5400, 0.9,
       bco.start_date + 60, now(), now()
FROM enrollment e JOIN bco ON bco.id = e.cohort_id AND bco.n <= 100;

INSERT INTO diagnosis (id, center_id, company_id, expert_id, questionnaire_version, status, visited_on, notes,
                       signed_off_at, created_at, updated_at)
SELECT gen_random_uuid(), ctx.center, bc.id, ctx.admin, (SELECT max(version) FROM diagnosis_questionnaire),
       CASE WHEN bc.n % 2 = 0 THEN 'SIGNED_OFF' ELSE 'DRAFT' END, ctx.today - (bc.n % 300)::int, '{}',
       CASE WHEN bc.n % 2 = 0 THEN now() - ((bc.n % 300) || ' days')::interval END, now(), now()
FROM bc, ctx WHERE bc.n <= 300;
ANALYZE;
SQL
log "seeded in $(( $(date +%s) - seeded_at )) s: $(sql_value "SELECT count(*) FROM attendance_record") attendance records, $(sql_value "SELECT count(*) FROM app_user WHERE email LIKE 'bench-learner-%'") learners"

TOKEN=$(curl -s -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/auth/login" \
    | sed 's/.*"token":"\([^"]*\)".*/\1/')
FROM_DAY=$(date -d '365 days ago' +%F)
TO_DAY=$(date +%F)
URL="$BASE/api/reports/centre?from=$FROM_DAY&to=$TO_DAY"
status=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
[ "$status" = 200 ] || die "the report answered $status: $(head -c 300 "$WORK/report.json")"
log "totals: $(python3 -c "import json; t = json.load(open('$WORK/report.json'))['totals']; print(t)")"
for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"; done
sql -c "SELECT pg_stat_statements_reset()" >/dev/null
: >"$WORK/times.txt"
for _ in $(seq 1 "$MEASURED"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL" >>"$WORK/times.txt"
done
sort -n "$WORK/times.txt" | awk -v n="$MEASURED" '
    { t[NR] = $1 * 1000 }
    END {
        p50 = t[int((n + 1) * 0.50)]; p95 = t[int((n + 1) * 0.95)]; if (p95 == "") p95 = t[n]
        printf "dashboard: GET /api/reports/centre (%d requests): p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", n, p50, p95, t[n]
    }'
log "per panel (pg_stat_statements, the same $MEASURED requests):"
sql -At -F ' | ' -c "
    SELECT CASE WHEN query LIKE '%pl AS MATERIALIZED%' THEN 'every panel and cohort (one statement)'
                ELSE left(regexp_replace(query, '\s+', ' ', 'g'), 60) END AS statement,
           calls, round(mean_exec_time::numeric, 1) AS mean_ms, round(max_exec_time::numeric, 1) AS max_ms
    FROM pg_stat_statements WHERE calls >= $MEASURED AND query LIKE '%pl AS MATERIALIZED%'
    ORDER BY mean_exec_time DESC"
