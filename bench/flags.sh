#!/usr/bin/env bash
# Compares JVM flag sets for bin/mock (ADR 0020): for each candidate, in interleaved rounds,
#   - start-up to first answer on the bundled specs (as bin/mock starts), with the candidate's own
#     AOT cache (trained with the same flags by bin/mock-aot-train.sh);
#   - throughput on sezzle.yaml after a long warm-up: the warm-up alternates GET and validated POST
#     in 5 s wrk runs (each one's requests/s is kept: the warm-up curve), then GET and POST are
#     measured; RSS is read after the load.
#
#   bench/flags.sh [NAME...]      default: MOCK_JVM=short, C2 with JVM defaults, the previous and the chosen MOCK_JVM=long
#
# Environment: FLAGS_ROUNDS (2), FLAGS_WARMUP_S (80: the chosen long set needs 60-80 s of load to
# reach its plateau), FLAGS_DURATION_S (10), FLAGS_STARTS (3).
# Writes bench/results/flags-<timestamp>.tsv (every sample) and prints a Markdown summary.
# Needs what bench/run.sh needs (run bench/run.sh --short once: it builds the jars).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. bin/find-jdk.sh

# name -> JVM flags; a leading "train=N" sets MOCK_AOT_TRAIN_REQUESTS for that candidate's cache.
declare -A candidates=(
  [c1-serial]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  [c1-serial-notrain]="train=0 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  [c2-serial]="-XX:+UseSerialGC"
  [c2-serial-notrain]="train=0 -XX:+UseSerialGC"
  [c2-g1]="-XX:+UseG1GC"
  [c2-serial-xmx64]="-XX:+UseSerialGC -Xmx64m"
  [c2-serial-xmx64-notrain]="train=0 -XX:+UseSerialGC -Xmx64m"
  [c2-serial-xmx96]="-XX:+UseSerialGC -Xmx96m"
  [c2-serial-xms32]="-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m"
  # Delaying C2 (thresholds x20) to keep its compiles out of the start-up: measured 2026-12-02, the
  # start-up gained nothing on one core and the request path stayed in tier-3 (profiling) code:
  # 2,600 GET req/s after 40 s of load, half of C1 alone (ADR 0020, "Revisited").
  [c2-serial-xms32-t4x20]="-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000 -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000"
  # All compile thresholds three- and five-fold (MOCK_JVM=short since 2026-12-02: 10-15 % sooner
  # first answer with C1 only). With C2, measured 2026-12-03 (80 s warm-up): x5 started 30 % sooner
  # and reached the same plateau after 60-80 s of load instead of 20-30 s: MOCK_JVM=long since.
  [c1-serial-s5]="-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5 -XX:+UseSerialGC"
  [c2-serial-xms32-s3]="-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=3"
  [c2-serial-xms32-s5]="-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=5"
  [c2-serial-xmx64-cc48]="-XX:+UseSerialGC -Xmx64m -XX:ReservedCodeCacheSize=48m"
)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(c1-serial-s5 c2-serial c2-serial-xms32 c2-serial-xms32-s5)
rounds=${FLAGS_ROUNDS:-2}
warmup=${FLAGS_WARMUP_S:-80}
duration=${FLAGS_DURATION_S:-10}
starts=${FLAGS_STARTS:-3}

jar=mock-server/target/mock-server.jar
harness=bench/harness/target/bench-harness.jar
[ -f "$jar" ] && [ -f "$harness" ] || { echo "error: run bench/run.sh --short once first (builds $jar and $harness)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "error: wrk is not installed: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
ts=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results
tsv=bench/results/flags-$ts.tsv
: >"$tsv"

"$JAVA" -cp "$harness" dev.paycontract.bench.ExportWorkload specs/sezzle/sezzle.yaml "$work"
. "$work/workload.env"
export BENCH_PATH="$CUSTOMER_PATH" BENCH_AUTH=bench-token BENCH_BODY="$work/valid.json"
bundled=()
for dir in specs/*/; do
  name=$(basename "$dir")
  [ -f "$dir$name.yaml" ] && bundled+=("$dir$name.yaml")
done
port=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"

train_of() { case "$1" in train=*) echo "${1%% *}" | cut -d= -f2 ;; *) echo "${MOCK_AOT_TRAIN_REQUESTS:-500}" ;; esac; }
flags_of() { case "$1" in train=*) echo "${1#* }" ;; *) echo "$1" ;; esac; }
for n in "${names[@]}"; do
  [ -n "${candidates[$n]+x}" ] || { echo "error: unknown candidate $n (known: ${!candidates[*]})" >&2; exit 2; }
  echo "training the AOT cache for $n" >&2
  MOCK_AOT_TRAIN_REQUESTS=$(train_of "${candidates[$n]}") MOCK_JAR="$jar" bin/mock-aot-train.sh "$work/$n.aot" $(flags_of "${candidates[$n]}") >&2
done

load() { # load WORKLOAD SECONDS -> prints requests/s and p99 (ms)
  local args
  case "$1" in
    get) args=(-H "Authorization: bench-token" "$base$ORDER_PATH") ;;
    post) args=(-s bench/wrk/post.lua "$base$CUSTOMER_PATH") ;;
  esac
  taskset -c 1 wrk -t1 -c50 -d"$2"s --latency "${args[@]}" | awk '
    function ms(v) { x = v + 0; if (v ~ /us$/) return x / 1000; if (v ~ /ms$/) return x; return x * 1000 }
    $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 } /Non-2xx/ { bad = $NF }
    END { if (bad > 0 || rps == "") exit 1; printf "%s %s\n", rps, p99 }'
}

for round in $(seq 1 "$rounds"); do
  for n in "${names[@]}"; do
    read -r -a flags <<<"$(flags_of "${candidates[$n]}")"
    flags=(-XX:AOTCache="$work/$n.aot" "${flags[@]}")
    for s in $(seq 1 "$starts"); do
      taskset -c 1 "$JAVA" -cp "$harness" dev.paycontract.bench.StartupProbe --runs 1 --first-run "$s" --port "$port" \
        --path "$ORDER_PATH" --header "Authorization: bench-token" --expect 200 --workload bundled --peer "$n" \
        --log "$work/startup.log" -- taskset -c 0 "$JAVA" "${flags[@]}" -jar "$jar" mock -p "$port" "${bundled[@]}" |
        awk -v r="$round" '{ $4 = r; print }' OFS='\t' >>"$tsv"
    done
    taskset -c 0 "$JAVA" "${flags[@]}" -jar "$jar" mock -p "$port" specs/sezzle/sezzle.yaml >"$work/mock.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done
    t=0
    while [ "$t" -lt "$warmup" ]; do
      w=get; [ $(((t / 5) % 2)) = 1 ] && w=post
      read -r rps p99 < <(load "$w" 5)
      printf 'warmup\t%s\t%s\t%s\t%s\t%s\n' "$w" "$n" "$round" "t$((t + 5))" "$rps" >>"$tsv"
      t=$((t + 5))
    done
    for w in get post; do
      read -r rps p99 < <(load "$w" "$duration")
      printf 'load\t%s\t%s\t%s\trps\t%s\nload\t%s\t%s\t%s\tp99_ms\t%s\n' "$w" "$n" "$round" "$rps" "$w" "$n" "$round" "$p99" >>"$tsv"
    done
    printf 'rss\tafter-load\t%s\t%s\tmb\t%s\n' "$n" "$round" "$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")" >>"$tsv"
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    echo "round $round: $n done" >&2
  done
done

echo "| flags | start-up bundled, ms (median; min-max) | GET req/s | POST req/s | GET / POST p99 ms | RSS MB |"
echo "|---|---:|---:|---:|---:|---:|"
for n in "${names[@]}"; do
  awk -F'\t' -v n="$n" -v flags="$(flags_of "${candidates[$n]}")" '
    function stat(key,   i, j, t, c, a) { c = split(v[key], a, " "); for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return sprintf("%.0f (%.0f-%.0f)", c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2, a[1], a[c]) }
    $3 == n { k = $1 "/" $2 "/" $5; v[k] = (k in v ? v[k] " " : "") $6 }
    END { printf "| `%s` | %s | %s | %s | %s / %s | %s |\n", flags, stat("startup/bundled/ms"), stat("load/get/rps"), stat("load/post/rps"),
      stat("load/get/p99_ms"), stat("load/post/p99_ms"), stat("rss/after-load/mb") }' "$tsv"
done
echo
echo "Warm-up curve (requests/s of each 5 s warm-up run, round 1):"
awk -F'\t' '$1 == "warmup" && $4 == 1 { line[$3] = line[$3] " " $2 ":" int($6) } END { for (n in line) print n ":" line[n] }' "$tsv"
echo "samples: $tsv"
