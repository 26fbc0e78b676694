#!/usr/bin/env bash
# The incident drill in one command: builds everything, then runs the sample RAG app (LangChain4j)
# with the agent attached through nine scenarios against the local provider, vector-store and MCP
# stand-ins: rate-limit storm, auth failure, 5xx brown-out, total outage, silent model update,
# prompt regression, retrieval degradation, a broken MCP tool and an ordinary busy hour. For each it records what the agent exported,
# has promtool run the real alert rules on it, and prints the alerts that fired (minutes after the
# onset), the triage domain and the next step from the runbook. Needs promtool (apt-get install
# prometheus). Reports: samples/incident-drill/target/drill/drill-report.{md,json,html}.
#
# Options go to the drill: --short (fewer calls, as CI runs it), --scenario NAME,
# --app langchain4j|spring-ai (the same app on another SDK), --collector auto|none|URL (auto: also
# export to a collector on 127.0.0.1:4318 if one answers), --record DIR (also write the recordings
# there; otel-collector/tests/recordings refreshes the ones the rule tests replay).
# Exit code 0 when every scenario was triaged right.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== building (mvn -q -B -DskipTests install)"
mvn -q -B -DskipTests install
if ! grep -q "<module>samples/incident-drill</module>" pom.xml; then
  mvn -q -B -DskipTests -f samples/incident-drill/pom.xml install
fi

echo "== running the drill"
drill=samples/incident-drill/target
exec java -cp "$drill/classes:$(cat "$drill/runtime.classpath")" io.driftwatch.samples.drill.IncidentDrill "$@"
