#!/usr/bin/env bash
# Creates a JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) for the
# mock server's shaded jar by one training run: starts the mock on the bundled specs with
# -XX:AOTCacheOutput, sends each kind of request a user sends (a GET with an example, a valid
# POST, an invalid POST, an unknown path, a CORS preflight), then a burst of a few hundred of each
# (with curl's parallel mode) so the cache holds the request path's method profiles, then stops it;
# the JVM writes the cache as it exits.
#
#   bin/mock-aot-train.sh [CACHE [JVM_FLAG...]]
#     CACHE      default mock-server/target/mock-server.aot
#     JVM_FLAG   the flags the cache will be used with; default those of bin/mock (MOCK_JVM=long)
#
# Use it with the same jar path and flags:  java -XX:AOTCache=CACHE JVM_FLAG... -jar JAR ...
# The cache is written to a temporary name and renamed, so parallel first runs cannot corrupt it.
# MOCK_JAR overrides the jar (default mock-server/target/mock-server.jar); MOCK_AOT_TRAIN_REQUESTS
# the burst's requests per kind (default 300; 0 skips the burst).
# The JVM ignores a cache that does not match the jar (with a warning) and starts normally, so a
# stale cache costs nothing but the speed-up. Needs JDK 25+ (JDK 24 needs the two-step
# -XX:AOTMode=record / create instead of -XX:AOTCacheOutput).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bin/find-jdk.sh"

jar=${MOCK_JAR:-${BENCH_MOCK_JAR:-$root/mock-server/target/mock-server.jar}}
cache=${1:-$root/mock-server/target/mock-server.aot}
[ $# -gt 0 ] && shift
flags=("$@")
# The default is bin/mock-jvm-flags.sh's MOCK_JVM=long set (bin/mock always passes its flags).
[ ${#flags[@]} -gt 0 ] || flags=(-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=5)
[ -f "$jar" ] || { echo "error: $jar is missing; build it with ./mvnw -pl mock-server -am package" >&2; exit 1; }
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${major:-0}" -ge 25 ] || { echo "error: the AOT cache needs JDK 25+ ($JAVA is $major)" >&2; exit 1; }

specs=()
for dir in "$root"/specs/*/; do
  name=$(basename "$dir")
  [ -f "$dir$name.yaml" ] && specs+=("$dir$name.yaml")
done
# The bundled specs are OpenAPI 3.0; a small 3.1 document (mounted apart) puts the classes of the
# 3.1 path (Swagger Parser's 3.1 model, the 3.1 schema dialect) in the cache too.
spec31="$root/mock-server/src/test/resources/prism-probe/probe-oas31.yaml"
[ -f "$spec31" ] && specs+=("--mount=/__aot31=$spec31")
port=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
log=$(mktemp)
tmp="$cache.$$.tmp"
trap 'rm -f "$log" "$tmp" "$tmp.config" "$tmp.curl" "$tmp.valid" "$tmp.invalid"' EXIT

"$JAVA" -XX:AOTCacheOutput="$tmp" "${flags[@]}" -jar "$jar" mock -p "$port" "${specs[@]}" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "$base/" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "error: the training run exited early" >&2; exit 1; }
  sleep 0.1
done
order=/v2/order/6c9db5d4-d09a-4224-860a-b5438ac32ca8
create=/v2/customer/b7e3f2a1-4c5d-4e6f-8a9b-0c1d2e3f4a5b/order
for _ in 1 2 3; do
  curl -s -o /dev/null -H 'Authorization: t' "$base$order"
  curl -s -o /dev/null -H 'Authorization: t' -H 'Content-Type: application/json' \
    -d '{"intent":"AUTH","reference_id":"r1","order_amount":{"amount_in_cents":5000,"currency":"USD"}}' "$base$create"
  curl -s -o /dev/null -H 'Authorization: t' -H 'Content-Type: application/json' \
    -d '{"intent":"AUTH","reference_id":"r1","order_amount":{"amount_in_cents":0,"currency":"USD"}}' "$base$create"
  curl -s -o /dev/null "$base$order"
  curl -s -o /dev/null "$base/nowhere"
  curl -s -o /dev/null -X OPTIONS -H 'Origin: http://x' -H 'Access-Control-Request-Method: POST' "$base$create"
  if [ -f "$spec31" ]; then
    for amount in 5000 0; do
      curl -s -o /dev/null -H 'Authorization: Bearer t' -H 'Content-Type: application/json' \
        -d '{"intent":"AUTH","order_amount":{"amount_in_cents":'$amount',"currency":"USD"}}' \
        "$base/__aot31${create#/v2}"
    done
  fi
done
# Then a burst of the same requests, $MOCK_AOT_TRAIN_REQUESTS of each kind, 8 at a time: the cache
# also keeps the method profiles of the training run (JEP 515), so with full tiered compilation
# the JIT compiles the request path with C2 sooner after each start (see ADR 0020).
n=${MOCK_AOT_TRAIN_REQUESTS:-300}
if [ "$n" -gt 0 ]; then
  printf '{"intent":"AUTH","reference_id":"r1","order_amount":{"amount_in_cents":5000,"currency":"USD"}}' >"$tmp.valid"
  printf '{"intent":"AUTH","reference_id":"r1","order_amount":{"amount_in_cents":0,"currency":"USD"}}' >"$tmp.invalid"
  for _ in $(seq 1 "$n"); do
    printf 'url = "%s"\nheader = "Authorization: t"\noutput = "/dev/null"\nnext\n' "$base$order"
    printf 'url = "%s"\nheader = "Authorization: t"\nheader = "Prefer: dynamic=true"\noutput = "/dev/null"\nnext\n' "$base$order"
    for body in valid invalid; do
      printf 'url = "%s"\nheader = "Authorization: t"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nnext\n' "$base$create" "$tmp.$body"
    done
  done | sed '$d' >"$tmp.curl" # no "next" after the last request
  curl -s -Z --parallel-max 8 -K "$tmp.curl" 2>/dev/null || echo "warning: the training burst failed; the cache has fewer method profiles" >&2
fi
kill -TERM "$pid"
wait "$pid" || true # 143: stopped by SIGTERM, as intended
grep -q "AOTCache creation is complete" "$log" && [ -s "$tmp" ] || { cat "$log" >&2; echo "error: no AOT cache was written" >&2; exit 1; }
mv -f "$tmp" "$cache"
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
