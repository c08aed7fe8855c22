#!/usr/bin/env bash
# Three replicas behind nginx, on one machine (docs/operations.md, "Three replicas behind nginx").
#
# Starts one throwaway PostgreSQL, one S3 server (s3proxy on a filesystem store, the tests'
# S3 server; production uses MinIO), REPLICAS packaged app processes on their own ports, all
# at the same moment (concurrent start-up: Flyway, bootstrap operator, catalogue import, the
# bucket), and a private nginx as the load balancer in front of them. Then runs the check-in
# storm of bench/checkin-storm.sh THROUGH nginx, kills one replica with kill -9 when KILL_AT of
# the storm's requests have been answered, lets the clients retry (bench/CheckInStorm.java
# retries=N: no answer or 502/503/504 -> the same check-in again; check-in is idempotent) and
# verifies: exactly one attendance record and one CHECK_IN event per learner, zero errors after
# retries, every replica served storm traffic before the kill, only the survivors after it.
#
#   k8s/local-cluster-sim.sh                        # LEARNERS=2000 SESSIONS=40 CONCURRENCY=200
#   APP_JAR=/tmp/sim-src/target/quarkus-app/quarkus-run.jar k8s/local-cluster-sim.sh
#
# Settings (environment):
#   LEARNERS (2000)  SESSIONS (40)  CONCURRENCY (200)  REPLICAS (3)  VICTIM (2: which replica is
#   killed; 0 kills none)  KILL_AT (0.4: share of the storm's requests answered before the kill)
#   RETRIES (5)  RETRY_BACKOFF_MS (100: x attempt number)  WARMUP (400)  WARMUP_SECONDS (60)
#   WARMUP_ROUNDS (3)  WARMUP_SESSIONS (20)  STORAGE (s3 | local: each replica its own folder,
#   only for when s3proxy cannot run)  S3PROXY_CLASSPATH (default: the test classpath of the
#   source tree of APP_JAR, from ./mvnw -o dependency:build-classpath)  APP_JAR
#   (target/quarkus-app/quarkus-run.jar)  APP_JAVA_OPTS (-Xmx768m)  PG_OPTS  NGINX_KEEPALIVE (64)
#   NGINX_CHECKIN_NON_IDEMPOTENT (0: 1 lets nginx itself resend a check-in POST that a dying replica
#   dropped, in a location of its own; other POSTs are never resent)
#   KEEP (0: 1 keeps the work directory)  HOLD (seconds to keep everything up at the end)
#   RESULT_FILE (append a one-line summary here)
# Needs Java 17, PostgreSQL 15+ binaries and nginx (installed with apt-get when missing).
set -euo pipefail

LEARNERS=${LEARNERS:-2000}
SESSIONS=${SESSIONS:-40}
CONCURRENCY=${CONCURRENCY:-200}
REPLICAS=${REPLICAS:-3}
VICTIM=${VICTIM:-2}
KILL_AT=${KILL_AT:-0.4}
RETRIES=${RETRIES:-5}
RETRY_BACKOFF_MS=${RETRY_BACKOFF_MS:-100}
WARMUP=${WARMUP:-400}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
WARMUP_SESSIONS=${WARMUP_SESSIONS:-20}
STORAGE=${STORAGE:-s3}
APP_JAVA_OPTS=${APP_JAVA_OPTS--Xmx768m}
PG_OPTS=${PG_OPTS:-}
NGINX_KEEPALIVE=${NGINX_KEEPALIVE:-64}
NGINX_CHECKIN_NON_IDEMPOTENT=${NGINX_CHECKIN_NON_IDEMPOTENT:-0}
KEEP=${KEEP:-0}

SIM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$SIM_DIR")
BENCH_DIR=$REPO/bench
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
ADMIN_EMAIL=sim-admin@sim.axcampus.kr
ADMIN_PASSWORD=sim-admin-pass-1
S3_ACCESS_KEY=sim-access
S3_SECRET_KEY=sim-secret-key-1234

log() { printf '[cluster-sim %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

(( REPLICAS >= 2 )) || die "REPLICAS must be at least 2"
(( VICTIM >= 0 && VICTIM <= REPLICAS )) || die "VICTIM must be 0..$REPLICAS"
PER_SESSION=$(( (LEARNERS + SESSIONS - 1) / SESSIONS ))

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "Java 17 is needed"
[ -f "$APP_JAR" ] || die "$APP_JAR missing: build it (./mvnw -B package -DskipTests) or set APP_JAR"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
    log "installing $* with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
        || die "cannot install $*: run as root or with sudo"
}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PG_BIN" ] || ! command -v openssl >/dev/null; then
    apt_install postgresql postgresql-contrib openssl
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { apt_install nginx; NGINX=/usr/sbin/nginx; }

free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 20000 ))
        case " ${USED_PORTS:-} " in *" $port "*) continue ;; esac
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { USED_PORTS="${USED_PORTS:-} $port"; echo "$port"; return; }
    done
}
http_status() { # port path -> status code, with bash only
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
    read -r -t 5 line <&3 || true
    exec 3<&- 3>&-
    awk '{print $2}' <<<"$line"
}

cpu_sample() { awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat; }
read -r T0 I0 < <(cpu_sample); sleep 3; read -r T1 I1 < <(cpu_sample)
BUSY_BEFORE=$(awk -v t=$((T1 - T0)) -v i=$((I1 - I0)) 'BEGIN { printf "%.0f", t ? 100 * (t - i) / t : 0 }')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "machine busy before the run: $BUSY_BEFORE % of $(nproc) cores (load average $LOAD_BEFORE)"

# -------------------------------------------------------------------- work dir
WORK=$(mktemp -d /tmp/axc-cluster-sim.XXXXXX)
chmod 755 "$WORK"
declare -a APP_PID APP_PORT
PG_STARTED=0
S3_PID=
NGINX_PID=
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    RUN_AS=(runuser -u postgres --)
fi
stop_pid() { # pid: TERM, wait up to 10 s, KILL
    local pid=$1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    local status=$?
    if [ -n "${HOLD:-}" ]; then
        log "HOLD: nginx ${LB:-?}, replicas on ports ${APP_PORT[*]:-}, psql -h 127.0.0.1 -p ${PG_PORT:-?} -U postgres axcampus, work $WORK; holding ${HOLD}s"
        sleep "$HOLD" || true
    fi
    stop_pid "$NGINX_PID"
    for pid in "${APP_PID[@]:-}"; do stop_pid "$pid"; done
    stop_pid "$S3_PID"
    if [ "$PG_STARTED" = 1 ]; then
        (cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1) || true
    fi
    if [ "$KEEP" = 1 ] || [ "$status" != 0 ]; then
        log "work directory kept: $WORK (app-N.log, nginx/access.log, s3proxy.log, pg.log, storm.out)"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ PostgreSQL
PG_PORT=$(free_port)
MAX_CONN=$(( REPLICAS * 20 + 100 ))
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
log "throwaway PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) on port $PG_PORT, max_connections $MAX_CONN"
(cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null)
(cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/pg.log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=$MAX_CONN -c shared_buffers=256MB $PG_OPTS" \
    start >/dev/null)
PG_STARTED=1
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE axcampus"
PSQL+=(-d axcampus)
sql() { "${PSQL[@]}" "$@"; }
sql_value() { "${PSQL[@]}" -At -c "$1"; }

# ------------------------------------------------------------------ S3 server
declare -a STORAGE_ENV
if [ "$STORAGE" = s3 ]; then
    S3_CP=${S3PROXY_CLASSPATH:-}
    if [ -z "$S3_CP" ]; then
        SRC=$(cd "$(dirname "$APP_JAR")/../.." && pwd)
        [ -f "$SRC/pom.xml" ] || die "set S3PROXY_CLASSPATH (no source tree next to $APP_JAR)"
        log "s3proxy classpath: the test classpath of $SRC (./mvnw -o dependency:build-classpath)"
        (cd "$SRC" && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/s3proxy.cp" \
            -Dmdep.includeScope=test) || die "cannot resolve the s3proxy classpath (run the tests once, or STORAGE=local)"
        S3_CP=$(cat "$WORK/s3proxy.cp")
    fi
    grep -q 's3proxy' <<<"$S3_CP" || die "no s3proxy jar on the classpath"
    S3_PORT=$(free_port)
    mkdir -p "$WORK/s3"
    cat >"$WORK/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
EOF
    log "S3 server: s3proxy (filesystem store $WORK/s3) on port $S3_PORT"
    java -cp "$S3_CP" org.gaul.s3proxy.Main --properties "$WORK/s3proxy.conf" >"$WORK/s3proxy.log" 2>&1 &
    S3_PID=$!
    for _ in $(seq 120); do
        [ -n "$(http_status "$S3_PORT" / 2>/dev/null)" ] && break
        kill -0 "$S3_PID" 2>/dev/null || { cat "$WORK/s3proxy.log" >&2; die "s3proxy exited"; }
        sleep 0.5
    done
    [ -n "$(http_status "$S3_PORT" / 2>/dev/null)" ] || die "s3proxy does not answer"
    STORAGE_ENV=(AXCAMPUS_STORAGE_ENDPOINT="http://127.0.0.1:$S3_PORT" AXCAMPUS_STORAGE_ACCESS_KEY=$S3_ACCESS_KEY
        AXCAMPUS_STORAGE_SECRET_KEY=$S3_SECRET_KEY AXCAMPUS_STORAGE_BUCKET=axcampus)
else
    log "STORAGE=$STORAGE: each replica uses its own local folder (not shared: only for when s3proxy cannot run)"
    STORAGE_ENV=()
fi

# -------------------------------------------------------------- the replicas
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
for r in $(seq "$REPLICAS"); do APP_PORT[$r]=$(free_port); done
log "starting $REPLICAS replicas of $APP_JAR at the same moment, ports ${APP_PORT[*]}"
STARTED_AT=$(date +%s.%N)
for r in $(seq "$REPLICAS"); do
    mkdir -p "$WORK/app-$r"
    (
        cd "$WORK/app-$r"
        export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/axcampus"
        export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused
        export SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem"
        export AXCAMPUS_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL AXCAMPUS_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
        export AXCAMPUS_STORAGE_LOCAL_DIR="$WORK/app-$r/storage" AXCAMPUS_DATA_DIR="$WORK/app-$r/data"
        export QUARKUS_HTTP_PORT=${APP_PORT[$r]} QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true
        # The simulated ingress (nginx) is the only trusted proxy: it runs on this host.
        export QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
        [ ${#STORAGE_ENV[@]} -gt 0 ] && export "${STORAGE_ENV[@]}"
        # shellcheck disable=SC2086
        exec java $APP_JAVA_OPTS -jar "$APP_JAR" >"$WORK/app-$r.log" 2>&1
    ) &
    APP_PID[$r]=$!
    disown "${APP_PID[$r]}"   # no "Killed" job notice when the victim dies
done
declare -a READY_AFTER
for _ in $(seq 720); do
    waiting=0
    for r in $(seq "$REPLICAS"); do
        [ -n "${READY_AFTER[$r]:-}" ] && continue
        kill -0 "${APP_PID[$r]}" 2>/dev/null || { tail -60 "$WORK/app-$r.log" >&2; die "replica $r exited during start-up (log above)"; }
        if [ "$(http_status "${APP_PORT[$r]}" /q/health/ready 2>/dev/null)" = 200 ]; then
            READY_AFTER[$r]=$(awk -v a="$STARTED_AT" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
            log "replica $r (pid ${APP_PID[$r]}, port ${APP_PORT[$r]}) ready after ${READY_AFTER[$r]} s"
        else
            waiting=1
        fi
    done
    [ "$waiting" = 0 ] && break
    sleep 0.25
done
for r in $(seq "$REPLICAS"); do
    [ -n "${READY_AFTER[$r]:-}" ] || { tail -60 "$WORK/app-$r.log" >&2; die "replica $r is not ready after 180 s"; }
done

# What the concurrent start-up left behind: one of each, and what the replicas logged.
STARTUP_CHECK=$(sql_value "SELECT (SELECT count(*) FROM app_user WHERE email = '$ADMIN_EMAIL') || ' bootstrap operator(s), '
    || (SELECT count(*) FROM training_center) || ' centre(s), '
    || (SELECT count(*) FROM flyway_schema_history WHERE success) || ' migration(s) applied ('
    || (SELECT count(*) FROM flyway_schema_history WHERE NOT success) || ' failed), '
    || (SELECT count(*) FROM course) || ' course(s), '
    || (SELECT count(*) FROM catalog_import) || ' catalogue import record(s)'" 2>&1) || true
[ "$STORAGE" = s3 ] && STARTUP_CHECK+=", bucket axcampus $( [ -d "$WORK/s3/axcampus" ] && echo present || echo MISSING)"
log "after the concurrent start-up: $STARTUP_CHECK"
STARTUP_PROBLEMS=0
for r in $(seq "$REPLICAS"); do
    n=$(grep -c -E '"level":"(ERROR|WARN)"|^[0-9:, -]+ (ERROR|WARN) ' "$WORK/app-$r.log" || true)
    STARTUP_PROBLEMS=$(( STARTUP_PROBLEMS + n ))
    log "replica $r: $n WARN/ERROR line(s) at start-up; $(grep -o -E 'started in [0-9.]+s' "$WORK/app-$r.log" | head -1 || echo 'no "started in" line')"
    grep -E '"level":"(ERROR|WARN)"|^[0-9:, -]+ (ERROR|WARN) ' "$WORK/app-$r.log" | head -5 | cut -c1-400 | sed "s/^/    app-$r: /" >&2 || true
    cp "$WORK/app-$r.log" "$WORK/app-$r.startup.log"
done

# ----------------------------------------------------------------------- nginx
LB_PORT=$(free_port)
LB="http://127.0.0.1:$LB_PORT"
NG=$WORK/nginx
mkdir -p "$NG/tmp"
{
    [ "$(id -u)" = 0 ] && echo "user root;"
    cat <<EOF
worker_processes $(nproc);
pid $NG/nginx.pid;
error_log $NG/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    log_format upstreams '\$msec \$request_time \$request_method \$request_uri \$status "\$upstream_addr" "\$upstream_status" "\$upstream_response_time"';
    access_log $NG/access.log upstreams;
    client_body_temp_path $NG/tmp/body;
    proxy_temp_path $NG/tmp/proxy;
    fastcgi_temp_path $NG/tmp/fastcgi;
    uwsgi_temp_path $NG/tmp/uwsgi;
    scgi_temp_path $NG/tmp/scgi;
    # The load generator keeps its connections for the whole run.
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    upstream axcampus {
        zone axcampus 64k;   # failure counts shared by the workers
EOF
    for r in $(seq "$REPLICAS"); do
        echo "        server 127.0.0.1:${APP_PORT[$r]} max_fails=1 fail_timeout=10s;"
    done
    cat <<EOF
        keepalive $NGINX_KEEPALIVE;
        keepalive_requests 1000000;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_next_upstream_tries $REPLICAS;
    proxy_connect_timeout 2s;
    proxy_read_timeout 60s;
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://axcampus;
            # Refused connections go to the next replica (for POST too: nothing was sent yet); a POST
            # already sent to a replica that dies is not resent by nginx (no non_idempotent): the
            # client sees 502 and retries, which the check-in allows.
            proxy_next_upstream error timeout http_502 http_503 http_504;
        }
EOF
    if [ "$NGINX_CHECKIN_NON_IDEMPOTENT" = 1 ]; then cat <<EOF
        # Check-in is idempotent (one record per learner and session): nginx may resend it itself.
        location ~ ^/api/sessions/[^/]+/check-in\$ {
            proxy_pass http://axcampus;
            proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
        }
EOF
    fi
    echo "    }"
    echo "}"
} >"$NG/nginx.conf"
"$NGINX" -t -q -p "$NG" -e "$NG/error.log" -c "$NG/nginx.conf" || die "nginx rejects $NG/nginx.conf"
"$NGINX" -p "$NG" -e "$NG/error.log" -c "$NG/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 40); do [ "$(http_status "$LB_PORT" /q/health/ready 2>/dev/null)" = 200 ] && break; sleep 0.25; done
[ "$(http_status "$LB_PORT" /q/health/ready 2>/dev/null)" = 200 ] || die "nginx on $LB_PORT does not answer"
log "nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///') on port $LB_PORT in front of ${APP_PORT[*]} (keepalive $NGINX_KEEPALIVE, check-in resent by nginx: $NGINX_CHECKIN_NON_IDEMPOTENT)"

# ------------------------------------------------------------------------ seed
# As bench/checkin-storm.sh, with the API reached through nginx.
source "$BENCH_DIR/seed-storm.sh"
seed_storm "$LB"
sql_value "SELECT session_id FROM bench.cohort WHERE idx > 0" >"$WORK/storm-sessions.txt"

# ----------------------------------------------------------------------- storm
MID=()
if (( VICTIM > 0 )); then
    VICTIM_PID=${APP_PID[$VICTIM]}
    MID=(midStormAt="$KILL_AT" midStormCommand="date +%s.%N >$WORK/killed-at; kill -9 $VICTIM_PID")
fi
log "storm through nginx: $LEARNERS check-ins at concurrency $CONCURRENCY, retries $RETRIES (backoff ${RETRY_BACKOFF_MS} ms x attempt)$( ((VICTIM > 0)) && echo ", kill -9 of replica $VICTIM (pid $VICTIM_PID, port ${APP_PORT[$VICTIM]}) after $KILL_AT of the requests")"
: >"$NG/access.log.mark"
WARM_LINES=0
java "$BENCH_DIR/CheckInStorm.java" storm base="$LB" adminEmail=$ADMIN_EMAIL adminPassword=$ADMIN_PASSWORD \
    learners="$WORK/learners.csv" privateKey="$WORK/jwt-private.pem" concurrency="$CONCURRENCY" \
    warmupRounds="$WARMUP_ROUNDS" warmupSeconds="$WARMUP_SECONDS" retries="$RETRIES" retryBackoffMillis="$RETRY_BACKOFF_MS" \
    warmupSessions="$(sed -n 's/^warmup=//p' "$WORK/seed.properties")" "${MID[@]}" | tee "$WORK/storm.out"
RESULT=$(grep '^RESULT ' "$WORK/storm.out") || die "no RESULT line from the load generator"
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$RESULT"; }
sleep 1

# ---------------------------------------------------------------------- verify
read -r RECORDS WRONG EVENTS < <(sql_value "
    SELECT (SELECT count(*) FROM attendance_record r JOIN bench.learner l USING (user_id) WHERE NOT l.warm),
           (SELECT count(*) FROM bench.learner l WHERE NOT l.warm AND (SELECT count(*) FROM attendance_record r
                WHERE r.user_id = l.user_id AND r.session_id = l.session_id) <> 1),
           (SELECT count(*) FROM attendance_event v JOIN bench.learner l USING (user_id)
                WHERE NOT l.warm AND v.kind = 'CHECK_IN')" | tr '|' ' ')

# The storm's check-ins in nginx's log: which replica answered, before and after the kill.
# A line: msec request_time method uri status "upstream_addr[, next...]" "upstream_status[, ...]" "times"
KILLED_AT=$(cat "$WORK/killed-at" 2>/dev/null || echo 0)
VICTIM_ADDR=$( ((VICTIM > 0)) && echo "127.0.0.1:${APP_PORT[$VICTIM]}" || echo none)
awk -v killed="$KILLED_AT" -v victim="$VICTIM_ADDR" -v out="$WORK/lb-summary.txt" '
    FNR == NR { storm["/api/sessions/" $1 "/check-in"] = 1; next }
    !($3 == "POST" && ($4 in storm)) { next }
    {
        end = $1; start = $1 - $2
        line = $0; sub(/^[^"]*"/, "", line); split(line, q, "\"")   # q[1] upstream_addr, q[3] upstream_status
        n = split(q[1], addrs, /, /); last = addrs[n]
        phase = (killed == 0 || end < killed) ? "before" : (start >= killed ? "after" : "across")
        total[phase]++; answered[phase, last, $5]++; seen[last] = 1
        if (n > 1) nexthop[phase]++
        if ($5 != 200) bad[phase, $5]++
        if (phase == "after" && last == victim && $5 == 200) victim_after++
    }
    END {
        for (p in total) {
            printf "%s %d requests;", p, total[p] > out
            for (a in seen) for (k in answered) { split(k, f, SUBSEP); if (f[1] == p && f[2] == a) printf " %s -> %s: %d;", a, f[3], answered[k] > out }
            printf " passed on by nginx to another replica: %d\n", nexthop[p] + 0 > out
        }
        printf "victim_after %d\n", victim_after + 0 > out
    }' "$WORK/storm-sessions.txt" "$NG/access.log"
sort "$WORK/lb-summary.txt" >&2

# Each replica's own share of the storm before the kill (final upstream, status 200), and after it.
per_replica() { # phase -> "port:count port:count ..."
    local out=""
    for r in $(seq "$REPLICAS"); do
        out+=" ${APP_PORT[$r]}:$(grep "^$1 " "$WORK/lb-summary.txt" | grep -o "127.0.0.1:${APP_PORT[$r]} -> 200: [0-9]*" | awk '{s += $NF} END {print s + 0}')"
    done
    echo "${out# }"
}
BEFORE_SHARE=$(per_replica before)
AFTER_SHARE=$(per_replica after)
ACROSS_SHARE=$(per_replica across)
ALL_BEFORE=yes
for r in $(seq "$REPLICAS"); do
    n=$(tr ' ' '\n' <<<"$BEFORE_SHARE" | sed -n "s/^${APP_PORT[$r]}://p")
    [ "${n:-0}" -gt 0 ] || ALL_BEFORE=NO
done
VICTIM_AFTER=$(sed -n 's/^victim_after //p' "$WORK/lb-summary.txt")
VICTIM_AFTER=${VICTIM_AFTER:-0}
NON200=$(awk -v f="$WORK/storm-sessions.txt" 'BEGIN { while ((getline s < f) > 0) storm["/api/sessions/" s "/check-in"] = 1 }
    $3 == "POST" && ($4 in storm) && $5 != 200 { c[$5]++ } END { for (k in c) printf "%s:%d ", k, c[k] }' "$NG/access.log")
# Any request (the projector's code reads too) that nginx itself passed on from one replica to another.
PASSED_ON=$(awk '{ line = $0; sub(/^[^"]*"/, "", line); split(line, q, "\""); if (q[1] ~ /, /) c[$3 " " $5]++ }
    END { for (k in c) printf "%s:%d ", k, c[k] }' "$NG/access.log")
VICTIM_ALIVE=no
(( VICTIM > 0 )) && kill -0 "$VICTIM_PID" 2>/dev/null && VICTIM_ALIVE=yes
SURVIVORS_READY=""
for r in $(seq "$REPLICAS"); do
    (( r == VICTIM )) && continue
    SURVIVORS_READY+="$r:$(http_status "${APP_PORT[$r]}" /q/health/ready 2>/dev/null || echo down) "
done
RUN_PROBLEMS=0
for r in $(seq "$REPLICAS"); do
    n=$(( $(grep -c -E '"level":"ERROR"|^[0-9:, -]+ ERROR ' "$WORK/app-$r.log" || true) - $(grep -c -E '"level":"ERROR"|^[0-9:, -]+ ERROR ' "$WORK/app-$r.startup.log" || true) ))
    RUN_PROBLEMS=$(( RUN_PROBLEMS + n ))
    (( n > 0 )) && { log "replica $r logged $n ERROR line(s) during the run:"; grep -E '"level":"ERROR"|^[0-9:, -]+ ERROR ' "$WORK/app-$r.log" | tail -n "$n" | head -5 | cut -c1-400 >&2; }
done

VERIFIED=yes
[ "$RECORDS" = "$LEARNERS" ] && [ "$WRONG" = 0 ] && [ "$EVENTS" = "$LEARNERS" ] && [ "$(val errors)" = 0 ] \
    && [ "$ALL_BEFORE" = yes ] && [ "$VICTIM_AFTER" = 0 ] && [ "$VICTIM_ALIVE" = no ] || VERIFIED=NO
(( VICTIM == 0 )) && { [ "$RECORDS" = "$LEARNERS" ] && [ "$WRONG" = 0 ] && [ "$EVENTS" = "$LEARNERS" ] \
    && [ "$(val errors)" = 0 ] && [ "$ALL_BEFORE" = yes ] && VERIFIED=yes || VERIFIED=NO; }

cat <<EOF

=== $REPLICAS replicas behind nginx: $LEARNERS learners, $SESSIONS sessions, concurrency $CONCURRENCY, retries $RETRIES ===
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), storage $STORAGE, app JVM options: ${APP_JAVA_OPTS:-none}
machine busy before the run (3 s sample): $BUSY_BEFORE %, load average $LOAD_BEFORE; load average now $(cut -d' ' -f1-3 /proc/loadavg)
start-up (all $REPLICAS at once): ready after $(for r in $(seq "$REPLICAS"); do printf '%s s ' "${READY_AFTER[$r]}"; done)| $STARTUP_CHECK | $STARTUP_PROBLEMS WARN/ERROR log line(s)
storm: $(val requests) requests, $(val errors) errors after retries, $(val rps) check-ins/s, p50 $(val p50) ms, p90 $(val p90) ms, p99 $(val p99) ms, max $(val max) ms, $(val seconds) s
retries: $(val retried) requests needed a retry ($(val retryAttempts) retries in all; failed attempts by status, 0 = no answer: $(val retryCauses))
kill: $( ((VICTIM > 0)) && echo "replica $VICTIM (port ${APP_PORT[$VICTIM]}) kill -9 after $KILL_AT of the requests; still alive afterwards: $VICTIM_ALIVE" || echo none)
nginx, storm check-ins answered 200 per replica port: before the kill $BEFORE_SHARE | in flight across the kill $ACROSS_SHARE | started after the kill $AFTER_SHARE
nginx, storm check-ins not 200 (each retried by the client): ${NON200:-none}; answered (200) by the killed replica after the kill: $VICTIM_AFTER
nginx passed on to another replica itself (method status:count, whole run): ${PASSED_ON:-none}
survivors' readiness afterwards: $SURVIVORS_READY; ERROR lines logged during the run: $RUN_PROBLEMS
verified: $RECORDS records for $LEARNERS learners, $WRONG without exactly one, $EVENTS CHECK_IN events, every replica served before the kill: $ALL_BEFORE -> $VERIFIED
EOF
if [ -n "${RESULT_FILE:-}" ]; then
    echo "$(date -Is) replicas=$REPLICAS learners=$LEARNERS sessions=$SESSIONS concurrency=$CONCURRENCY victim=$VICTIM kill_at=$KILL_AT $(cut -d' ' -f2- <<<"$RESULT") before=\"$BEFORE_SHARE\" across=\"$ACROSS_SHARE\" after=\"$AFTER_SHARE\" non200=\"$NON200\" verified=$VERIFIED busy_before=$BUSY_BEFORE storage=$STORAGE" >>"$RESULT_FILE"
fi
[ "$VERIFIED" = yes ]
