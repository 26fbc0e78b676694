#!/usr/bin/env bash
# Builds everything, starts the local provider stand-in, and runs the openai-java demo with the
# agent attached. Telemetry goes to an OpenTelemetry Collector on 127.0.0.1:4318 if one is
# running (see otel-collector/), otherwise to a local OTLP receiver that prints what arrives.
set -euo pipefail
cd "$(dirname "$0")/.."

STANDIN_PORT=${STANDIN_PORT:-18080}
OTLP_PORT=${OTLP_PORT:-4318}
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== building (mvn -q -DskipTests install)"
mvn -q -B -DskipTests install

echo "== starting the provider stand-in on 127.0.0.1:${STANDIN_PORT}"
java -cp "samples/provider-stand-in/target/classes:samples/provider-stand-in/target/lib/*" \
  io.driftwatch.samples.standin.ProviderStandInMain --port "$STANDIN_PORT" &
pids+=($!)

if (exec 3<>/dev/tcp/127.0.0.1/"$OTLP_PORT") 2>/dev/null; then
  echo "== a collector answers on 127.0.0.1:${OTLP_PORT}: telemetry goes there (Jaeger: http://localhost:16686)"
else
  echo "== no collector on 127.0.0.1:${OTLP_PORT}: starting a local OTLP receiver that prints telemetry"
  java -cp "samples/otlp-receiver/target/classes:samples/otlp-receiver/target/lib/*" \
    io.driftwatch.samples.otlp.OtlpReceiverMain --port "$OTLP_PORT" &
  pids+=($!)
fi
sleep 2

echo "== running the unmodified openai-java demo with -javaagent:agent/target/driftwatch-agent.jar"
OTEL_SERVICE_NAME=openai-chat-demo \
OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:${OTLP_PORT}" \
OTEL_METRIC_EXPORT_INTERVAL=1000 \
OPENAI_BASE_URL="http://127.0.0.1:${STANDIN_PORT}/v1" \
java -javaagent:agent/target/driftwatch-agent.jar \
  -cp "samples/openai-chat-demo/target/classes:samples/openai-chat-demo/target/lib/*" \
  io.driftwatch.samples.demo.OpenAiChatDemo
sleep 2
echo "== done"
