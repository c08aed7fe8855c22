# The check-in storm's seeding, shared by bench/checkin-storm.sh and k8s/local-cluster-sim.sh
# (sourced; uses the caller's log, sql, BENCH_DIR, WORK, ADMIN_EMAIL, ADMIN_PASSWORD, LEARNERS,
# SESSIONS, PER_SESSION, WARMUP and WARMUP_SESSIONS).
#
# seed_storm BASE_URL: cohorts, sessions and one template learner through the API at BASE_URL;
# then the learners and their enrolments as SQL clones of that template (one bcrypt hash for all);
# writes $WORK/seed.properties and $WORK/learners.csv.
seed_storm() {
    log "seeding: company, template learner, $SESSIONS cohorts + 1 warm-up cohort, one live session each (API at $1)"
    java "$BENCH_DIR/CheckInStorm.java" seed base="$1" adminEmail=$ADMIN_EMAIL adminPassword=$ADMIN_PASSWORD \
        sessions="$SESSIONS" perCohort="$PER_SESSION" warmup="$WARMUP" warmupSessions="$WARMUP_SESSIONS" \
        out="$WORK/seed.properties"
    TEMPLATE=$(sed -n 's/^template=//p' "$WORK/seed.properties")

    log "seeding: $LEARNERS + $WARMUP learners and their enrolments (SQL clones of the API-made template, one bcrypt hash)"
    {
        echo "CREATE SCHEMA bench; CREATE TABLE bench.cohort (idx int PRIMARY KEY, cohort_id uuid, session_id uuid);"
        sed -n 's/^cohort\.\([0-9]*\)=\(\S*\) \(\S*\)$/INSERT INTO bench.cohort VALUES (\1, '"'"'\2'"'"', '"'"'\3'"'"');/p' \
            "$WORK/seed.properties"
        cat <<SQL
    CREATE TABLE bench.learner AS
        SELECT g, gen_random_uuid() AS user_id, CASE WHEN g <= $LEARNERS THEN ((g - 1) % $SESSIONS) + 1 ELSE 0 END AS idx,
               g > $LEARNERS AS warm
        FROM generate_series(1, $LEARNERS + $WARMUP) g;
    CREATE TEMP TABLE u AS SELECT t.*, l.g AS bench_g, l.user_id AS bench_id
        FROM app_user t CROSS JOIN bench.learner l WHERE t.id = '$TEMPLATE';
    UPDATE u SET id = bench_id, email = 'bench-' || bench_g || '@bench.axcampus.kr', name = '벤치 훈련생 ' || bench_g;
    ALTER TABLE u DROP COLUMN bench_g, DROP COLUMN bench_id;
    INSERT INTO app_user SELECT * FROM u;
    CREATE TEMP TABLE e AS SELECT t.*, l.user_id AS bench_user, c.cohort_id AS bench_cohort
        FROM enrollment t CROSS JOIN bench.learner l JOIN bench.cohort c ON c.idx = l.idx WHERE t.user_id = '$TEMPLATE';
    UPDATE e SET id = gen_random_uuid(), user_id = bench_user, cohort_id = bench_cohort;
    ALTER TABLE e DROP COLUMN bench_user, DROP COLUMN bench_cohort;
    INSERT INTO enrollment SELECT * FROM e;
    ALTER TABLE bench.learner ADD COLUMN session_id uuid;
    UPDATE bench.learner l SET session_id = c.session_id FROM bench.cohort c WHERE c.idx = l.idx;
    CREATE UNIQUE INDEX ON bench.learner (user_id);
    ANALYZE;
SQL
    } | sql
    sql -c "\\copy (SELECT l.user_id, l.session_id, l.warm, u.center_id, coalesce(u.company_id::text, ''), u.email, u.name FROM bench.learner l JOIN app_user u ON u.id = l.user_id ORDER BY l.g) TO '$WORK/learners.csv' CSV"
}
