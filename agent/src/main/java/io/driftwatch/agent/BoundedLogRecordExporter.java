package io.driftwatch.agent;

import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;

/** The configured log record exporter behind an {@link ExportGate}. */
final class BoundedLogRecordExporter extends GatedExporter<LogRecordData> implements LogRecordExporter {

  BoundedLogRecordExporter(LogRecordExporter delegate, ExportGate gate) {
    super(gate, delegate, delegate::export, delegate::flush, delegate::shutdown);
  }
}
