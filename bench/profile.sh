#!/usr/bin/env bash
# A CPU and allocation look at the mock in its steady state: starts it on sezzle.yaml exactly as
# bin/mock does (same JVM flags, same AOT cache), warms it up under wrk long enough for the JIT to
# finish (40 s by default), then records SECONDS of the same load with JFR (settings=profile) and
# sums the recording up by area of the request path, library and first paycontract method
# (ProfileSummary), with the allocation per request. JFR's own hot-methods and allocation views
# follow.
#
#   bench/profile.sh [get|post|invalid|dynamic] [SECONDS]     default: get 10
#
# Environment: PROFILE_WARMUP_S (40), BENCH_MOCK_JVM_FLAGS (instead of bin/mock's flags).
# Leaves the recording in bench/results/profile-<workload>.jfr for JDK Mission Control.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
workload=${1:-get}
seconds=${2:-10}
warmup=${PROFILE_WARMUP_S:-40}
. bin/find-jdk.sh
command -v wrk >/dev/null || { echo "error: wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar=$root/mock-server/target/mock-server.jar
harness=bench/harness/target/bench-harness.jar
[ -f "$jar" ] && [ -f "$harness" ] || { echo "error: run bench/run.sh --short once first (builds $jar and $harness)" >&2; exit 1; }
if [ -n "${BENCH_MOCK_JVM_FLAGS:-}" ]; then
  read -r -a flags <<<"$BENCH_MOCK_JVM_FLAGS"
else
  . bin/mock-jvm-flags.sh # MOCK_JVM_FLAGS, with the AOT cache on JDK 25+
  flags=("${MOCK_JVM_FLAGS[@]}")
fi
jdk_bin="$(dirname "$JAVA")"
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
taskset -c 0 "$JAVA" "${flags[@]}" -jar "$jar" mock -p "$port" specs/sezzle/sezzle.yaml >"$work/mock.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

export BENCH_PATH="$CUSTOMER_PATH" BENCH_AUTH=bench-token BENCH_BODY="$work/valid.json"
[ "$workload" = invalid ] && BENCH_BODY="$work/invalid.json"
case "$workload" in
  get) args=(-H "Authorization: bench-token" "$base$ORDER_PATH") ;;
  dynamic) args=(-H "Authorization: bench-token" -H "Prefer: dynamic=true" "$base$ORDER_PATH") ;;
  post | invalid) args=(-s bench/wrk/post.lua "$base$CUSTOMER_PATH") ;;
  *) echo "error: workload must be get, post, invalid or dynamic" >&2; exit 2 ;;
esac
echo "warming up for $warmup s (flags: ${flags[*]})" >&2
taskset -c 1 wrk -t1 -c50 -d"$warmup"s "${args[@]}" | grep 'Requests/sec' >&2
"$jdk_bin/jcmd" "$pid" JFR.start name=profile settings=profile filename="$root/$recording" >/dev/null
taskset -c 1 wrk -t1 -c50 -d"$seconds"s --latency "${args[@]}" | tee "$work/wrk.txt"
"$jdk_bin/jcmd" "$pid" JFR.stop name=profile >/dev/null
requests=$(awk '$2 == "requests" && $3 == "in" { print $1 }' "$work/wrk.txt")
kill -TERM "$pid"
wait "$pid" || true
pid=""
"$JAVA" -cp "$harness" dev.paycontract.bench.ProfileSummary "$recording" "${requests:-0}"
for view in hot-methods allocation-by-site; do
  "$jdk_bin/jfr" view --width 160 "$view" "$recording"
done
