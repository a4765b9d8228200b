#!/usr/bin/env bash
# A quick CPU and allocation look at the mock under load: starts it on sezzle.yaml with bin/mock's
# JVM flags plus a JFR recording (settings=profile), warms it up, drives one workload with wrk for
# the recording's length, and prints JFR's hot methods and allocation views.
#
#   bench/profile.sh [get|post|invalid] [SECONDS]     default: get 10
#
# Leaves the recording in bench/results/profile-<workload>.jfr for JDK Mission Control.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
workload=${1:-get}
seconds=${2:-10}
. bin/find-jdk.sh
command -v wrk >/dev/null || { echo "error: wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar=mock-server/target/mock-server.jar
harness=bench/harness/target/bench-harness.jar
[ -f "$jar" ] && [ -f "$harness" ] || { echo "error: run bench/run.sh --short once first (builds $jar and $harness)" >&2; exit 1; }
jfr="$(dirname "$JAVA")/jfr"
out=bench/results
mkdir -p "$out"
work=$(mktemp -d)
recording="$out/profile-$workload.jfr"
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

"$JAVA" -cp "$harness" dev.paycontract.bench.ExportWorkload specs/sezzle/sezzle.yaml "$work"
. "$work/workload.env"
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
warmup=5
taskset -c 0 "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  "-XX:StartFlightRecording=delay=$((warmup + 3))s,duration=${seconds}s,settings=profile,filename=$recording" \
  -jar "$jar" mock -p "$port" specs/sezzle/sezzle.yaml >"$work/mock.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

export BENCH_PATH="$CUSTOMER_PATH" BENCH_AUTH=bench-token BENCH_BODY="$work/valid.json"
[ "$workload" = invalid ] && BENCH_BODY="$work/invalid.json"
case "$workload" in
  get) args=(-H "Authorization: bench-token" "$base$ORDER_PATH") ;;
  post | invalid) args=(-s bench/wrk/post.lua "$base$CUSTOMER_PATH") ;;
  *) echo "error: workload must be get, post or invalid" >&2; exit 2 ;;
esac
taskset -c 1 wrk -t1 -c50 -d$((warmup + seconds + 5))s --latency "${args[@]}"
sleep 2
kill -TERM "$pid"
wait "$pid" || true
pid=""
for view in hot-methods allocation-by-class allocation-by-site; do
  "$jfr" view --width 160 "$view" "$recording"
done
