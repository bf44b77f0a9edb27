#!/usr/bin/env bash
# The benchmark: in-process throughput (JMH), rule-set compile time, time to the first answered
# check, HTTP load on loopback at a fixed rate and at full speed, memory after the load, and a
# 10,000-form batch through the CLI. Prints the figures; BENCHMARKS.md records a run.
#   bash src/bench/run-benchmarks.sh            (about 6 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh
PORT=${PORT:-18080}
SEED=fixtures/seeds/seed-5-flexible-employment.json

build_jar
CP=$(bench_classpath)

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1

echo; echo "== in process (JMH): checks/s on seed form 5, full pipeline vs parse+map only; rule-set compile"
java -cp "$CP" org.openjdk.jmh.Main 'CheckBenchmark|CompileBenchmark' -rf text -rff target/jmh-result.txt > target/jmh.log 2>&1
cat target/jmh-result.txt

echo; echo "== in process (JMH): reading one form (seed form 5) per format, warm, without the check"
java -cp "$CP" org.openjdk.jmh.Main 'ReadBenchmark' -rf text -rff target/jmh-read.txt > target/jmh-read.log 2>&1
cat target/jmh-read.txt

echo; echo "== service: time from start to the first answered check"
start=$(date +%s%N)
java -jar target/declaration-checker.jar --server.port=$PORT --checker.watch-rules=false > target/bench-service.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -X POST localhost:$PORT/api/v1/checks -H 'Content-Type: application/json' --data-binary @$SEED; do
  sleep 0.05
done
echo "first check answered $(( ($(date +%s%N) - start) / 1000000 )) ms after start"

echo; echo "== HTTP load on loopback (client and service share the 2 cores)"
# warm the service's JIT first; the figures below are of a warm service
java -cp "$CP" org.perfdecl.checker.bench.LoadRun max http://localhost:$PORT/api/v1/checks $SEED 8 20
if command -v wrk > /dev/null || { command -v apt-get > /dev/null && apt-get install -y -qq wrk > /dev/null 2>&1; }; then
  cat > target/post.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$SEED", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  echo "wrk, 8 connections, 20 s (closed loop, light client):"
  wrk -t1 -c8 -d20s --latency -s target/post.lua http://localhost:$PORT/api/v1/checks | grep -E "Requests/sec|50%|99%|requests in|Non-2xx"
fi
java -cp "$CP" org.perfdecl.checker.bench.LoadRun rate http://localhost:$PORT/api/v1/checks $SEED 1000 30

echo; echo "== service memory after the load"
echo "resident: $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)"
jcmd $PID GC.run > /dev/null
jcmd $PID GC.heap_info | grep -E "garbage-first heap|total" | head -2
kill $PID; trap - EXIT

echo; echo "== CLI: a batch of 10,000 forms (JSON), including JVM start"
rm -rf target/bench-forms && mkdir -p target/bench-forms
for i in $(seq 1 2000); do
  for f in fixtures/seeds/seed-*.json; do cp "$f" "target/bench-forms/$i-$(basename "$f")"; done
done
start=$(date +%s%N)
set +e
java -jar target/declaration-checker.jar check --format json -o target/bench-report.json target/bench-forms 2> target/bench-cli.err
code=$?
set -e
echo "10,000 forms checked in $(( ($(date +%s%N) - start) / 1000000 )) ms (exit $code); $(tail -4 target/bench-cli.err | head -2 | xargs)"
