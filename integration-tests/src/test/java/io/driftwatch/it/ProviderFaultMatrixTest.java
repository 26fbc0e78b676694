package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.FaultMatrixApp;
import io.driftwatch.it.faults.FaultyProvider;
import io.driftwatch.it.faults.ProviderFault;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a provider can answer badly (invalid JSON, a body cut short, the wrong content type,
 * gzip, chunked, empty, a 100 MB body, a 100 MB stream, a stalled stream, a malformed event, a
 * connection reset before or during the body), through the JDK HttpClient and OkHttp: the application gets the very same bytes
 * or the very same exception as without the agent, in a heap too small to hold the 100 MB body, and
 * each call still gets exactly one span that says what went wrong.
 */
class ProviderFaultMatrixTest {

  private static final String HEAP = "-Xmx96m";
  private static FaultyProvider provider;
  private static String withoutAgent;
  private static String withAgent;
  private static long heapHeldWithoutAgent;
  private static long heapHeldWithAgent;
  private static String modelPrefix;

  @BeforeAll
  static void runTheAppWithAndWithoutTheAgent() throws Exception {
    provider = new FaultyProvider();
    modelPrefix = uniqueModel("fault");
    ForkedJvm.Result plain = run(List.of(HEAP));
    ForkedJvm.Result observed = run(List.of(HEAP, "-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=fault-matrix"));
    withoutAgent = results(plain);
    withAgent = results(observed);
    heapHeldWithoutAgent = heapHeld(plain);
    heapHeldWithAgent = heapHeld(observed);
  }

  @AfterAll
  static void stopProvider() throws Exception {
    provider.close();
  }

  private static ForkedJvm.Result run(List<String> jvmArgs) throws Exception {
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), jvmArgs, ForkedJvm.testClassPath(), Map.of(),
        FaultMatrixApp.class.getName(), provider.baseUrl(), modelPrefix);
    assertEquals(0, result.exitCode(), result.output());
    return result;
  }

  private static long heapHeld(ForkedJvm.Result result) {
    String prefix = "heap held while reading HUGE_STREAM (bytes): ";
    return result.output().lines().filter(line -> line.startsWith(prefix))
        .mapToLong(line -> Long.parseLong(line.substring(prefix.length()).trim())).findFirst()
        .orElseThrow(() -> new AssertionError("no heap reading in:\n" + result.output()));
  }

  private static String results(ForkedJvm.Result result) {
    return result.output().lines().filter(line -> line.startsWith("jdk ") || line.startsWith("okhttp "))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theApplicationGetsExactlyWhatItGetsWithoutTheAgent() {
    assertEquals(ProviderFault.values().length * 2L, withoutAgent.lines().count(), withoutAgent);
    assertEquals(withoutAgent, withAgent);
    assertTrue(withAgent.contains("jdk HUGE_BODY: status=200 bytes=" + ProviderFault.HugeBody.length()),
        "the whole 100 MB body reached the app: " + withAgent);
    assertTrue(withAgent.contains("jdk RESET_MID_BODY: failed"), withAgent);
  }

  /** Memory, not time: reading a 100 MiB stream holds no more than the agent's bounds (1 MiB event, 1 MiB capture). */
  @Test
  void aHundredMegabyteStreamHoldsOnlyBoundedMemory() {
    System.out.printf("heap held during a 100 MiB stream: %d KiB without the agent, %d KiB with it%n",
        heapHeldWithoutAgent / 1024, heapHeldWithAgent / 1024);
    assertTrue(heapHeldWithAgent - heapHeldWithoutAgent < 4L * 1024 * 1024,
        "the agent held " + (heapHeldWithAgent - heapHeldWithoutAgent) + " bytes more during the stream");
  }

  @Test
  void everyCallGetsExactlyOneSpanThatSaysWhatWentWrong() {
    int calls = ProviderFault.values().length * 2;
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(
        s -> String.valueOf(s.stringAttr("gen_ai.request.model")).startsWith(modelPrefix), calls, WAIT);
    assertEquals(calls, spans.size(), "one span per call, none lost, none doubled: " + spans);
    Map<String, ReceivedSpan> byModel = spans.stream()
        .collect(Collectors.toMap(s -> s.stringAttr("gen_ai.request.model"), Function.identity()));
    for (String client : List.of("jdk", "okhttp")) {
      Function<ProviderFault, ReceivedSpan> span =
          fault -> byModel.get(modelPrefix + "-" + client + "-" + fault.name().toLowerCase(Locale.ROOT));
      assertEquals(11L, span.apply(ProviderFault.GZIP_BODY).longAttr("gen_ai.usage.input_tokens"), client + " gzip");
      assertEquals(11L, span.apply(ProviderFault.CHUNKED_BODY).longAttr("gen_ai.usage.input_tokens"), client);
      assertEquals(11L, span.apply(ProviderFault.WRONG_CONTENT_TYPE).longAttr("gen_ai.usage.input_tokens"), client);
      assertEquals("not_json", span.apply(ProviderFault.INVALID_JSON).stringAttr("driftwatch.analysis.skipped"), client);
      assertEquals("too_large", span.apply(ProviderFault.HUGE_BODY).stringAttr("driftwatch.analysis.skipped"), client);
      assertNotNull(span.apply(ProviderFault.RESET_MID_BODY).stringAttr("error.type"), client + " reset mid-body");
      assertNotNull(span.apply(ProviderFault.RESET_BEFORE_RESPONSE).stringAttr("error.type"), client + " reset");
      assertNotNull(span.apply(ProviderFault.TRUNCATED_BODY).stringAttr("error.type"), client + " truncated");
      ReceivedSpan stalled = span.apply(ProviderFault.STALLED_STREAM);
      assertEquals(15L, stalled.longAttr("gen_ai.usage.input_tokens") + stalled.longAttr("gen_ai.usage.output_tokens"),
          client + " stalled stream");
      assertEquals(List.of("stop"), span.apply(ProviderFault.MALFORMED_EVENT).listAttr("gen_ai.response.finish_reasons"),
          client + " malformed event");
      ReceivedSpan huge = span.apply(ProviderFault.HUGE_STREAM);
      assertEquals("completed", huge.stringAttr("driftwatch.response.outcome"), client + " 100 MiB stream");
      assertTrue(huge.longAttr("driftwatch.stream.chunks") > 400_000, client + " 100 MiB stream chunks");
    }
  }
}
