package io.driftwatch.genai.context;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The runbook facts a team can state about a call. Each is looked up under one key in baggage and
 * the logging MDC, under one request header, and finally in a deployment-wide setting.
 */
public enum MetadataField {
  PROMPT_VERSION("prompt-version", "prompt.version", "x-prompt-version", "driftwatch.prompt.version"),
  USER_SEGMENT("user-segment", "user.segment", "x-user-segment", "driftwatch.user.segment"),
  EXPERIMENT_ARM("experiment-arm", "experiment.arm", "x-experiment-arm", "driftwatch.experiment.arm"),
  /** The conventions' {@code gen_ai.prompt.name}: the named prompt template the call uses. */
  PROMPT_NAME("prompt-name", "prompt.name", "x-prompt-name", "gen_ai.prompt.name"),
  /** The conventions' {@code gen_ai.conversation.id}: the session or thread the call belongs to. */
  CONVERSATION_ID("conversation-id", "conversation.id", "x-conversation-id", "gen_ai.conversation.id");

  private final String settingName;
  private final String defaultKey;
  private final String defaultHeader;
  private final AttributeKey<String> attribute;

  MetadataField(String settingName, String defaultKey, String defaultHeader, String attribute) {
    this.settingName = settingName;
    this.defaultKey = defaultKey;
    this.defaultHeader = defaultHeader;
    this.attribute = AttributeKey.stringKey(attribute);
  }

  /** {@code otel.instrumentation.genai.metadata.<name>} holds the deployment-wide value. */
  public String settingName() {
    return settingName;
  }

  public String defaultKey() {
    return defaultKey;
  }

  public String defaultHeader() {
    return defaultHeader;
  }

  public AttributeKey<String> attribute() {
    return attribute;
  }
}
