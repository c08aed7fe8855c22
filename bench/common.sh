# Shared by the benchmark scripts (sourced, not run). Expects log() and die(), and REPO,
# APP_JAR and BUILD for build_app_if_needed.

# Runs a command as root: directly when we are root, else through sudo; fails otherwise.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# The newest installed PostgreSQL's bin folder, or nothing.
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true; }

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
