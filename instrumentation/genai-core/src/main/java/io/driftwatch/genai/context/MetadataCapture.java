package io.driftwatch.genai.context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Resolves each field, first found wins: baggage on the outgoing request (propagated from
 * upstream), a request header the application set, the logging MDC of the calling thread (see
 * {@link CallerContext}), the
 * deployment-wide setting. Runs on the application thread: a few map lookups, no parsing unless
 * a baggage header is present.
 */
public final class MetadataCapture {

  private static final String BAGGAGE_HEADER = "baggage";

  private final MetadataSettings settings;

  public MetadataCapture(MetadataSettings settings) {
    this.settings = settings;
    ThreadContextMirror.mirrorKeys(settings.mdcKeys());
  }

  /** @param headers the outgoing request's header value by name */
  public RequestMetadata capture(UnaryOperator<String> headers) {
    return capture(headers, null);
  }

  /**
   * @param headers the outgoing request's header value by name
   * @param caller the MDC values and flags taken where the application started the call, or null
   *     to read the current thread's
   */
  public RequestMetadata capture(UnaryOperator<String> headers, CallerContext caller) {
    CallerContext context = caller != null ? caller : CallerContext.capture();
    String baggageHeader = headers.apply(BAGGAGE_HEADER);
    Map<String, String> baggage = baggageHeader == null ? Map.of() : W3cBaggage.parse(baggageHeader);
    Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      String key = settings.keys().get(field);
      String value = firstOf(baggage.get(key), headers.apply(settings.headers().get(field)),
          context.mdcValue(key), settings.deploymentValues().get(field));
      if (value != null) {
        values.put(field, value);
      }
    }
    List<FlagEvaluation> flags = new ArrayList<>(context.flags());
    for (String flagKey : settings.featureFlagKeys()) {
      String variant = firstOf(baggage.get(flagKey), headers.apply(flagKey), context.mdcValue(flagKey), null);
      if (variant != null && flags.stream().noneMatch(flag -> flag.key().equals(flagKey))) {
        flags.add(new FlagEvaluation(flagKey, variant, null, null, null));
      }
    }
    return values.isEmpty() && flags.isEmpty() ? RequestMetadata.NONE : new RequestMetadata(values, List.copyOf(flags));
  }

  private static String firstOf(String a, String b, String c, String d) {
    if (a != null && !a.isEmpty()) {
      return a;
    }
    if (b != null && !b.isEmpty()) {
      return b;
    }
    if (c != null && !c.isEmpty()) {
      return c;
    }
    return d;
  }
}
