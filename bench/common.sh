# Shared by the benchmark scripts (sourced, not run). Expects log() and die(), and REPO,
# APP_JAR and BUILD for build_app_if_needed.

# Runs a command as root: directly when we are root, else through sudo; fails otherwise.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# The newest installed PostgreSQL's bin folder, or nothing.
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true; }

# Sets PG_BIN, installing PostgreSQL (server, psql, pgbench) and openssl with apt-get when missing.
ensure_postgres_tools() {
    PG_BIN=$(postgres_bin)
    if [ -z "$PG_BIN" ] || ! command -v openssl >/dev/null; then
        log "installing postgresql (server, psql, pgbench) and openssl with apt-get"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
            && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib openssl >/dev/null \
            || die "cannot install postgresql: run as root or with sudo"
        PG_BIN=$(postgres_bin)
    fi
    for tool in initdb pg_ctl postgres psql pgbench; do [ -x "$PG_BIN/$tool" ] || die "$PG_BIN/$tool missing"; done
}

# Builds the packaged app when it is missing (or BUILD=always); BUILD=never refuses instead.
build_app_if_needed() {
    if [ ! -f "$APP_JAR" ] || [ "$BUILD" = always ]; then
        [ "$BUILD" = never ] && die "$APP_JAR missing (run ./mvnw -B package -DskipTests)"
        log "building the packaged app: ./mvnw -B -q package -DskipTests"
        (cd "$REPO" && ./mvnw -B -q package -DskipTests)
    fi
}

# A TCP port nobody listens on.
free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 20000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# Sets BUSY_BEFORE to how busy the machine is (percent, over 3 s) before anything starts: the
# app, the database and the load share its cores, so figures from a busy machine are not comparable.
measure_busy_before() {
    local t0 i0 t1 i1
    cpu_sample() { awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat; }
    read -r t0 i0 < <(cpu_sample); sleep 3; read -r t1 i1 < <(cpu_sample)
    BUSY_BEFORE=$(awk -v t=$((t1 - t0)) -v i=$((i1 - i0)) 'BEGIN { printf "%.0f", t ? 100 * (t - i) / t : 0 }')
    log "machine busy before the run: $BUSY_BEFORE % of $(nproc) cores"
}

# PostgreSQL refuses to run as root: sets RUN_AS to run its tools as the postgres user when we are root.
postgres_run_as() {
    RUN_AS=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        RUN_AS=(runuser -u postgres --)
    fi
}

# ------------------------------------------------ a throwaway PostgreSQL and the packaged app
# Both live in $WORK (set by the caller, with a `trap bench_cleanup EXIT`); expects PG_BIN, APP_JAR,
# ADMIN_EMAIL, ADMIN_PASSWORD, and optionally PG_OPTS, APP_JAVA_OPTS, KEEP and HOLD.

# start_postgres MAX_CONNECTIONS: initdb and start on a free port; sets PG_PORT, PG_CTL (the pg_ctl
# command line, to stop or start it again) and PSQL (psql on the axcampus database, also as `sql`).
start_postgres() {
    postgres_run_as
    chmod 755 "$WORK"
    PG_PORT=$(free_port)
    mkdir -p "$WORK/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
    log "throwaway PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) on port $PG_PORT, max_connections $1"
    (cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null)
    PG_CTL="cd $WORK && ${RUN_AS[*]} $PG_BIN/pg_ctl -D $WORK/pg/data -l $WORK/pg/pg.log -w"
    PG_CTL_START_OPTIONS="-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=$1 -c shared_buffers=256MB ${PG_OPTS:-}"
    sh -c "$PG_CTL -o '$PG_CTL_START_OPTIONS' start" >/dev/null
    PG_STARTED=1
    PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE axcampus"
    PSQL+=(-d axcampus)
}
sql() { "${PSQL[@]}" "$@"; }
sql_value() { "${PSQL[@]}" -At -c "$1"; }

# The shell commands that stop PostgreSQL (fast: connections are cut, as in a crash of the
# server process or a failover) and start it again, waiting until it accepts connections.
postgres_stop_command() { echo "$PG_CTL -m fast stop"; }
postgres_start_command() { echo "$PG_CTL -o '$PG_CTL_START_OPTIONS' start"; }

# start_app: the packaged app on a free port against that database, with a fresh RS256 key pair in
# $WORK; waits for readiness and sets APP_PID, APP_PORT and BASE.
# APP_CPUS (a taskset list, e.g. 0) pins the app from its first instruction; sets STARTUP_MS, the
# time from launch to the first 200 of /q/health/ready (polled every 50 ms).
start_app() {
    [ -f "$WORK/jwt-private.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
    [ -f "$WORK/jwt-public.pem" ] || openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
    APP_PORT=$(free_port)
    log "starting the packaged app ($APP_JAR) on port $APP_PORT"
    (
        cd "$WORK"
        export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/axcampus"
        export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused
        export SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem"
        export AXCAMPUS_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL AXCAMPUS_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
        export AXCAMPUS_STORAGE_LOCAL_DIR="$WORK/storage" AXCAMPUS_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$APP_PORT
        # shellcheck disable=SC2086
        exec ${APP_CPUS:+taskset -c "$APP_CPUS"} java ${APP_JAVA_OPTS:-} -jar "$APP_JAR" >>"$WORK/app.log" 2>&1
    ) &
    APP_PID=$!
    local started_at
    started_at=$(date +%s%N)
    until [ "$(http_status /q/health/ready 2>/dev/null)" = 200 ]; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; die "the app exited during start-up"; }
        (( ($(date +%s%N) - started_at) / 1000000000 > 180 )) && { tail -40 "$WORK/app.log" >&2; die "the app is not ready after 180 s"; }
        sleep 0.05
    done
    STARTUP_MS=$(( ($(date +%s%N) - started_at) / 1000000 ))
    log "app ready after $(awk -v ms="$STARTUP_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s${APP_CPUS:+ (pinned to core $APP_CPUS)}"
    BASE="http://127.0.0.1:$APP_PORT"
}

# http_status PATH: the status of a GET to the app, with bash only (no curl needed).
http_status() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT" || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$1" >&3
    read -r -t 5 line <&3 || true
    exec 3<&- 3>&-
    awk '{print $2}' <<<"$line"
}

# Stops the app (SIGTERM, then SIGKILL after 10 s) and forgets it.
stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# The app's resident memory now, in MiB (VmRSS from /proc).
app_rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"; }

# The EXIT trap: stops the app and PostgreSQL; keeps $WORK with KEEP=1 or after a failure.
bench_cleanup() {
    local status=$?
    if [ -n "${HOLD:-}" ]; then
        log "HOLD: app $BASE (pid $APP_PID), psql -h 127.0.0.1 -p $PG_PORT -U postgres axcampus, work $WORK; holding ${HOLD}s"
        sleep "$HOLD" || true
    fi
    stop_app
    if [ "${PG_STARTED:-0}" = 1 ]; then
        sh -c "$PG_CTL -m fast stop" >/dev/null 2>&1 || true
    fi
    if [ "${KEEP:-0}" = 1 ] || [ "$status" != 0 ]; then
        log "work directory kept: $WORK (app.log, pg/pg.log, ...)"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
