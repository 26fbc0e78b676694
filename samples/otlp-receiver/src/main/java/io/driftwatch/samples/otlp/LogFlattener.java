package io.driftwatch.samples.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Unfolds the resource -> scope -> record nesting of a logs export request into one ReceivedLog per record. */
final class LogFlattener {

  private static final HexFormat HEX = HexFormat.of();

  private LogFlattener() {}

  static List<ReceivedLog> flatten(ExportLogsServiceRequest request) {
    List<ReceivedLog> logs = new ArrayList<>();
    for (ResourceLogs resourceLogs : request.getResourceLogsList()) {
      Map<String, Object> resource = ProtoAttributes.toMap(resourceLogs.getResource().getAttributesList());
      for (ScopeLogs scopeLogs : resourceLogs.getScopeLogsList()) {
        String scopeName = scopeLogs.getScope().getName();
        for (LogRecord record : scopeLogs.getLogRecordsList()) {
          logs.add(new ReceivedLog(record.getEventName(), HEX.formatHex(record.getTraceId().toByteArray()),
              HEX.formatHex(record.getSpanId().toByteArray()), record.getTimeUnixNano(), record.getSeverityText(),
              ProtoAttributes.toMap(record.getAttributesList()), resource, scopeName));
        }
      }
    }
    return logs;
  }
}
