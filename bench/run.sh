#!/usr/bin/env bash
# Benchmarks the mock server (as bin/mock runs it: same JVM flags, same AOT cache) against Prism
# 5.16.0, WireMock 3 standalone and a bare Javalin "ceiling", in one run, on loopback: throughput
# and latency (wrk, 50 connections) after a warm-up whose last seconds are recorded (to show the
# steady state), start-up to first answer, RSS after the load, and the in-process start in a warm
# JVM. See docs/benchmarks.md for the method.
#
#   bench/run.sh            full run (3 interleaved rounds; per server start 30 s of warm-up per
#                           workload, cycled once (bin/mock's C2 reaches its plateau after 60-80 s
#                           of load on one core), then per workload 3 s of recorded warm-up and 7 s
#                           measured; 5 start-ups per peer, 3 per corpus spec; about 40 minutes); needs a
#                           quiet machine
#   bench/run.sh --short    CI smoke run (1 round, 2 s per workload, about 3 minutes); also BENCH_SHORT=1
#
# Writes bench/results/<timestamp>.json (all figures), <timestamp>.md (the tables, also printed to
# stdout) and <timestamp>/ (raw samples, wrk outputs, server logs). Exits non-zero when a peer
# fails to start or answers a workload with the wrong status.
#
# Environment (all optional):
#   BENCH_LARGE_SPEC      the 197-operation Twilio spec; default ../shared/bench-specs/ beside the
#                         checkout, else bench/specs/twilio_api_v2010.yaml, fetched there when missing
#                         (see bench/specs/README.md; a short run skips it instead); "skip" skips it
#   BENCH_SPECS           the public corpus of issue 11 (default ../shared/bench-specs beside the
#                         checkout): full runs also time the start of the mock and of Prism on each
#                         spec there; BENCH_CORPUS=off leaves it out; BENCH_CORPUS_RUNS starts per spec (3)
#   BENCH_MOCK_JVM_FLAGS  JVM flags for the mock and the ceiling; default: those of bin/mock
#   BENCH_MOCK_JAR        the mock's shaded jar; default mock-server/target/mock-server.jar
#   BENCH_ROUNDS, BENCH_DURATION_S, BENCH_WARMUP_S (per workload, cycled once before measuring),
#   BENCH_WARMUP_TAIL_S (the recorded last warm-up seconds before each measurement),
#   BENCH_STARTUP_RUNS, BENCH_CONNECTIONS, BENCH_WIREMOCK_THREADS (container threads, default 64)
#   BENCH_SERVER_CPU (default 0), BENCH_LOAD_CPU (default 1): the cores for taskset
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

short=${BENCH_SHORT:-0}
for arg in "$@"; do
  case "$arg" in
    --short) short=1 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "error: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done
if [ "$short" = 1 ]; then
  mode=short; rounds=1; duration=2; warmup=1; tail_s=1; startup_runs=2
else
  mode=full; rounds=3; duration=7; warmup=30; tail_s=3; startup_runs=5
fi
rounds=${BENCH_ROUNDS:-$rounds}
duration=${BENCH_DURATION_S:-$duration}
warmup=${BENCH_WARMUP_S:-$warmup}
tail_s=${BENCH_WARMUP_TAIL_S:-$tail_s}
wiremock_threads=${BENCH_WIREMOCK_THREADS:-64}
startup_runs=${BENCH_STARTUP_RUNS:-$startup_runs}
connections=${BENCH_CONNECTIONS:-50}
server_cpu=${BENCH_SERVER_CPU:-0}
load_cpu=${BENCH_LOAD_CPU:-1}
auth="bench-token"
large_auth="Basic $(printf 'ACbench:bench' | base64)"
large_path=/2010-04-01/Accounts.json
large_url_default=https://raw.githubusercontent.com/twilio/twilio-oai/main/spec/yaml/twilio_api_v2010.yaml

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
command -v wrk >/dev/null || die "wrk is not installed: apt-get install wrk"
command -v taskset >/dev/null || die "taskset is not installed: apt-get install util-linux"
command -v curl >/dev/null || die "curl is not installed: apt-get install curl"
command -v jq >/dev/null || die "jq is not installed (checks the answers): apt-get install jq"
command -v npm >/dev/null || die "node/npm are not installed (Prism needs them): apt-get install nodejs npm"
[ "$(nproc)" -ge 2 ] || die "needs 2 cores (server on one, wrk on the other); nproc says $(nproc)"

. "$root/bin/find-jdk.sh" # sets JAVA

jar=${BENCH_MOCK_JAR:-$root/mock-server/target/mock-server.jar}
if [ ! -f "$jar" ]; then
  say "building the mock server (./mvnw -B -q -pl mock-server -am -DskipTests package)"
  ./mvnw -B -q -pl mock-server -am -DskipTests package >&2
fi
[ -f "$jar" ] || die "$jar was not built"

prism="$root/tools/prism/node_modules/.bin/prism"
if [ ! -x "$prism" ]; then
  say "installing Prism (npm ci --no-audit --no-fund --prefix tools/prism)"
  npm ci --no-audit --no-fund --prefix tools/prism >&2
fi
[ -x "$prism" ] || die "$prism is missing after npm ci"

harness="$root/bench/harness/target/bench-harness.jar"
wiremock_jar="$root/bench/harness/target/wiremock-standalone.jar"
if [ ! -f "$harness" ] || [ ! -f "$wiremock_jar" ] || [ -n "$(find bench/harness/src bench/harness/pom.xml -newer "$harness" -print -quit)" ]; then
  say "building the harness and fetching WireMock standalone (./mvnw -B -q -f bench/harness/pom.xml package)"
  JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw -B -q -f bench/harness/pom.xml package >&2
fi
[ -f "$wiremock_jar" ] || die "$wiremock_jar is missing after the harness build"
wiremock_version=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' bench/harness/pom.xml)

# The public corpus of issue 11 (../shared/bench-specs beside the checkout, or BENCH_SPECS): start-up
# of the mock and of Prism on each of its specs, in full runs only (Prism needs 10-35 s per start
# on them); BENCH_CORPUS=off leaves it out, BENCH_CORPUS_RUNS (default 3) sets the starts per spec.
corpus_dir=${BENCH_SPECS:-$root/../shared/bench-specs}
corpus_runs=${BENCH_CORPUS_RUNS:-3}
corpus=()
if [ "$short" = 0 ] && [ "${BENCH_CORPUS:-on}" != off ] && [ -d "$corpus_dir" ]; then
  for f in "$corpus_dir"/*.yaml "$corpus_dir"/*.json; do
    [ -f "$f" ] && corpus+=("$f")
  done
fi

# The team keeps the large spec beside the checkout (../shared/bench-specs); a local copy or a
# download into bench/specs/ works as well.
large_spec=${BENCH_LARGE_SPEC:-}
if [ -z "$large_spec" ]; then
  large_spec=$root/bench/specs/twilio_api_v2010.yaml
  [ -f "$root/../shared/bench-specs/twilio_api_v2010.yaml" ] && large_spec=$root/../shared/bench-specs/twilio_api_v2010.yaml
fi
if [ "$large_spec" != skip ] && [ ! -f "$large_spec" ] && [ "$short" = 1 ]; then
  say "the large spec is not here and cannot be fetched in a short run: skipping its start-up figures"
  large_spec=skip
fi
if [ "$large_spec" != skip ] && [ ! -f "$large_spec" ]; then
  say "fetching the Twilio API v2010 spec into $large_spec"
  curl -fsSL --connect-timeout 10 --max-time 120 --retry 2 -o "$large_spec.part" "${BENCH_LARGE_SPEC_URL:-$large_url_default}" && mv "$large_spec.part" "$large_spec" || {
    rm -f "$large_spec.part"
    die "cannot fetch the large spec; put twilio_api_v2010.yaml into bench/specs/ or set BENCH_LARGE_SPEC=skip"
  }
fi

# The mock runs with bin/mock's JVM flags: from bin/mock-jvm-flags.sh when bin/mock sources one,
# else from the flags on bin/mock's exec line.
if [ -n "${BENCH_MOCK_JVM_FLAGS+x}" ]; then
  read -r -a mock_flags <<<"$BENCH_MOCK_JVM_FLAGS"
elif [ -f "$root/bin/mock-jvm-flags.sh" ]; then
  . "$root/bin/mock-jvm-flags.sh" # sets the array MOCK_JVM_FLAGS for $jar
  mock_flags=("${MOCK_JVM_FLAGS[@]}")
  # For the start-up table also the MOCK_JVM=short set (C1 only, bin/mock's flags before issue 13),
  # with its own AOT cache: what the long-running set costs at start-up.
  read -r -a mock_short_flags <<<"$(MOCK_JVM=short; . "$root/bin/mock-jvm-flags.sh" >&2; printf '%s' "${MOCK_JVM_FLAGS[*]}")"
else
  exec_line=$(grep -E '^[[:space:]]*exec "\$JAVA" ' bin/mock | tail -n 1)
  flags=${exec_line#*\"\$JAVA\" }
  flags=${flags%%-jar *}
  case "$flags" in *'$'*|*'"'*|'') die "cannot read the JVM flags from bin/mock's exec line ($exec_line); set BENCH_MOCK_JVM_FLAGS" ;; esac
  read -r -a mock_flags <<<"$flags"
fi
# The ceiling gets the same flags, minus the mock's class-data/AOT cache (made for the mock's jar).
ceiling_flags=()
for f in "${mock_flags[@]}"; do
  case "$f" in -XX:AOTCache=* | -XX:SharedArchiveFile=*) ;; *) ceiling_flags+=("$f") ;; esac
done
jar_sum=$(sha256sum "$jar" | cut -d' ' -f1)

ts=$(date -u +%Y%m%dT%H%M%SZ)
results="$root/bench/results"
out="$results/$ts"
mkdir -p "$out/logs" "$out/wrk" "$out/workload"
raw="$out/raw.tsv"
meta="$out/meta.tsv"
: >"$raw"
: >"$meta"

sezzle="$root/specs/sezzle/sezzle.yaml"
bundled=()
for dir in "$root"/specs/*/; do
  name=$(basename "$dir")
  [ -f "$dir$name.yaml" ] && bundled+=("$dir$name.yaml")
done

"$JAVA" -cp "$harness" dev.paycontract.bench.ExportWorkload "$sezzle" "$out/workload"
. "$out/workload/workload.env" # ORDER_PATH, CUSTOMER_PATH

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=$((20000 + RANDOM % 20000))
while ! port_free "$port"; do port=$((port + 1)); done
base="http://127.0.0.1:$port"

# ---------------------------------------------------------------- servers
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# server_cmd PEER SPEC... -> the command line in the array cmd
server_cmd() {
  local peer=$1
  shift
  case "$peer" in
    mock) cmd=("$JAVA" "${mock_flags[@]}" -jar "$jar" mock -p "$port" "$@") ;;
    mock-short) cmd=("$JAVA" "${mock_short_flags[@]}" -jar "$jar" mock -p "$port" "$@") ;;
    prism) cmd=("$prism" mock -p "$port" "$@") ;;
    ceiling) cmd=("$JAVA" "${ceiling_flags[@]}" -cp "$harness" dev.paycontract.bench.Ceiling "$@" "$port") ;;
    # WireMock's documented set-up for load: no request journal, no request logging to the
    # notifier, enough container threads for the connections; its stubs answer the same two
    # operations with the same example bytes (written by ExportWorkload). Default JVM flags, as
    # its documentation runs it.
    wiremock) cmd=("$JAVA" -jar "$wiremock_jar" --port "$port" --bind-address 127.0.0.1 --root-dir "$out/workload/wiremock"
      --no-request-journal --disable-request-logging --container-threads "$wiremock_threads" --disable-banner) ;;
  esac
}

# start_server PEER LOG: starts it on the server core, waits until the GET workload answers.
start_server() {
  local peer=$1 log=$2 i
  port_free "$port" || die "port $port is busy before starting $peer"
  server_cmd "$peer" "$sezzle"
  taskset -c "$server_cpu" "${cmd[@]}" >"$log" 2>&1 &
  server_pid=$!
  for i in $(seq 1 600); do
    if curl -s -o /dev/null -m 5 "$base$ORDER_PATH" -H "Authorization: $auth"; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "$peer exited during start-up (log: $log)"; }
    sleep 0.1
  done
  tail -n 30 "$log" >&2
  die "$peer did not answer within 60 s (log: $log)"
}

stop_server() {
  local i
  kill -TERM "$server_pid" 2>/dev/null || true
  for i in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

# expect_status PEER WORKLOAD STATUS CURL_ARGS...: one request before the load, status must match.
expect_status() {
  local peer=$1 workload=$2 want=$3 got
  shift 3
  got=$(curl -s -o "$out/logs/$peer-$workload.body" -w '%{http_code}' -m 30 "$@") || got="(no answer)"
  [ "$got" = "$want" ] || die "$peer answered the $workload workload with $got, expected $want (body: $out/logs/$peer-$workload.body)"
}

# The workloads each peer serves: WireMock does not validate (no 422) and has no schema to
# generate from; the ceiling has no generator either.
workloads_of() {
  case "$1" in
    mock | prism) echo get post invalid dynamic ;;
    ceiling) echo get post invalid ;;
    wiremock) echo get post ;;
  esac
}

check_answers() {
  local peer=$1 workload
  for workload in $(workloads_of "$peer"); do
    case "$workload" in
      get) expect_status "$peer" get 200 "$base$ORDER_PATH" -H "Authorization: $auth"
        [ "$(jq -cS . "$out/logs/$peer-get.body")" = "$(jq -cS . "$out/workload/expected-get.json")" ] ||
          die "$peer's GET body differs from the spec's first example (got $out/logs/$peer-get.body)" ;;
      post) expect_status "$peer" post 200 "$base$CUSTOMER_PATH" -H "Authorization: $auth" -H 'Content-Type: application/json' --data-binary "@$out/workload/valid.json" ;;
      invalid) expect_status "$peer" invalid 422 "$base$CUSTOMER_PATH" -H "Authorization: $auth" -H 'Content-Type: application/json' --data-binary "@$out/workload/invalid.json" ;;
      dynamic) expect_status "$peer" dynamic 200 "$base$ORDER_PATH" -H "Authorization: $auth" -H 'Prefer: dynamic=true'
        jq -e 'type == "object"' "$out/logs/$peer-dynamic.body" >/dev/null 2>&1 ||
          die "$peer's dynamic GET answered no JSON object (got $out/logs/$peer-dynamic.body)"
        [ "$(jq -cS . "$out/logs/$peer-dynamic.body")" != "$(jq -cS . "$out/workload/expected-get.json")" ] ||
          die "$peer's dynamic GET answered the static example: Prefer: dynamic=true was ignored" ;;
    esac
  done
}

# ---------------------------------------------------------------- load
wrk_cmd() { # wrk_cmd WORKLOAD SECONDS -> array w
  # --timeout 10s: a slow answer counts in the latency (wrk's default drops those over 2 s).
  w=(taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"$2"s --timeout 10s --latency)
  case "$1" in
    get) w+=(-H "Authorization: $auth" "$base$ORDER_PATH") ;;
    dynamic) w+=(-H "Authorization: $auth" -H "Prefer: dynamic=true" "$base$ORDER_PATH") ;;
    post | invalid) w+=(-s "$root/bench/wrk/post.lua" "$base$CUSTOMER_PATH") ;;
  esac
}

# wrk_rows PEER WORKLOAD ROUND FILE [PREFIX]: appends wrk's figures to raw.tsv (metrics named
# PREFIX+name), failing when any answer had an unexpected status.
wrk_rows() {
  awk -v peer="$1" -v wl="$2" -v round="$3" -v file="$4" -v prefix="${5:-}" -v short="$short" '
    function ms(v) { x = v + 0; if (v ~ /us$/) return x / 1000; if (v ~ /ms$/) return x; if (v ~ /m$/) return x * 60000; return x * 1000 }
    function row(metric, value) { printf "load\t%s\t%s\t%s\t%s%s\t%s\n", wl, peer, round, prefix, metric, value }
    $1 == "50%" && prefix == "" { row("p50_ms", ms($2)) }
    $1 == "99%" && prefix == "" { row("p99_ms", ms($2)) }
    $2 == "requests" && $3 == "in" { requests = $1; if (prefix == "") row("requests", $1) }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    $1 == "Requests/sec:" { rps = $2; row("rps", $2) }
    END {
      if (rps == "") { print "error: no Requests/sec in " file > "/dev/stderr"; exit 1 }
      if (prefix == "" && requests + 0 == 0) {
        # Each workload was checked before the load; a short run on a busy machine can still see a
        # slow peer (Prism generating bodies) finish nothing in its 2 s: a warning there.
        printf "%s: %s answered no %s request in the measured run (%s)\n", short ? "warning" : "error", peer, wl, file > "/dev/stderr"
        if (!short) exit 1
      }
      if (prefix == "") { row("non_2xx", non2xx + 0); row("socket_errors", errors + 0) }
      bad = (wl == "invalid") ? requests - non2xx : non2xx + 0
      if (bad > 0) { printf "error: %s answered %d of %d %s requests with an unexpected status (%s)\n", peer, bad, requests, wl, file > "/dev/stderr"; exit 1 }
    }' "$4" >>"$raw" || die "the $2 load on $1 failed (see $4)"
}

# wrk_env WORKLOAD: the POST script's variables
wrk_env() {
  local body=valid
  [ "$1" = invalid ] && body=invalid
  export BENCH_PATH="$CUSTOMER_PATH" BENCH_BODY="$out/workload/$body.json" BENCH_AUTH="$auth"
}

# warm_up PEER ROUND: each of the peer's workloads in turn for $warmup s (discarded, but checked),
# so the JIT has seen every path before the first measurement.
warm_up() {
  local peer=$1 round=$2 workload file
  for workload in $(workloads_of "$peer"); do
    file="$out/wrk/$peer-$workload-r$round-warmup.txt"
    wrk_env "$workload"
    wrk_cmd "$workload" "$warmup"
    "${w[@]}" >"$file"
    wrk_rows "$peer" "$workload" "$round" "$file" warmup_ >/dev/null
  done
}

# run_load PEER WORKLOAD ROUND: the last $tail_s s of warm-up (recorded as warm_rps, to compare
# with the measurement: a peer in its steady state shows the same rate in both), then the
# measured run; appends rows to raw.tsv.
run_load() {
  local peer=$1 workload=$2 round=$3 file="$out/wrk/$1-$2-r$3.txt"
  wrk_env "$workload"
  wrk_cmd "$workload" "$tail_s"
  "${w[@]}" >"$file.tail"
  wrk_rows "$peer" "$workload" "$round" "$file.tail" warm_
  wrk_cmd "$workload" "$duration"
  "${w[@]}" >"$file"
  wrk_rows "$peer" "$workload" "$round" "$file"
}

rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

peers=(mock prism wiremock ceiling)
for round in $(seq 1 "$rounds"); do
  # Rotate the order each round so no peer always runs first (or on a warmer machine).
  offset=$(((round - 1) % ${#peers[@]}))
  order=("${peers[@]:offset}" "${peers[@]:0:offset}")
  for peer in "${order[@]}"; do
    say "round $round/$rounds: $peer"
    start_server "$peer" "$out/logs/$peer-r$round.log"
    check_answers "$peer"
    warm_up "$peer" "$round"
    for workload in $(workloads_of "$peer"); do
      run_load "$peer" "$workload" "$round"
    done
    printf 'rss\tafter-load\t%s\t%s\tmb\t%s\n' "$peer" "$round" "$(rss_mb "$server_pid")" >>"$raw"
    stop_server
    # Server logs grow with every request; keep their last lines only.
    tail -n 200 "$out/logs/$peer-r$round.log" >"$out/logs/$peer-r$round.tail.log" && rm "$out/logs/$peer-r$round.log"
  done
done

# ---------------------------------------------------------------- start-up
probe_expect=200 # the status the first answer must have
probe() { # probe RUN WORKLOAD PEER PATH AUTH SPEC...: one timed start
  local run=$1 workload=$2 peer=$3 path=$4 authz=$5
  shift 5
  server_cmd "$peer" "$@"
  taskset -c "$load_cpu" "$JAVA" -cp "$harness" dev.paycontract.bench.StartupProbe --runs 1 --first-run "$run" --port "$port" \
    --path "$path" --header "Authorization: $authz" --expect "$probe_expect" --workload "$workload" --peer "$peer" \
    --log "$out/logs/startup-$workload-$peer.log" -- taskset -c "$server_cpu" "${cmd[@]}" >>"$raw" ||
    die "start-up of $peer on $workload failed"
}
# Interleaved like the load: one start of each configuration per pass.
for run in $(seq 1 "$startup_runs"); do
  say "start-up $run/$startup_runs: mock, Prism, WireMock and ceiling on sezzle.yaml; mock on all bundled specs$([ "$large_spec" != skip ] && echo "; mock and Prism on the 197-operation spec")$([ ${#corpus[@]} -gt 0 ] && [ "$run" -le "$corpus_runs" ] && echo "; mock (both sets) and Prism on ${#corpus[@]} corpus specs")"
  probe "$run" sezzle mock "$ORDER_PATH" "$auth" "$sezzle"
  probe "$run" sezzle prism "$ORDER_PATH" "$auth" "$sezzle"
  probe "$run" sezzle wiremock "$ORDER_PATH" "$auth"
  probe "$run" sezzle ceiling "$ORDER_PATH" "$auth" "$sezzle"
  probe "$run" bundled mock "$ORDER_PATH" "$auth" "${bundled[@]}"
  if [ ${#mock_short_flags[@]} -gt 0 ]; then
    probe "$run" sezzle mock-short "$ORDER_PATH" "$auth" "$sezzle"
    probe "$run" bundled mock-short "$ORDER_PATH" "$auth" "${bundled[@]}"
  fi
  if [ "$large_spec" != skip ]; then
    probe "$run" large mock "$large_path" "$large_auth" "$large_spec"
    probe "$run" large prism "$large_path" "$large_auth" "$large_spec"
  fi
  # The corpus specs: the first answer is the 404 for a path none of them declares (both servers
  # answer it only once the spec is loaded), so no operation of each spec needs choosing.
  if [ "$run" -le "$corpus_runs" ]; then
    probe_expect=404
    for spec in "${corpus[@]}"; do
      probe "$run" "corpus-$(basename "$spec")" mock /__bench/startup-probe "$auth" "$spec"
      [ ${#mock_short_flags[@]} -gt 0 ] && probe "$run" "corpus-$(basename "$spec")" mock-short /__bench/startup-probe "$auth" "$spec"
      probe "$run" "corpus-$(basename "$spec")" prism /__bench/startup-probe "$auth" "$spec"
    done
    probe_expect=200
  fi
done
if grep -l '\]\[aot\]' "$out"/logs/startup-*-mock.log >/dev/null 2>&1; then
  say "warning: the JVM reported AOT cache problems (grep '[aot]' $out/logs/startup-*-mock.log); the figures are without the cache"
fi

# ---------------------------------------------------------------- in-process start
say "in-process start in a warm JVM (20 starts)"
taskset -c "$server_cpu" "$JAVA" -cp "$jar" "$root/bench/InProcessStart.java" "$sezzle" "$ORDER_PATH" "$auth" \
  >>"$raw" 2>"$out/logs/inprocess.log" || { tail -n 30 "$out/logs/inprocess.log" >&2; die "the in-process start failed"; }

# ---------------------------------------------------------------- report
jar_changed=no
[ "$(sha256sum "$jar" | cut -d' ' -f1)" = "$jar_sum" ] || jar_changed=yes
m() { printf '%s\t%s\n' "$1" "$2" >>"$meta"; }
# Commands as a reader types them: no paths of this machine.
plain() {
  local a out=()
  for a in "$@"; do a=${a//$JAVA/java}; a=${a//$root\//}; out+=("$(printf '%q' "$a")"); done
  printf '%s' "${out[*]}"
}
m date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
m mode "$mode"
m rounds "$rounds"
m duration_s "$duration"
m warmup_s "$warmup"
m warmup_tail_s "$tail_s"
m connections "$connections"
m startup_runs "$startup_runs"
m machine "$(nproc) cores, $(uname -sr), server on core $server_cpu, wrk on core $load_cpu"
m cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
m java "$("$JAVA" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//') (chosen by bin/find-jdk.sh; runs the mock and the ceiling)"
m mock_jvm_flags "$(plain "${mock_flags[@]}")"
[ ${#mock_short_flags[@]} -gt 0 ] && m mock_short_jvm_flags "$(plain "${mock_short_flags[@]}")"
m mock_jar_sha256 "$jar_sum"
[ "$jar_changed" = yes ] && m warning "mock-server.jar was rebuilt during the run: these figures mix two builds"
m ceiling_jvm_flags "$(plain "${ceiling_flags[@]}")"
m wiremock_version "$wiremock_version"
m wiremock_jvm_flags "(none: java -jar, JVM defaults)"
m node "$(node --version)"
m prism_version "$("$prism" --version)"
m wrk "$(wrk -v 2>&1 | head -n 1 || true)"
for spec in "${corpus[@]}"; do m corpus_spec "$(basename "$spec") sha256 $(sha256sum "$spec" | cut -d' ' -f1)"; done
[ "$large_spec" != skip ] && m large_spec_sha256 "$(sha256sum "$large_spec" | cut -d' ' -f1)"
m command "bench/run.sh $([ "$mode" = short ] && echo --short)"
server_cmd mock "specs/sezzle/sezzle.yaml"; m command "taskset -c $server_cpu $(plain "${cmd[@]}")"
server_cmd prism "specs/sezzle/sezzle.yaml"; m command "taskset -c $server_cpu $(plain "${cmd[@]}")"
server_cmd wiremock; m command "taskset -c $server_cpu $(plain "${cmd[@]}")  # mappings written by ExportWorkload from sezzle.yaml"
server_cmd ceiling "specs/sezzle/sezzle.yaml"; m command "taskset -c $server_cpu $(plain "${cmd[@]}")"
wrk_cmd get "$duration"; m command "$(plain "${w[@]}")"
wrk_cmd dynamic "$duration"; m command "$(plain "${w[@]}")"
wrk_cmd post "$duration"; m command "BENCH_PATH=$CUSTOMER_PATH BENCH_BODY=valid.json $(plain "${w[@]}")"
m command "BENCH_PATH=$CUSTOMER_PATH BENCH_BODY=invalid.json $(plain "${w[@]}")  # invalid.json: valid.json with amount_in_cents 0"
m command "taskset -c $load_cpu java -cp bench/harness/target/bench-harness.jar dev.paycontract.bench.StartupProbe --runs 1 --first-run N --port P --path PATH --header AUTH ... -- taskset -c $server_cpu <server command>  # $startup_runs passes"
m command "taskset -c $server_cpu java -cp mock-server/target/mock-server.jar bench/InProcessStart.java specs/sezzle/sezzle.yaml $ORDER_PATH"

"$JAVA" -cp "$harness" dev.paycontract.bench.Report "$raw" "$meta" "$results/$ts.json" "$results/$ts.md"
cat "$results/$ts.md"
say "results: bench/results/$ts.json, bench/results/$ts.md, raw data in bench/results/$ts/"
[ "$jar_changed" = no ] || die "mock-server.jar was rebuilt during the run, so the figures mix two builds; run again"
