# Shared by every script in jobs/: where the project is, how to build it, and the classpath for local runs.
# Sourced, not executed.
OPEDLENS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPEDLENS_JAR="$OPEDLENS_HOME/target/opedlens-0.1.0.jar"
OPEDLENS_JOB_JAR="$OPEDLENS_HOME/target/opedlens-0.1.0-job.jar"
OPEDLENS_CP_FILE="$OPEDLENS_HOME/target/classpath.txt"
# Spark must bind to loopback in local mode and in the local standalone cluster.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# ... and advertise that address, not a host name that might resolve elsewhere.
export SPARK_LOCAL_HOSTNAME="${SPARK_LOCAL_HOSTNAME:-$SPARK_LOCAL_IP}"

# Builds the jar and the runtime classpath when any source, resource or the pom is newer than the jar.
# OPEDLENS_NO_BUILD=1 uses the jars as they are (the integration tests set it: Maven has just built them).
opedlens_build_if_needed() {
  if [ "${OPEDLENS_NO_BUILD:-0}" = 1 ]; then
    [ -f "$OPEDLENS_JAR" ] && [ -f "$OPEDLENS_JOB_JAR" ] && [ -f "$OPEDLENS_CP_FILE" ] \
      || { echo "[opedlens] jars or $OPEDLENS_CP_FILE missing under target/: run mvn package first" >&2; exit 1; }
    return 0
  fi
  local stale=0
  if [ ! -f "$OPEDLENS_JAR" ] || [ ! -f "$OPEDLENS_JOB_JAR" ] || [ ! -f "$OPEDLENS_CP_FILE" ]; then
    stale=1
  elif [ -n "$(find "$OPEDLENS_HOME/src/main" "$OPEDLENS_HOME/pom.xml" -newer "$OPEDLENS_JAR" -type f -print -quit)" ]; then
    stale=1
  fi
  if [ "$stale" = 1 ]; then
    echo "[opedlens] building (mvn package, tests skipped) ..." >&2
    (cd "$OPEDLENS_HOME" && mvn -q -B -DskipTests package \
      && mvn -q -B dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile="$OPEDLENS_CP_FILE") >&2 \
      || { echo "[opedlens] build failed" >&2; exit 1; }
  fi
}

opedlens_java() {
  opedlens_build_if_needed
  exec java @"$OPEDLENS_HOME/jobs/jvm.args" -Dlog4j2.configurationFile="$OPEDLENS_HOME/jobs/log4j2.properties" \
    ${OPEDLENS_JAVA_OPTS:-} \
    -cp "$OPEDLENS_JAR:$(cat "$OPEDLENS_CP_FILE")" "$@"
}

# The flags of jobs/jvm.args on one line, for spark.driver/executor.extraJavaOptions (which take no @argfiles).
opedlens_java_flags() {
  grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$OPEDLENS_HOME/jobs/jvm.args" | tr '\n' ' ' | sed 's/ *$//'
}

# Makes $1 usable as SPARK_HOME without a Spark distribution: a jars/ folder of symlinks to the Maven classpath
# (Spark's Worker builds its executors' classpath from $SPARK_HOME/jars). Use with SPARK_SCALA_VERSION=2.13.
opedlens_spark_home() {
  local home="$1" entry
  mkdir -p "$home/jars"
  find "$home/jars" -maxdepth 1 -type l -delete
  tr ':' '\n' < "$OPEDLENS_CP_FILE" | while IFS= read -r entry; do
    case "$entry" in *.jar) ln -sf "$entry" "$home/jars/" ;; esac
  done
}
