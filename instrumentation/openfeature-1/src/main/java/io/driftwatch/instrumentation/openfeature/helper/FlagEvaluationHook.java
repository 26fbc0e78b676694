package io.driftwatch.instrumentation.openfeature.helper;

import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.Hook;
import dev.openfeature.sdk.HookContext;
import io.driftwatch.genai.context.FlagEvaluation;
import io.driftwatch.genai.context.ThreadContextMirror;
import java.util.Map;

/**
 * Defined next to the application's OpenFeature SDK (see HelperLoaders). Remembers each flag
 * evaluated on a thread so the next LLM call there carries it; never changes an evaluation.
 */
public final class FlagEvaluationHook implements Hook<Object> {

  private static final int MAX_VALUE_CHARS = 64;

  @Override
  public void after(HookContext<Object> context, FlagEvaluationDetails<Object> details, Map<String, Object> hints) {
    try {
      String value = details.getValue() == null ? null : String.valueOf(details.getValue());
      if (value != null && value.length() > MAX_VALUE_CHARS) {
        value = value.substring(0, MAX_VALUE_CHARS);
      }
      String provider = context.getProviderMetadata() == null ? null : context.getProviderMetadata().getName();
      ThreadContextMirror.flagEvaluated(new FlagEvaluation(details.getFlagKey(), details.getVariant(), value,
          details.getReason(), provider, bounded(targetingKey(context)), bounded(metadata(details, "version")),
          bounded(metadata(details, "flagSetId")), errorType(details)));
    } catch (RuntimeException ignored) {
      // observation only
    }
  }

  private static String targetingKey(HookContext<Object> context) {
    try {
      return context.getCtx() == null ? null : context.getCtx().getTargetingKey();
    } catch (RuntimeException | LinkageError olderSdk) {
      return null;
    }
  }

  /** Flag metadata came with SDK 1.x releases after the hook API: an older SDK simply has none. */
  private static String metadata(FlagEvaluationDetails<Object> details, String key) {
    try {
      return details.getFlagMetadata() == null ? null : details.getFlagMetadata().getString(key);
    } catch (RuntimeException | LinkageError olderSdk) {
      return null;
    }
  }

  private static String errorType(FlagEvaluationDetails<Object> details) {
    try {
      return details.getErrorCode() == null ? null : details.getErrorCode().name().toLowerCase(java.util.Locale.ROOT);
    } catch (RuntimeException | LinkageError olderSdk) {
      return null;
    }
  }

  private static String bounded(String value) {
    return value == null || value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS);
  }
}
