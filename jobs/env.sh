# Shared by every script in jobs/: where the project is, how to build it, and the classpath for local runs.
# Sourced, not executed.
OPEDLENS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPEDLENS_JAR="$OPEDLENS_HOME/target/opedlens-0.1.0.jar"
OPEDLENS_JOB_JAR="$OPEDLENS_HOME/target/opedlens-0.1.0-job.jar"
OPEDLENS_CP_FILE="$OPEDLENS_HOME/target/classpath.txt"
# Spark must bind to loopback in local mode and in the local standalone cluster.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

# Builds the jar and the runtime classpath when any source, resource or the pom is newer than the jar.
opedlens_build_if_needed() {
  local stale=0
  if [ ! -f "$OPEDLENS_JAR" ] || [ ! -f "$OPEDLENS_CP_FILE" ]; then
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
