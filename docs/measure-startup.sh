#!/usr/bin/env bash
# Start-up time and idle memory of the packaged app on the embedded default.
#
# usage: docs/measure-startup.sh [JAR [FOLDER [PORT [LABEL]]]]
#   JAR     the packaged app (default: target/quarkus-app/quarkus-run.jar of this repository;
#           build it first with ./mvnw -B package -DskipTests)
#   FOLDER  working folder the app starts in; its axcampus-data is created on the first
#           start and reused by the next (default: a new empty temporary folder)
#   PORT    HTTP port (default 8089)
#   LABEL   names the log file app-LABEL.log in FOLDER and prefixes the output (default: start)
#
# It starts the jar with no database URL (so the embedded default), polls /q/health/ready
# every 0.1 s until it answers 200, prints the time from JVM launch and Quarkus' own
# "started in", waits 20 s idle, prints the VmRSS of the app JVM and the summed VmRSS of the
# embedded PostgreSQL processes, then stops the app with SIGTERM. Run it again with the same
# FOLDER to measure a restart on existing data. Needs Linux (/proc), curl and Java 17.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(realpath "${1:-$REPO/target/quarkus-app/quarkus-run.jar}")
WD=${2:-$(mktemp -d -t axcampus-measure.XXXXXX)}
PORT=${3:-8089}
LABEL=${4:-start}
[ -f "$JAR" ] || { echo "no packaged app at $JAR; build it with ./mvnw -B package -DskipTests" >&2; exit 2; }
mkdir -p "$WD"; cd "$WD" || exit 2
echo "$LABEL: $JAR in $WD, port $PORT"
t0=$(date +%s%N)
java -Dquarkus.http.port="$PORT" -jar "$JAR" > "$WD/app-$LABEL.log" 2>&1 &
PID=$!
echo "$PID" > "$WD/pid"
while :; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready" || true)
  [ "$code" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "app died"; tail -50 "$WD/app-$LABEL.log"; exit 1; }
  sleep 0.1
done
t1=$(date +%s%N)
echo "$LABEL: JVM launch -> /q/health/ready 200: $(( (t1-t0)/1000000 )) ms; $(grep -o 'started in [0-9.]*s' "$WD/app-$LABEL.log" | head -1)"
sleep 20
echo "$LABEL: app JVM (pid $PID) $(grep VmRSS /proc/$PID/status | tr -s ' \t' ' ')"
PM=$(head -1 "$WD/axcampus-data/postgres/postmaster.pid")
sum=0; n=0
for p in $PM $(pgrep -P "$PM"); do
  r=$(awk '/VmRSS/{print $2}' /proc/$p/status 2>/dev/null); sum=$((sum+${r:-0})); n=$((n+1))
done
echo "$LABEL: embedded postgres ($n procs, postmaster $PM) summed VmRSS: $((sum/1024)) MiB"
kill -TERM "$PID"
for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
kill -0 "$PID" 2>/dev/null && { echo "still alive, KILL"; kill -KILL "$PID"; }
sleep 1
if kill -0 "$PM" 2>/dev/null; then echo "WARNING postmaster $PM still alive"; else echo "$LABEL: stopped cleanly (postgres gone)"; fi
