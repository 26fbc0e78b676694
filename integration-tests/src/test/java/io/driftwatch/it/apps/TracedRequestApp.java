package io.driftwatch.it.apps;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/**
 * An application traced with the OpenTelemetry API (the official agent provides the SDK): it
 * handles one request in a span and calls an LLM inside it; prints the request's trace and span id.
 */
public final class TracedRequestApp {

  private TracedRequestApp() {}

  public static void main(String[] args) {
    Span request = GlobalOpenTelemetry.getTracer("traced-app").spanBuilder("handle support request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      OpenAiChatModel model = OpenAiChatModel.builder()
          .baseUrl(args[0]).apiKey("sk-canary-traced").modelName(args[1]).maxRetries(0).build();
      System.out.println("answer=" + model.chat("hello"));
    } finally {
      request.end();
    }
    System.out.println("request-span=" + request.getSpanContext().getTraceId() + "/" + request.getSpanContext().getSpanId());
  }
}
