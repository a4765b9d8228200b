# Sourced by the scripts in bin/: sets JAVA to the java binary of a JDK 21 or newer, or exits 1
# saying what to install. Looks where the Maven toolchains plugin looks: JAVA_HOME, the java on
# PATH, JAVA*_HOME variables, and the usual JVM folders. Prefers JAVA_HOME, then the newest JDK.

paycontract_java_major() { # $1 = a JDK home; prints its feature version, or nothing
  local release="$1/release" v
  [ -f "$release" ] && [ -x "$1/bin/java" ] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$release")
  case "$v" in 1.*) echo 8 ;; "") ;; *) echo "${v%%[.+-]*}" ;; esac
}

paycontract_find_java() {
  local min=21 best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(paycontract_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then JAVA="$JAVA_HOME/bin/java"; return 0; fi
  fi
  local candidates=()
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  while IFS='=' read -r name value; do
    case "$name" in JAVA*_HOME|JDK*_HOME) candidates+=("$value") ;; esac
  done < <(env)
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* "$HOME"/.m2/jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    major=$(paycontract_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK $min or newer found (the default java may stay 17)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin JDK from https://adoptium.net," >&2
    echo "into /usr/lib/jvm, ~/.sdkman or ~/.jdks, or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA="$best/bin/java"
}

paycontract_find_java
