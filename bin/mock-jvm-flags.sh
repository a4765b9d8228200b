# Sourced by bin/mock (and bench/run.sh, bench/profile.sh): sets the array MOCK_JVM_FLAGS for the
# mock jar $jar run by $JAVA. Chosen per use and measured (ADR 0020, docs/benchmarks.md):
#
# MOCK_JVM=long (default; bin/mock is kept running all day, so it lives in the steady state):
#   - full tiered compilation (C1, then C2 for the hot path): after the warm-up C2 serves about
#     1.6-3x the requests/s of C1 alone;
#   - the serial collector (one core's worth of work; G1 measured +100 MiB RSS for nothing) with a
#     small initial heap and a cap: the default initial heap is 1/64 of the machine's RAM and the
#     young generation sized from it alone pushed RSS past 256 MiB under load; the live set is
#     15-20 MB even with a 197-operation spec loaded, so 512 MB is ample headroom;
#   - -XX:MetaspaceSize=64m: no full collection for "Metadata GC Threshold" while starting;
#   - compile thresholds five times the default (-XX:CompileThresholdScaling=5): most methods hot
#     while the specs load are never hot again, and on one core their compiles and their tier-3
#     profiling code slowed the start-up itself. First answer 20-30 % sooner (bundled specs 2,022 ->
#     1,433 ms; corpus medians of 5 starts: Adyen Payment 2,165 -> 1,692, Twilio 3,584 -> 2,711,
#     Kibo customer 2,241 -> 1,644); the request path reaches the same plateau after 60-80 s of
#     load instead of 20-30 s (bench/flags.sh, 80 s warm-up: GET 23,427 vs 23,289 requests/s).
# MOCK_JVM=short (a script or CI job that starts the mock for seconds): C1 only, as before; it
#   reaches its (lower) plateau sooner and compiles less. Compile thresholds five times the default
#   (-XX:CompileThresholdScaling=5): on one core the compiler thread took as much CPU as the main
#   thread while starting, mostly for methods that are hot only during the load; with them the first
#   answer on the public corpus specs came 10-15 % sooner (median of 6 starts each: Adyen Payment
#   1,315 -> 1,160 ms, Adyen Management 1,766 -> 1,585, Twilio 1,927 -> 1,633).
#
# On JDK 25+ it also uses an AOT cache (classes loaded and linked ahead, plus the method profiles
# of a training burst: JEP 483/514/515) made by bin/mock-aot-train.sh with the same flags, the
# first time the jar is started and again whenever the jar or the flags change.
case "${MOCK_JVM:-long}" in
  long) MOCK_JVM_FLAGS=(-XX:+UseSerialGC -Xms32m -Xmx512m -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=5); mock_aot_name=mock-server ;;
  short) MOCK_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5 -XX:+UseSerialGC); mock_aot_name=mock-server-short ;;
  *) echo "error: MOCK_JVM must be long or short, not '$MOCK_JVM'" >&2; exit 2 ;;
esac
mock_java_major=$(paycontract_java_major "$(dirname "$(dirname "$JAVA")")")
if [ "${mock_java_major:-0}" -ge 25 ] && [ "${MOCK_AOT:-on}" != off ]; then
  mock_aot="$(dirname "$jar")/$mock_aot_name.aot"
  # The cache is only as good as its match with the flags it is used with: keep them beside it.
  if [ ! -f "$mock_aot" ] || [ "$jar" -nt "$mock_aot" ] || [ "$(cat "$mock_aot.flags" 2>/dev/null)" != "${MOCK_JVM_FLAGS[*]}" ]; then
    echo "Preparing the start-up cache for this build (once, about 10 s; MOCK_AOT=off skips it)..." >&2
    if MOCK_JAR="$jar" "$(dirname "${BASH_SOURCE[0]}")/mock-aot-train.sh" "$mock_aot" "${MOCK_JVM_FLAGS[@]}" >&2; then
      printf '%s\n' "${MOCK_JVM_FLAGS[*]}" >"$mock_aot.flags"
    else
      echo "warning: no start-up cache; the mock starts without it" >&2
    fi
  fi
  if [ -f "$mock_aot" ] && [ ! "$jar" -nt "$mock_aot" ] && [ "$(cat "$mock_aot.flags" 2>/dev/null)" = "${MOCK_JVM_FLAGS[*]}" ]; then
    MOCK_JVM_FLAGS=(-XX:AOTCache="$mock_aot" "${MOCK_JVM_FLAGS[@]}")
  fi
fi
