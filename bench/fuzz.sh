#!/usr/bin/env bash
# The schema-driven fuzzer (src/test/java/kr/axcampus/reliability/FuzzTest.java) as a long run:
# every operation of /q/openapi receives malformed input until REQUESTS requests were sent,
# against the same real PostgreSQL and S3 server the tests use. It fails on any 5xx, on any API
# error that is not problem+json or names a class, on any malformed request that was accepted,
# and when a refused request wrote a row. Figures go to docs/reliability.md.
#
#   bench/fuzz.sh                      # REQUESTS=20000 SEED=7
#   REQUESTS=50000 SEED=11 bench/fuzz.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REQUESTS=${REQUESTS:-20000}
SEED=${SEED:-7}
start=$(date +%s)
./mvnw -B -q test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfuzz.requests="$REQUESTS" -Dfuzz.seed="$SEED" 2>&1 | grep -E "^fuzz:|FAIL|ERROR\]   " || true
status=${PIPESTATUS[0]}
echo "fuzz: ${REQUESTS}+ requests with seed ${SEED} in $(( $(date +%s) - start )) s (build and start included)"
exit "$status"
