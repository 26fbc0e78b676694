#!/usr/bin/env bash
# Exit time of a one-call openai-java application, whole process, interleaved runs: no agent,
# Driftwatch and the official OpenTelemetry Java agent, each against a collector that is down,
# black-holed, slow (10 s per answer), answering 500, answering 413, or healthy.
# Needs: agent/target/driftwatch-agent.jar and the samples built (see README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
AGENT=${AGENT:-agent/target/driftwatch-agent.jar}
OFFICIAL=${OFFICIAL:-$HOME/.m2/repository/io/opentelemetry/javaagent/opentelemetry-javaagent/2.33.1/opentelemetry-javaagent-2.33.1.jar}
FAULTS=${FAULTS:-"down blackhole slow http500 http413 healthy"}
WORK=${WORK:-benchmarks/exit-time/target}
APP_CP="$WORK/classes:samples/openai-chat-demo/target/lib/*"
mkdir -p "$WORK/classes" "$WORK/logs"

javac -cp "samples/openai-chat-demo/target/lib/*" -d "$WORK/classes" benchmarks/exit-time/OneCall.java

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

STANDIN_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -cp "samples/provider-stand-in/target/classes:samples/provider-stand-in/target/lib/*" \
  io.driftwatch.samples.standin.ProviderStandInMain --port "$STANDIN_PORT" >"$WORK/logs/stand-in.log" 2>&1 &
pids+=($!)
java benchmarks/exit-time/FaultyCollector.java >"$WORK/ports.txt" 2>"$WORK/logs/collector.log" &
pids+=($!)
until [ "$(wc -l <"$WORK/ports.txt")" -ge 6 ] && (exec 3<>/dev/tcp/127.0.0.1/"$STANDIN_PORT") 2>/dev/null; do sleep 0.2; done
port_of() { awk -v f="$1" '$1 == f { print $2 }' "$WORK/ports.txt"; }

columns=("none")
[ -f "$AGENT" ] && columns+=("driftwatch")
[ -f "$OFFICIAL" ] && columns+=("official")
: >"$WORK/samples.tsv"

# One run: prints "total_ms exit_ms" (exit = process end minus the moment main returned).
one_run() {
  local column=$1 fault=$2 log=$WORK/logs/$1-$2.log
  local -a agent_args=()
  case $column in
    driftwatch) agent_args=("-javaagent:$AGENT") ;;
    official) agent_args=("-javaagent:$OFFICIAL") ;;
  esac
  local start end ended
  start=$(date +%s%3N)
  env -u JAVA_TOOL_OPTIONS $(env | awk -F= '/^OTEL_/ { printf "-u %s ", $1 }') \
    OTEL_SERVICE_NAME=exit-time OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$(port_of "$fault")" \
    java ${agent_args[@]+"${agent_args[@]}"} -cp "$APP_CP" OneCall "http://127.0.0.1:$STANDIN_PORT/v1" >"$log" 2>&1
  end=$(date +%s%3N)
  ended=$(sed -n 's/^main-ended-at-ms=//p' "$log")
  echo "$((end - start)) $((end - ended))"
}

for run in $(seq 1 "$RUNS"); do
  for fault in $FAULTS; do
    for column in "${columns[@]}"; do
      if [ "$column" = none ] && [ "$fault" != "$(echo $FAULTS | awk '{print $1}')" ]; then
        # without an agent the collector plays no part: one baseline run per round, every round
        # still interleaved with the agent runs
        continue
      fi
      read -r total exit_ms < <(one_run "$column" "$fault")
      printf '%s\t%s\t%s\t%s\n' "$column" "$fault" "$total" "$exit_ms" >>"$WORK/samples.tsv"
      echo "run $run $column $fault: total ${total} ms, exit ${exit_ms} ms" >&2
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
col_median() { awk -F'\t' -v c="$1" -v f="$2" -v k="$3" '$1 == c && (f == "*" || $2 == f) { print $k }' "$WORK/samples.tsv" | median; }

base_exit=$(col_median none '*' 4)
base_total=$(col_median none '*' 3)
{
  echo "Medians of $RUNS interleaved runs. exit = from main returning to process end; total = whole process."
  echo "No agent: exit ${base_exit} ms, total ${base_total} ms. Cells: exit ms (added exit ms over no agent) / total ms."
  echo
  header="| Collector |"; rule="|---|"
  for column in "${columns[@]}"; do [ "$column" = none ] || { header+=" $column |"; rule+="---|"; }; done
  echo "$header"; echo "$rule"
  for fault in $FAULTS; do
    row="| $fault |"
    for column in "${columns[@]}"; do
      [ "$column" = none ] && continue
      e=$(col_median "$column" "$fault" 4); t=$(col_median "$column" "$fault" 3)
      row+=" $e (+$((e - base_exit))) / $t |"
    done
    echo "$row"
  done
} | tee "$WORK/results.md"
