#!/usr/bin/env bash
# Overhead benchmarks: JMH on the analyzer hot path, then the whole-process comparison of no agent,
# Driftwatch and the official OpenTelemetry Java agent. Prints a Markdown report and writes it to
# benchmarks/target/results.md. Defaults finish in about 10 minutes on 2 cores; see benchmarks/README.md.
#
# Settings (environment variables, defaults in brackets):
#   ROUNDS [3]  app JVMs per configuration and mode; WARMUP_SECONDS [2], MEASURE_SECONDS [3] per call type;
#   MIN_CALLS [50]; THREADS [4], THROUGHPUT_WARMUP_SECONDS [2], THROUGHPUT_SECONDS [4]; DOWN_SECONDS [5];
#   JMH_WARMUP_ITERATIONS [2], JMH_ITERATIONS [3], JMH_SECONDS [1], JMH_FORKS [1];
#   SKIP_BUILD=1 (use the jars already built), SKIP_JMH=1, SKIP_PROCESS=1;
#   BASELINE_AGENT_JAR: an earlier build of the agent, run as a fourth configuration in the same rounds.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
TARGET=$BENCH/target
DRIFTWATCH_JAR=$ROOT/agent/target/driftwatch-agent.jar
EXTENSION_JAR=$ROOT/agent/extension/target/driftwatch-extension.jar
OFFICIAL_JAR=$TARGET/agents/opentelemetry-javaagent.jar

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building the agent and the benchmarks module (mvn package -DskipTests)"
  mvn -q -B package -DskipTests -Pofficial-agent -pl agent,agent/extension,benchmarks -am
fi

CLASSPATH_BENCH="$TARGET/classes:$TARGET/app-lib/*:$TARGET/bench-lib/*"
CLASSPATH_APP="$TARGET/classes:$TARGET/app-lib/*"
mkdir -p "$TARGET"
rm -f "$TARGET/jmh-table.md" "$TARGET/overhead/overhead-table.md"

if [[ "${SKIP_JMH:-0}" != 1 ]]; then
  echo "== JMH: analyzer hot path (-prof gc)"
  java -cp "$CLASSPATH_BENCH" org.openjdk.jmh.Main AnalyzerHotPathBenchmark \
    -wi "${JMH_WARMUP_ITERATIONS:-2}" -i "${JMH_ITERATIONS:-3}" \
    -w "${JMH_SECONDS:-1}s" -r "${JMH_SECONDS:-1}s" -f "${JMH_FORKS:-1}" \
    -prof gc -rf json -rff "$TARGET/jmh-results.json" > "$TARGET/jmh-output.txt"
  java -cp "$CLASSPATH_BENCH" io.driftwatch.benchmarks.analyzer.JmhTable \
    "$TARGET/jmh-results.json" "$TARGET/jmh-table.md" > /dev/null
fi

process_status=0
if [[ "${SKIP_PROCESS:-0}" != 1 ]]; then
  echo "== whole process: no agent, Driftwatch, OpenTelemetry Java agent, with the extension (logs in $TARGET/overhead/logs)"
  java -cp "$CLASSPATH_BENCH" io.driftwatch.benchmarks.overhead.OverheadHarness \
    driftwatchAgent="$DRIFTWATCH_JAR" officialAgent="$OFFICIAL_JAR" baselineAgent="${BASELINE_AGENT_JAR:-}" \
    extensionAgent="$EXTENSION_JAR" \
    appClassPath="$CLASSPATH_APP" \
    out="$TARGET/overhead" rounds="${ROUNDS:-3}" \
    warmupSeconds="${WARMUP_SECONDS:-2}" measureSeconds="${MEASURE_SECONDS:-3}" minCalls="${MIN_CALLS:-50}" \
    threads="${THREADS:-4}" throughputWarmupSeconds="${THROUGHPUT_WARMUP_SECONDS:-2}" \
    throughputSeconds="${THROUGHPUT_SECONDS:-4}" downSeconds="${DOWN_SECONDS:-5}" \
    | grep --line-buffered '^\[harness\]' || process_status=$?
fi

{
  echo "# Driftwatch overhead results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)," \
    "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)," \
    "agent jar $(du -h "$DRIFTWATCH_JAR" 2>/dev/null | cut -f1 || echo '?')."
  echo
  echo "## Analyzer hot path (JMH, ns/op and bytes/op; ratios to one readTree of the body)"
  echo
  echo "JMH: ${JMH_WARMUP_ITERATIONS:-2} warm-up and ${JMH_ITERATIONS:-3} measured iterations of ${JMH_SECONDS:-1} s, ${JMH_FORKS:-1} fork(s)."
  echo
  cat "$TARGET/jmh-table.md" 2>/dev/null || echo "(not run)"
  echo
  echo "## Whole process (medians over rounds; ratios to no agent in the same run)"
  echo
  cat "$TARGET/overhead/overhead-table.md" 2>/dev/null || echo "(not run)"
} > "$TARGET/results.md"

cat "$TARGET/results.md"
echo
echo "written to $TARGET/results.md"
exit "$process_status"
