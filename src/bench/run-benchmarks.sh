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
java -cp "$CP" org.openjdk.jmh.Main 'CheckBenchmark|CompileBenchmark' -prof gc -rf text -rff target/jmh-result.txt > target/jmh.log 2>&1
grep -v -E ':(gc\.(alloc\.rate|count|time|churn)|·gc\.(alloc\.rate|count|time|churn))( |$)' target/jmh-result.txt
awk '
  $1 ~ /check1Thread$/ {check = $4} $1 ~ /parseAndMapOnly1Thread$/ {floor = $4}
  $1 ~ /check1Thread:.*alloc.rate.norm/ {alloc = $4}
  END {
    printf "full check, 1 thread: %.0f checks/s (target >= 12,000/s on a quiet 2-core machine)\n", check
    printf "parse+map floor, 1 thread, same run: %.0f/s; the check costs %.2fx the floor (target <= 2x): %s\n", floor, floor / check, (floor / check <= 2 ? "met" : "missed")
    if (alloc) printf "memory allocated per check (JMH -prof gc): %.0f KB\n", alloc / 1024
  }' target/jmh-result.txt

echo; echo "== scaling (JMH, warm, 1 thread, µs per check): indicators 10 -> 1,000 (linear?), rules ~60 -> ~500 (<= 2x?)"
java -cp "$CP" org.openjdk.jmh.Main 'ScalingBenchmark' -rf text -rff target/jmh-scaling.txt > target/jmh-scaling.log 2>&1
cat target/jmh-scaling.txt
grep -h "rule set of" target/jmh-scaling.log | sort -u
awk '
  $1 ~ /checkByIndicatorCount$/ {n = $2; t[n] = $4; order[++k] = n}
  $1 ~ /checkByRuleCopies$/ {c = $2; r[c] = $4}
  END {
    if (t[10] && t[1000]) printf "indicators: 1,000 cost %.1fx of 10 (linear would be <= ~100x; per indicator %.1f µs at 100, %.1f µs at 1,000)\n", t[1000] / t[10], t[100] / 100, t[1000] / 1000
    if (r[1] && r[8]) printf "rules: 8 copies cost %.2fx of 1 copy (target <= 2x for ~500 vs ~60 rules): %s\n", r[8] / r[1], (r[8] / r[1] <= 2 ? "met" : "missed")
  }' target/jmh-scaling.txt

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

echo; echo "== CLI start: one form, cold JVM each time (target <= 1.5 s wall), rules unchanged (precompiled)"
one=fixtures/seeds/seed-5-flexible-employment.json
for i in 1 2 3; do
  /usr/bin/time -f "java -jar ... check (one form): %e s wall, %U s user" java -jar target/declaration-checker.jar check $one > /dev/null 2>> target/bench-time.txt || true
  tail -1 target/bench-time.txt
done
export XDG_CACHE_HOME="$PWD/target/bench-cache"; rm -rf "$XDG_CACHE_HOME"
bin/declaration-checker check $one > /dev/null || true   # extracts the jar, then records the class archive
for i in $(seq 1 60); do ls "$XDG_CACHE_HOME"/declaration-checker/app/*/*.jsa > /dev/null 2>&1 && break; sleep 1; done
for i in 1 2 3; do
  /usr/bin/time -f "bin/declaration-checker check (one form): %e s wall, %U s user" bin/declaration-checker check $one > /dev/null 2>> target/bench-time.txt || true
  tail -1 target/bench-time.txt
done
/usr/bin/time -f "rules validate (target <= 3 s): %e s wall, %U s user" java -jar target/declaration-checker.jar rules validate > /dev/null 2>> target/bench-time.txt || true
tail -1 target/bench-time.txt
/usr/bin/time -f "bin/declaration-checker rules validate: %e s wall, %U s user" bin/declaration-checker rules validate > /dev/null 2>> target/bench-time.txt || true
tail -1 target/bench-time.txt
unset XDG_CACHE_HOME

echo; echo "== CLI batch: forms per second by batch size, including JVM start (target >= 5,000/s at the large end)"
rm -rf target/bench-batch && mkdir -p target/bench-batch/n1 target/bench-batch/n100
cp fixtures/seeds/seed-5-flexible-employment.json target/bench-batch/n1/
for i in $(seq 1 20); do
  for f in fixtures/seeds/seed-*.json; do cp "$f" "target/bench-batch/n100/$i-$(basename "$f")"; done
done
for size in 1000 10000 100000; do   # ten hard-linked copies of the batch ten times smaller
  mkdir -p target/bench-batch/n$size
  for i in $(seq 1 10); do cp -al target/bench-batch/n$((size / 10)) target/bench-batch/n$size/$i; done
done
for size in 1 100 1000 10000 100000; do
  dir=target/bench-batch/n$size
  count=$(find $dir -name '*.json' | wc -l)
  start=$(date +%s%N)
  set +e
  java -jar target/declaration-checker.jar check --format github -o /dev/null $dir 2> target/bench-batch.err
  code=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$count forms: $ms ms, $(( count * 1000 / (ms > 0 ? ms : 1) )) forms/s (exit $code)"
done
rm -rf target/bench-batch

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
