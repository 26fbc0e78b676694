package io.driftwatch.genai.replay;

import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.analysis.content.ContentRedactor;
import io.driftwatch.genai.analysis.outcome.Outcome;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.config.ReplaySettings;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.genai.util.LruMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the calls the replay set keeps, on the analyzer thread: successful calls whose answer was
 * checked, in a format that can be sent again, one in {@code sampleEvery} per (provider, model,
 * prompt version) and the first of each always. The writer does the rest on its own thread.
 */
public final class ReplayRecorder {

  private static final int COUNTED_KEYS = 1024;

  private final ReplaySetWriter writer;
  private final int sampleEvery;
  private final Map<String, long[]> seenPerKey = new LruMap<>(COUNTED_KEYS);

  ReplayRecorder(ReplaySetWriter writer, int sampleEvery) {
    this.writer = writer;
    this.sampleEvery = sampleEvery;
  }

  /** @return a started recorder, or null when no replay folder is configured */
  public static ReplayRecorder start(ReplaySettings settings, List<Pattern> extraRedactions,
      DropCounter drops) {
    if (!settings.enabled()) {
      return null;
    }
    ReplaySetWriter writer = new ReplaySetWriter(Path.of(settings.directory()), settings.maxBytes(), settings.perKey(),
        new RequestRedaction(new ContentRedactor(extraRedactions)), drops);
    return new ReplayRecorder(writer.start(), settings.sampleEvery());
  }

  public void offer(LlmExchange exchange, AnalyzedCall analyzed) {
    CallReport report = analyzed.report();
    String format = exchange.endpoint().format() instanceof Enum<?> named ? named.name() : null;
    byte[] body = exchange.requestBody();
    if (body == null || !report.behavior().checked() || !Outcome.SUCCESS.label().equals(report.result().outcome())
        || ReplayRoutes.forFormat(format) == null) {
      return;
    }
    String model = report.request().model() == null ? "unknown" : report.request().model();
    String promptVersion = report.runbook() == null || report.runbook().promptVersion() == null
        ? ReplayCase.UNKNOWN_PROMPT_VERSION : report.runbook().promptVersion();
    String provider = report.target().providerName();
    long[] seen = seenPerKey.computeIfAbsent(ReplayCase.keyOf(provider, model, promptVersion), key -> new long[1]);
    if (seen[0]++ % sampleEvery != 0) {
      return;
    }
    CallReport.Behavior behavior = report.behavior();
    writer.offer(new ReplaySetWriter.SampledCall(report.timings().startEpochNanos() / 1_000_000L, provider, format,
        report.target().operationName(), model, report.response().model(), promptVersion, body, analyzed.answer(),
        analyzed.answerComplete(), Boolean.TRUE.equals(behavior.refusal()), behavior.formatCompliant(),
        behavior.outputLength()));
  }

  public void shutdown(long timeoutMillis) {
    writer.shutdown(timeoutMillis);
  }
}
