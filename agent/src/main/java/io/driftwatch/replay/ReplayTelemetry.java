package io.driftwatch.replay;

import io.driftwatch.genai.emit.Catalogue;
import io.driftwatch.genai.emit.quality.QualityEmitter;
import io.driftwatch.genai.emit.quality.QualityScore;
import io.driftwatch.genai.emit.quality.RecentCalls;
import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sends each replayed call's scores the way the agent sends an application's quality scores
 * ({@link QualityEmitter}): a {@code gen_ai.evaluation.result} event and a point of
 * {@code driftwatch.llm.quality.score}, with the recorded call's provider, model and prompt version
 * and {@code driftwatch.evaluation.source=replay}. Exported over the configured OTLP endpoint.
 */
final class ReplayTelemetry implements AutoCloseable {

  static final String TOKEN_F1 = "replay.token_f1";
  static final String STRUCTURE = "replay.structure";
  static final String EMBEDDINGS_COSINE = "replay.embeddings_cosine";
  private static final String SCOPE = "io.driftwatch.replay";

  private final OpenTelemetrySdk sdk;
  private final QualityEmitter emitter;

  ReplayTelemetry(OpenTelemetrySdk sdk, DropCounter drops) {
    this.sdk = sdk;
    this.emitter = new QualityEmitter(sdk.getTracer(SCOPE), sdk.getMeter(SCOPE), new RecentCalls(), drops);
  }

  void record(ReplayedCall call, double tokenF1, Boolean sameStructure) {
    ReplayCase recorded = call.recorded();
    Attributes attributes = Attributes.builder()
        .put(Catalogue.PROVIDER_NAME, recorded.provider())
        .put(Catalogue.OPERATION_NAME, recorded.operation() == null ? "chat" : recorded.operation())
        .put(Catalogue.REQUEST_MODEL, recorded.model())
        .put(Catalogue.PROMPT_VERSION, recorded.promptVersion())
        .build();
    String responseId = call.now().report().response().id();
    emit(responseId, TOKEN_F1, tokenF1, attributes);
    if (sameStructure != null) {
      emit(responseId, STRUCTURE, sameStructure ? 1 : 0, attributes);
    }
    if (call.cosine() != null) {
      emit(responseId, EMBEDDINGS_COSINE, call.cosine(), attributes);
    }
  }

  private void emit(String responseId, String name, double score, Attributes attributes) {
    Instant now = Instant.now();
    emitter.emitReplay(new QualityScore(responseId == null ? "" : responseId, name, score, null, null,
        now.getEpochSecond() * 1_000_000_000L + now.getNano()), attributes);
  }

  @Override
  public void close() {
    sdk.shutdown().join(10, TimeUnit.SECONDS);
  }
}
