package io.opentelemetry.javaagent.extension;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.Ordered;

/**
 * The official agent calls each extension's listener once its SDK is built and its own
 * instrumentation installed. Same name and signature as in opentelemetry-javaagent-extension-api.
 */
public interface AgentListener extends Ordered {

  void afterAgent(AutoConfiguredOpenTelemetrySdk autoConfiguredOpenTelemetrySdk);
}
