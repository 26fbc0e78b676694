package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.driftwatch.api.QualityScores;
import io.driftwatch.samples.otlp.ReceivedEvent;
import io.driftwatch.samples.otlp.ReceivedLog;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An application attaches a quality score to a call after the fact, by response id. */
@Tag("conformance")
class QualityScoreHookTest {

  @Test
  void scoreBecomesAnEvaluationEventUnderTheCallAndAHistogramWithItsModel() {
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-quality").maxRetries(0).build();
    String model = uniqueModel("gpt-4o-quality");
    ChatCompletion completion = client.chat().completions().create(
        ChatCompletionCreateParams.builder().model(model).addUserMessage("Summarise the incident").build());

    QualityScores.record(completion.id(), "faithfulness", 0.35, "hallucinated", "cites a runbook step that does not exist");

    ReceivedSpan call = spanFor(model);
    ReceivedSpan evaluation = RECEIVER.awaitSpans(s -> s.name().equals("evaluation faithfulness")
        && call.spanId().equals(s.parentSpanId()), 1, WAIT).get(0);
    assertEquals(call.traceId(), evaluation.traceId());
    ReceivedEvent result = evaluation.events().get(0);
    assertEquals("gen_ai.evaluation.result", result.name());
    assertEquals(0.35, (Double) result.attributes().get("gen_ai.evaluation.score.value"), 1e-9);
    assertEquals("hallucinated", result.attributes().get("gen_ai.evaluation.score.label"));
    assertEquals(completion.id(), result.attributes().get("gen_ai.response.id"));
    ReceivedMetric score = RECEIVER.awaitMetric("driftwatch.llm.quality.score",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && "faithfulness".equals(m.stringAttr("gen_ai.evaluation.name")),
        WAIT);
    assertEquals(0.35, score.sum(), 1e-9);
  }

  @Test
  void scoreIsAlsoAnEvaluationResultLogRecordTiedToTheCallsSpan() {
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-quality").maxRetries(0).build();
    String model = uniqueModel("gpt-4o-quality-log");
    ChatCompletion completion = client.chat().completions().create(
        ChatCompletionCreateParams.builder().model(model).addUserMessage("Summarise the incident").build());

    QualityScores.record(completion.id(), "relevance", 0.9, "relevant", null);

    ReceivedSpan call = spanFor(model);
    ReceivedLog result = RECEIVER.awaitLogs(log -> "gen_ai.evaluation.result".equals(log.eventName())
        && completion.id().equals(log.stringAttr("gen_ai.response.id")), 1, WAIT).get(0);
    assertEquals(call.traceId(), result.traceId());
    assertEquals(call.spanId(), result.spanId());
    assertEquals("relevance", result.stringAttr("gen_ai.evaluation.name"));
    assertEquals(0.9, result.doubleAttr("gen_ai.evaluation.score.value"), 1e-9);
  }
}
