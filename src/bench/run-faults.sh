#!/usr/bin/env bash
# Load and faults on loopback: the packaged service, started on 127.0.0.1 with a temporary copy of
# rules/, takes a fixed rate of checks of seed form 5 while its rules are reloaded good and broken
# (endpoint and file edits), slow clients trickle their bodies and oversized and garbage bodies
# arrive; prints what every kind of request got, p50/p99, mixed-version reports and the service's
# memory, then stops the service. RELIABILITY.md records a run.
#   bash src/bench/run-faults.sh [RATE] [SECONDS] [SLOW_CLIENTS]     (default 200 60 200: ~2 minutes)
#   PORT=18600 bash src/bench/run-faults.sh                           (a fixed port instead of a free one)
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh
RATE=${1:-200}
DURATION=${2:-60}
SLOW=${3:-200}

build_jar
CP=$(bench_classpath)
timeout $((DURATION + 300)) java -cp "$CP" org.perfdecl.checker.bench.FaultsRun target/declaration-checker.jar rules \
  fixtures/seeds/seed-5-flexible-employment.json "$RATE" "$DURATION" "$SLOW" ${PORT:-}
