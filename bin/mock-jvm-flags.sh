# Sourced by bin/mock (and bench/run.sh): sets the array MOCK_JVM_FLAGS for the mock jar $jar run
# by $JAVA. C1 only and the serial collector: a mock is short-lived and mostly idle, so start-up
# and memory matter more than peak throughput (C2 measured no faster, ~40 MB more RSS).
# On JDK 25+ it also uses an AOT cache (classes loaded and linked ahead, JEP 483/514/515) made by
# one training run the first time the jar is started, and again whenever the jar is rebuilt.
MOCK_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
mock_java_major=$(paycontract_java_major "$(dirname "$(dirname "$JAVA")")")
if [ "${mock_java_major:-0}" -ge 25 ] && [ "${MOCK_AOT:-on}" != off ]; then
  mock_aot="${jar%.jar}.aot"
  if [ ! -f "$mock_aot" ] || [ "$jar" -nt "$mock_aot" ]; then
    echo "Preparing the start-up cache for this build (once, about 5 s; MOCK_AOT=off skips it)..." >&2
    MOCK_JAR="$jar" "$(dirname "${BASH_SOURCE[0]}")/mock-aot-train.sh" "$mock_aot" "${MOCK_JVM_FLAGS[@]}" >&2 \
      || echo "warning: no start-up cache; the mock starts without it" >&2
  fi
  if [ -f "$mock_aot" ] && [ ! "$jar" -nt "$mock_aot" ]; then
    MOCK_JVM_FLAGS=(-XX:AOTCache="$mock_aot" "${MOCK_JVM_FLAGS[@]}")
  fi
fi
