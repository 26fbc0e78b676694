#!/usr/bin/env bash
# Start-up and class data sharing: whole-process wall and CPU time of a small app (one JDK HttpClient call
# to a loopback stand-in, then exit) with and without the agent, with the JDK's default CDS archive,
# with -Xshare:off and with an AppCDS (dynamic) archive. Runs are interleaved: each round runs every
# configuration once, in an order rotated from round to round. Prints medians as a Markdown table.
#
# Settings (environment variables, defaults in brackets):
#   JAVA_HOME [the java on PATH], ROUNDS [15], AGENT_JAR [agent/target/driftwatch-agent.jar],
#   OUT [benchmarks/target/startup], BASELINE_AGENT_JAR [none]: another build of the agent (for example
#   the one before a change), measured in the same interleaved rounds
# Build the agent first: mvn -B -q package -pl agent -am -DskipTests
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
JAR=${JAVA_HOME:+$JAVA_HOME/bin/}jar
ROUNDS=${ROUNDS:-15}
AGENT_JAR=${AGENT_JAR:-$ROOT/agent/target/driftwatch-agent.jar}
OUT=${OUT:-$ROOT/benchmarks/target/startup}

rm -rf "$OUT" && mkdir -p "$OUT/classes"
"$JAVAC" -d "$OUT/classes" "$ROOT/benchmarks/startup/StartupApp.java"
"$JAR" cfe "$OUT/startup-app.jar" StartupApp -C "$OUT/classes" .

# Exporters off: the run measures start-up and the observed call, not the export at exit.
AGENT="-javaagent:$AGENT_JAR -Dotel.traces.exporter=none -Dotel.metrics.exporter=none"
APP="-jar $OUT/startup-app.jar"

# AppCDS: one training run without the agent (JDK 13+ dynamic archive), as a user would make one;
# the JVM refuses to dump with a Java agent unless a diagnostic flag allows it.
"$JAVA" -XX:ArchiveClassesAtExit="$OUT/app.jsa" $APP > "$OUT/dump.log" 2>&1 || { cat "$OUT/dump.log"; exit 1; }

NAMES=("no agent" "agent" "no agent, -Xshare:off" "agent, -Xshare:off"
  "no agent, AppCDS" "agent, AppCDS")
FLAGS=("" "$AGENT" "-Xshare:off" "-Xshare:off $AGENT"
  "-XX:SharedArchiveFile=$OUT/app.jsa" "-XX:SharedArchiveFile=$OUT/app.jsa $AGENT")
if [[ -n "${BASELINE_AGENT_JAR:-}" ]]; then
  BASELINE="-javaagent:$BASELINE_AGENT_JAR -Dotel.traces.exporter=none -Dotel.metrics.exporter=none"
  NAMES+=("baseline agent" "baseline agent, -Xshare:off" "baseline agent, AppCDS")
  FLAGS+=("$BASELINE" "-Xshare:off $BASELINE" "-XX:SharedArchiveFile=$OUT/app.jsa $BASELINE")
fi
COUNT=${#NAMES[@]}

# One warm-up round, not recorded (page cache).
for ((c = 0; c < COUNT; c++)); do "$JAVA" ${FLAGS[$c]} $APP > /dev/null 2>&1; done

TIMEFORMAT='%3R %3U %3S'
for ((r = 0; r < ROUNDS; r++)); do
  for ((i = 0; i < COUNT; i++)); do
    c=$(((i + r) % COUNT))
    # wall, user and system seconds of the whole java process
    { time "$JAVA" ${FLAGS[$c]} $APP > "$OUT/run.out" 2> "$OUT/run.err"; } 2> "$OUT/run.time"
    grep -q '^status=200$' "$OUT/run.out" || { echo "run failed: ${NAMES[$c]}"; cat "$OUT/run.err"; exit 1; }
    read -r wall user sys < "$OUT/run.time"
    awk -v w="$wall" 'BEGIN { printf "%d\n", w * 1000 }' >> "$OUT/times-$c.txt"
    awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d\n", (u + s) * 1000 }' >> "$OUT/cpu-$c.txt"
    if grep -q 'Sharing is only supported for boot loader classes' "$OUT/run.err"; then touch "$OUT/warned-$c"; fi
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
base=$(median "$OUT/times-0.txt")
cpubase=$(median "$OUT/cpu-0.txt")
echo "$("$JAVA" -version 2>&1 | head -1), $ROUNDS interleaved rounds, medians"
echo
echo "| Configuration | Wall ms | vs no agent | CPU ms (user+sys) | vs no agent | CDS warning |"
echo "|---|---:|---:|---:|---:|---|"
for ((c = 0; c < COUNT; c++)); do
  m=$(median "$OUT/times-$c.txt")
  cpu=$(median "$OUT/cpu-$c.txt")
  warned=no; [[ -e "$OUT/warned-$c" ]] && warned=yes
  echo "| ${NAMES[$c]} | $m | $((m - base)) | $cpu | $((cpu - cpubase)) | $warned |"
done
