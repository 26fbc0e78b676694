package io.driftwatch;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;

/**
 * Found by the official agent's SDK autoconfigure in driftwatch-extension.jar: wraps its span
 * processors so Driftwatch's last calls make that agent's final export ({@link DrainFirstSpanProcessor}).
 * Compiled for Java 8, as the official agent loads it there. Changes no setting.
 */
public final class DriftwatchExtensionCustomizer implements AutoConfigurationCustomizerProvider {

  @Override
  public void customize(AutoConfigurationCustomizer autoConfiguration) {
    autoConfiguration.addSpanProcessorCustomizer((processor, config) -> new DrainFirstSpanProcessor(processor));
  }
}
