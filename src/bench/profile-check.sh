#!/usr/bin/env bash
# Where a check's CPU goes: async-profiler (from Maven Central, fetched into target/) samples one thread
# checking a form in a loop, warm, and this prints each stage's share of the process's CPU (reading the JSON,
# mapping the facts, the engine, the report) and the engine's own parts, and keeps the samples as collapsed stacks
# (target/profile/check.collapsed: speedscope.app or flamegraph.pl draw them).
#   bash src/bench/profile-check.sh [FORM.json] [SECONDS]     (default: seed form 5, 60 s after 20 s of warm-up)
# async-profiler samples every thread wherever it is (interface stubs and the VM included); JFR's sampler drops the
# samples it cannot walk, and under-counted the engine here by half (BENCHMARKS.md, round 18).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh
FORM=${1:-fixtures/seeds/seed-5-flexible-employment.json}
SECONDS_OF_CHECKS=${2:-60}
[ -f "$FORM" ] && [[ $FORM == *.json ]] || { echo "FORM must be a form in JSON (the canonical form): $FORM" >&2; exit 2; }
AP_VERSION=4.1
OUT=target/profile
build_jar
CP=$(bench_classpath)
mkdir -p "$OUT"
agent="$OUT/async-profiler-$AP_VERSION/linux-x64/libasyncProfiler.so"
if [ ! -f "$agent" ]; then
  mvn -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:$AP_VERSION -DoutputDirectory="$OUT"
  (cd "$OUT" && mkdir -p "async-profiler-$AP_VERSION" && cd "async-profiler-$AP_VERSION" && jar xf "../async-profiler-$AP_VERSION.jar" linux-x64/libasyncProfiler.so)
fi
# itimer: CPU time, and it needs no perf_events (often closed in containers). The profiler is attached after the
# warm-up, so neither the rule compile nor the JIT's first compiles are in the figures; it writes its samples at the exit.
java -cp "$CP" org.perfdecl.checker.bench.CheckLoop "$FORM" 20 "$SECONDS_OF_CHECKS" > "$OUT/loop.log" 2>&1 &
pid=$!
until grep -q '^warm' "$OUT/loop.log" 2> /dev/null; do
  kill -0 $pid 2> /dev/null || { cat "$OUT/loop.log"; exit 1; }
  sleep 0.5
done
java -cp "$CP" org.perfdecl.checker.bench.AttachAgent $pid "$PWD/$agent" "start,event=itimer,interval=1ms,file=$PWD/$OUT/check.collapsed,collapsed"
wait $pid
grep -v '^warm' "$OUT/loop.log"
awk -f src/bench/stages.awk "$OUT/check.collapsed"
