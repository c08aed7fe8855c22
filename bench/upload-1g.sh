#!/usr/bin/env bash
# Large upload benchmark (see docs/benchmarks.md; issue 6 "Memory").
#
# Uploads a 1 GiB file (a stored, uncompressed ZIP of random bytes, so the type sniffer says
# application/zip) through POST /api/materials of the packaged app running on -Xmx256m against
# a throwaway PostgreSQL and a real S3-compatible server (s3proxy on a filesystem store, as
# the tests use it: bench/S3Server.java), and PUTs the same file straight to the same S3
# server with curl (AWS SigV4), ROUNDS times each, alternating. Verifies every upload (201,
# size and sha-256 as sha256sum computes them, the app still alive, no OutOfMemoryError),
# follows the 303 of GET /api/materials/{id}/content and compares the downloaded bytes, and
# prints the medians, their ratio (target: the app at least 80 % of the direct PUT) and the
# app's memory (peak RSS, heap limit, heap occupancy seen by the GC). For reference (not the
# target) each round also uploads the file with the MinIO client alone, called as the app's S3
# adapter calls it (unknown length, 10 MiB parts): what the client costs without the app.
#
#   ./mvnw -B package -DskipTests          # or let this script build it (BUILD=auto)
#   bench/upload-1g.sh                      # SIZE_MB=1024 ROUNDS=3 APP_HEAP=256m
#   SIZE_MB=100 ROUNDS=1 bench/upload-1g.sh
#
# Settings (environment):
#   SIZE_MB (1024: random bytes in the ZIP; the file is ~200 bytes larger)  ROUNDS (3)
#   WARMUP_MB (32: one unmeasured upload of each kind first; 0 skips)  APP_HEAP (256m: -Xmx)
#   CLIENT_BASELINE (0; 1 also times the MinIO client alone each round, unknown length, 10 MiB parts)
#   DECLARE_SIZE (1: the upload carries a size part, so the app makes one streamed PUT; empty: multipart)
#   TARGET (80: % of the direct PUT the app must reach)  DOWNLOAD (1: follow the 303 of the
#   last upload and compare sha-256; 0 skips)  SCOPE (COURSE)  SCOPE_ID (PX-OFFICE-GENAI)
#   APP_JAR (target/quarkus-app/quarkus-run.jar)  BUILD (auto|always|never)  APP_JAVA_OPTS ()
#   S3_JAVA_OPTS ()  CLASSPATH_FILE (the test classpath for S3Server.java; made with
#   ./mvnw dependency:build-classpath when unset)  PG_OPTS (extra postgres -c settings)
#   WORK_ROOT (TMPDIR or /tmp: needs about (ROUNDS + 3) x SIZE_MB free)
#   KEEP (0: 1 keeps the work directory)  RESULT_FILE (append a one-line summary here)
# Needs Java 17, curl 7.75+ (--aws-sigv4), zip, jq and PostgreSQL 15+ binaries (installed with
# apt-get when missing).
set -euo pipefail

SIZE_MB=${SIZE_MB:-1024}
ROUNDS=${ROUNDS:-3}
WARMUP_MB=${WARMUP_MB:-32}
APP_HEAP=${APP_HEAP:-256m}
TARGET=${TARGET:-80}
DOWNLOAD=${DOWNLOAD:-1}
CLIENT_BASELINE=${CLIENT_BASELINE:-0}
# 1 (default): send the file's size before it, as the pages do, so the app stores it in one
# streamed PUT; empty: no size, so the app sends a multipart upload of 10 MiB parts.
DECLARE_SIZE=${DECLARE_SIZE-1}
SCOPE=${SCOPE:-COURSE}
SCOPE_ID=${SCOPE_ID:-PX-OFFICE-GENAI}
BUILD=${BUILD:-auto}
KEEP=${KEEP:-0}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
S3_JAVA_OPTS=${S3_JAVA_OPTS:-}
PG_OPTS=${PG_OPTS:-}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
APP_JAR=${APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}
ADMIN_EMAIL=bench-admin@bench.axcampus.kr
ADMIN_PASSWORD=bench-admin-pass-1
S3_ACCESS=bench-access
S3_SECRET=bench-secret-key-1
BUCKET=axcampus-bench

log() { printf '[upload %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

(( ROUNDS >= 1 )) || die "ROUNDS must be at least 1"

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "Java 17 is needed"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
PG_BIN=$(postgres_bin)
MISSING=()
[ -n "$PG_BIN" ] || MISSING+=(postgresql)
for tool in openssl zip jq curl; do command -v "$tool" >/dev/null || MISSING+=("$tool"); done
if [ ${#MISSING[@]} -gt 0 ]; then
    log "installing ${MISSING[*]} with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${MISSING[@]}" >/dev/null \
        || die "cannot install ${MISSING[*]}: run as root or with sudo"
    PG_BIN=$(postgres_bin)
fi
for tool in initdb pg_ctl postgres psql; do [ -x "$PG_BIN/$tool" ] || die "$PG_BIN/$tool missing"; done
curl --help all 2>/dev/null | grep -q -- --aws-sigv4 || die "curl $(curl --version | awk 'NR==1 {print $2}') has no --aws-sigv4 (7.75+ needed)"

build_app_if_needed

measure_busy_before

# -------------------------------------------------------------------- work dir
WORK_ROOT=${WORK_ROOT:-${TMPDIR:-/tmp}}
NEED_MB=$(( (ROUNDS + 3) * SIZE_MB + 2 * WARMUP_MB + 200 ))
FREE_MB=$(df -Pm "$WORK_ROOT" | awk 'NR==2 {print $4}')
(( FREE_MB > NEED_MB )) || die "$WORK_ROOT has $FREE_MB MB free, about $NEED_MB MB needed"
WORK=$(mktemp -d "$WORK_ROOT/axc-upload.XXXXXX")
chmod 755 "$WORK"
APP_PID=
S3_PID=
SAMPLER_PID=
PG_STARTED=0
postgres_run_as
stop_pid() { # pid: TERM, wait up to 10 s, then KILL
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 0
    kill "$1" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$1" 2>/dev/null || true
}
cleanup() {
    local status=$?
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    stop_pid "$APP_PID"
    stop_pid "$S3_PID"
    if [ "$PG_STARTED" = 1 ]; then
        (cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1) || true
    fi
    if [ "$KEEP" = 1 ] || [ "$status" != 0 ]; then
        log "work directory kept: $WORK (app.log, gc.log, s3.log, pg.log; delete it when done, it holds the files)"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------- the files
make_zip() { # megabytes name -> $WORK/name: a stored (uncompressed) ZIP of that many random megabytes
    head -c "$(( $1 * 1024 * 1024 ))" /dev/urandom >"$WORK/payload.bin"
    (cd "$WORK" && zip -q -0 "$2" payload.bin)
    rm -f "$WORK/payload.bin"
}
log "creating the test file: a stored ZIP of $SIZE_MB MiB of random bytes"
make_zip "$SIZE_MB" bench-upload.zip
FILE=$WORK/bench-upload.zip
FILE_SIZE=$(stat -c %s "$FILE")
FILE_SHA=$(sha256sum "$FILE" | awk '{print $1}')
log "test file: $FILE_SIZE bytes, sha-256 $FILE_SHA"
if (( WARMUP_MB > 0 )); then make_zip "$WARMUP_MB" bench-warmup.zip; fi
MAX_UPLOAD=$(( FILE_SIZE > 2147483648 ? FILE_SIZE + 1048576 : 2147483648 ))

# ------------------------------------------------------------------ S3 server
if [ -z "${CLASSPATH_FILE:-}" ]; then
    log "test classpath for the S3 server: ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test"
    CLASSPATH_FILE=$WORK/classpath.txt
    (cd "$REPO" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE") \
        || die "cannot resolve the test classpath"
fi
[ -s "$CLASSPATH_FILE" ] || die "$CLASSPATH_FILE is empty"
S3_PORT=$(free_port)
S3=http://127.0.0.1:$S3_PORT
log "starting s3proxy (filesystem store in $WORK/s3) on port $S3_PORT"
(
    cd "$WORK"
    # shellcheck disable=SC2086
    exec java $S3_JAVA_OPTS -cp "$(cat "$CLASSPATH_FILE")" "$BENCH_DIR/S3Server.java" "$S3_PORT" "$WORK/s3" \
        "$S3_ACCESS" "$S3_SECRET" "$BUCKET" >"$WORK/s3.log" 2>&1
) &
S3_PID=$!
STARTED_AT=$(date +%s)
until grep -q '^S3 READY' "$WORK/s3.log" 2>/dev/null; do
    kill -0 "$S3_PID" 2>/dev/null || { tail -40 "$WORK/s3.log" >&2; die "the S3 server exited during start-up"; }
    (( $(date +%s) - STARTED_AT > 120 )) && { tail -40 "$WORK/s3.log" >&2; die "the S3 server is not ready after 120 s"; }
    sleep 0.3
done
# curl 7.88 signs no payload hash by itself, and s3proxy requires the header: declare it unsigned.
s3curl() { curl -sS --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS:$S3_SECRET" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"; }

# ------------------------------------------------------------------ PostgreSQL
PG_PORT=$(free_port)
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
log "throwaway PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) on port $PG_PORT"
(cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null)
(cd "$WORK" && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/pg.log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 $PG_OPTS" start >/dev/null)
PG_STARTED=1
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE axcampus"

# ------------------------------------------------------------------------- app
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
log "starting the packaged app ($APP_JAR) on port $APP_PORT with -Xmx$APP_HEAP, max upload $MAX_UPLOAD bytes"
(
    cd "$WORK"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/axcampus"
    export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused
    export SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem"
    export AXCAMPUS_BOOTSTRAP_ADMIN_EMAIL=$ADMIN_EMAIL AXCAMPUS_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD
    export AXCAMPUS_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$APP_PORT
    export AXCAMPUS_STORAGE_ENDPOINT=$S3 AXCAMPUS_STORAGE_ACCESS_KEY=$S3_ACCESS AXCAMPUS_STORAGE_SECRET_KEY=$S3_SECRET
    export AXCAMPUS_STORAGE_BUCKET=$BUCKET AXCAMPUS_STORAGE_MAX_UPLOAD_SIZE=$MAX_UPLOAD
    # Only the upload limit is raised: the upload route applies it itself, ahead of the HTTP body limit.
    # shellcheck disable=SC2086
    exec java -Xmx"$APP_HEAP" -Xlog:gc:file="$WORK/gc.log" $APP_JAVA_OPTS -jar "$APP_JAR" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
STARTED_AT=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" 2>/dev/null)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; die "the app exited during start-up"; }
    (( $(date +%s) - STARTED_AT > 180 )) && { tail -40 "$WORK/app.log" >&2; die "the app is not ready after 180 s"; }
    sleep 0.5
done
log "app ready after $(( $(date +%s) - STARTED_AT )) s"
MAX_HEAP=$(jcmd "$APP_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p' || true)
[ -n "$MAX_HEAP" ] || MAX_HEAP=$(tr '\0' '\n' <"/proc/$APP_PID/cmdline" | sed -n 's/^-Xmx//p' | tail -1)
HEAP_MB=$(awk -v h="$MAX_HEAP" 'BEGIN { if (h ~ /^[0-9]+$/) printf "%d MiB", h / 1048576; else print h }')
log "app heap limit (MaxHeapSize): $HEAP_MB"
vm_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$APP_PID/status"; }
HWM_START=$(vm_kb VmHWM)

LOGIN=$(curl -sS -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/auth/login")
TOKEN=$(jq -r '.token // empty' <<<"$LOGIN")
[ -n "$TOKEN" ] || die "sign-in failed: $LOGIN"
log "signed in as $ADMIN_EMAIL"

# ------------------------------------------------------------------- measuring
# Peak resident memory of the app while uploads run, sampled every 0.2 s (VmHWM covers the rest).
PEAK_FILE=$WORK/rss-peak-kb
echo 0 >"$PEAK_FILE"
(
    peak=0
    while kill -0 "$APP_PID" 2>/dev/null; do
        rss=$(awk '$1 == "VmRSS:" {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
        if (( ${rss:-0} > peak )); then peak=$rss; echo "$peak" >"$PEAK_FILE"; fi
        sleep 0.2
    done
) &
SAMPLER_PID=$!

mibs() { awk -v b="$1" -v t="$2" 'BEGIN { printf "%.1f", (t > 0) ? b / t / 1048576 : 0 }'; }
direct_put() { # file key -> "seconds"
    local out code time
    sync
    out=$(s3curl -o "$WORK/put.out" -w '%{http_code} %{time_total}' -T "$1" "$S3/$BUCKET/$2") || die "direct PUT: curl failed"
    read -r code time <<<"$out"
    [ "$code" = 200 ] || { cat "$WORK/put.out" >&2; die "direct PUT answered $code"; }
    s3curl -o /dev/null -X DELETE "$S3/$BUCKET/$2" || log "note: could not delete $2"
    printf '%.2f\n' "$time"
}
client_put() { # file key -> "seconds": the MinIO client alone, as the app's S3 adapter calls it
    local out
    sync
    out=$(java -Xmx"$APP_HEAP" -cp "$(cat "$CLASSPATH_FILE")" "$BENCH_DIR/S3Server.java" put "$S3" "$S3_ACCESS" \
        "$S3_SECRET" "$BUCKET" "$2" "$1" 2>>"$WORK/client.log") || { tail -20 "$WORK/client.log" >&2; die "MinIO client PUT failed"; }
    s3curl -o /dev/null -X DELETE "$S3/$BUCKET/$2" || log "note: could not delete $2"
    printf '%.2f\n' "$(sed -n 's/^PUT //p' <<<"$out")"
}
app_problems() { grep -E '"level":"(WARN|ERROR)"|Exception|Error:' "$WORK/app.log" | tail -8 | cut -c1-700; }
app_upload() { # file -> "seconds"; checks 201, size and sha-256
    local out code time size sha
    sync
    out=$(curl -sS -o "$WORK/upload.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
        -F "scope=$SCOPE" -F "scopeId=$SCOPE_ID" ${DECLARE_SIZE:+-F "size=$(stat -c %s "$1")"} \
        -F "file=@$1;type=application/zip" "$BASE/api/materials") \
        || { app_problems >&2; kill -0 "$APP_PID" 2>/dev/null || die "the app died during the upload"; die "app upload: curl failed"; }
    read -r code time <<<"$out"
    [ "$code" = 201 ] || { cat "$WORK/upload.json" >&2; echo >&2; app_problems >&2; die "the upload answered $code"; }
    size=$(jq -r .size "$WORK/upload.json"); sha=$(jq -r .sha256 "$WORK/upload.json")
    [ "$size" = "$(stat -c %s "$1")" ] || die "the app recorded size $size, the file has $(stat -c %s "$1")"
    [ "$sha" = "$(sha256sum "$1" | awk '{print $1}')" ] || die "the app recorded sha-256 $sha, the file has another"
    kill -0 "$APP_PID" 2>/dev/null || die "the app is gone after the upload"
    printf '%.2f\n' "$time"
}

if (( WARMUP_MB > 0 )); then
    log "warm-up: one $WARMUP_MB MiB upload each way (not measured)"
    direct_put "$WORK/bench-warmup.zip" bench-direct/warmup >/dev/null
    app_upload "$WORK/bench-warmup.zip" >/dev/null
fi

DIRECT_S=(); APP_S=(); CLIENT_S=(); LAST_ID=
for round in $(seq "$ROUNDS"); do
    # Alternate which goes first, so neither always meets the other's leftover writeback.
    if (( round % 2 == 1 )); then
        d=$(direct_put "$FILE" "bench-direct/round-$round"); a=$(app_upload "$FILE")
    else
        a=$(app_upload "$FILE"); d=$(direct_put "$FILE" "bench-direct/round-$round")
    fi
    LAST_ID=$(jq -r .id "$WORK/upload.json")
    DIRECT_S+=("$d"); APP_S+=("$a")
    c=; [ "$CLIENT_BASELINE" = 1 ] && { c=$(client_put "$FILE" "bench-client/round-$round"); CLIENT_S+=("$c"); }
    log "round $round/$ROUNDS: direct PUT ${d}s ($(mibs "$FILE_SIZE" "$d") MiB/s), app upload ${a}s ($(mibs "$FILE_SIZE" "$a") MiB/s)$(
        [ -n "$c" ] && echo ", MinIO client alone ${c}s ($(mibs "$FILE_SIZE" "$c") MiB/s)"), app RSS now $(( $(vm_kb VmRSS) / 1024 )) MiB"
done
HWM_END=$(vm_kb VmHWM)
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
RSS_PEAK=$(cat "$PEAK_FILE")

# ---------------------------------------------------------------- download back
DOWNLOAD_RESULT=skipped
if [ "$DOWNLOAD" = 1 ]; then
    read -r code location < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' \
        -H "Authorization: Bearer $TOKEN" "$BASE/api/materials/$LAST_ID/content")
    [ "$code" = 303 ] && [ -n "$location" ] || die "GET /api/materials/$LAST_ID/content answered $code (303 expected)"
    started=$(date +%s.%N)
    got=$(curl -sS --fail "$location" | sha256sum | awk '{print $1}')
    took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    if [ "$got" = "$FILE_SHA" ]; then
        DOWNLOAD_RESULT="identical bytes through the 303 (pre-signed, ${took}s, $(mibs "$FILE_SIZE" "$took") MiB/s)"
    else
        DOWNLOAD_RESULT="DIFFERENT bytes through the 303 (sha-256 $got)"
    fi
    log "download: $DOWNLOAD_RESULT"
fi

# ---------------------------------------------------------------------- verify
kill -0 "$APP_PID" 2>/dev/null || die "the app is gone"
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)
ERRORS=$(grep -c -E '"level":"ERROR"| ERROR ' "$WORK/app.log" || true)
# Heap occupancy the GC saw: the largest "before" of "NNNM->NNNM(NNNM)" in the GC log.
HEAP_PEAK=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$WORK/gc.log" 2>/dev/null | sed 's/M->.*//' | sort -n | tail -1 || true)
GC_COUNT=$(grep -c 'Pause' "$WORK/gc.log" 2>/dev/null || true)
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
DIRECT_MED=$(median "${DIRECT_S[@]}"); APP_MED=$(median "${APP_S[@]}")
DIRECT_MIBS=$(mibs "$FILE_SIZE" "$DIRECT_MED"); APP_MIBS=$(mibs "$FILE_SIZE" "$APP_MED")
RATIO=$(awk -v d="$DIRECT_MED" -v a="$APP_MED" 'BEGIN { printf "%.1f", 100 * d / a }')
VERIFIED=yes
[ "$OOM" = 0 ] && [[ "$DOWNLOAD_RESULT" != DIFFERENT* ]] || VERIFIED=NO
CLIENT_LINE="MinIO client alone: skipped (CLIENT_BASELINE=0)"; CLIENT_MIBS=
if [ ${#CLIENT_S[@]} -gt 0 ]; then
    CLIENT_MED=$(median "${CLIENT_S[@]}"); CLIENT_MIBS=$(mibs "$FILE_SIZE" "$CLIENT_MED")
    CLIENT_LINE="MinIO client alone (no app; unknown length, 10 MiB parts, as the app calls it) s: ${CLIENT_S[*]}  -> median $CLIENT_MED s = $CLIENT_MIBS MiB/s; app / client = $(awk -v c="$CLIENT_MED" -v a="$APP_MED" 'BEGIN { printf "%.1f", 100 * c / a }') % (reference, not the target)"
fi
TARGET_RESULT=$(awk -v r="$RATIO" -v t="$TARGET" 'BEGIN { print (r >= t) ? "PASS" : "FAIL" }')
MEMORY_RESULT=$([ "$VERIFIED" = yes ] && echo PASS || echo FAIL)

cat <<EOF

=== upload benchmark: $FILE_SIZE bytes ($SIZE_MB MiB random, stored ZIP), $ROUNDS rounds, app on -Xmx$APP_HEAP ===
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), curl $(curl --version | awk 'NR==1 {print $2}'), s3proxy filesystem store
machine busy before the run (3 s sample, other processes): $BUSY_BEFORE %
direct PUT (curl, SigV4) s: ${DIRECT_S[*]}  -> median $DIRECT_MED s = $DIRECT_MIBS MiB/s
app POST /api/materials  s: ${APP_S[*]}  -> median $APP_MED s = $APP_MIBS MiB/s
$CLIENT_LINE
ratio: app / direct PUT = $RATIO %  (target >= $TARGET %: $TARGET_RESULT)
app memory: heap limit $HEAP_MB; peak RSS $(( HWM_END / 1024 )) MiB (VmHWM; $(( HWM_START / 1024 )) MiB after start-up, $(( RSS_PEAK / 1024 )) MiB sampled during uploads); heap peak at GC ${HEAP_PEAK:-?}M over $GC_COUNT GC pauses
verified: every upload 201 with size and sha-256 of the file; app alive; OutOfMemoryError in log: $OOM; ERROR lines in log: $ERRORS; download: $DOWNLOAD_RESULT
$SIZE_MB MiB upload on -Xmx$APP_HEAP (201, size and sha-256 right, app alive, no OutOfMemoryError): $MEMORY_RESULT
EOF
if [ -n "${RESULT_FILE:-}" ]; then
    echo "$(date -Is) size=$FILE_SIZE rounds=$ROUNDS heap=$APP_HEAP direct_s=\"${DIRECT_S[*]}\" app_s=\"${APP_S[*]}\" direct_mibs=$DIRECT_MIBS app_mibs=$APP_MIBS client_mibs=$CLIENT_MIBS ratio=$RATIO target=$TARGET_RESULT vmhwm_mib=$(( HWM_END / 1024 )) heap_peak_gc_mib=${HEAP_PEAK:-} oom=$OOM verified=$VERIFIED busy_before=$BUSY_BEFORE" >>"$RESULT_FILE"
fi
[ "$VERIFIED" = yes ]
