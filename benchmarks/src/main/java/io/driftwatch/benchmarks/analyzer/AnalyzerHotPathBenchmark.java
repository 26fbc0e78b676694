package io.driftwatch.benchmarks.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analyzer hot path against its floor, per recorded answer:
 * <ul>
 *   <li>{@code a_jsonParseFloor}: one Jackson {@code readTree} of the response body (for a stream,
 *       of each event's JSON) - what any agent that reads the answer must at least pay;</li>
 *   <li>{@code a2_requestAndResponseParse}: the same plus one {@code readTree} of the request body -
 *       the floor of an analyzer that reads both sides, as request attributes require;</li>
 *   <li>{@code b_analyze}: {@code CallAnalyzer.analyze} of the finished exchange (request and
 *       response parse, outcome, checks with schema validation, cost, runbook) - the analyzer thread;</li>
 *   <li>{@code c_appThread}: detection, exchange start and feeding the body in 8 KB reads - what runs
 *       inline on the application's thread (for streams this includes parsing each event).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnalyzerHotPathBenchmark {

  @Param
  public RecordedAnswer answer;

  private final ObjectMapper mapper = new ObjectMapper();
  private AnalyzerPipeline pipeline;
  private byte[] requestBody;
  private byte[] responseBody;
  private HeaderLookup responseHeaders;
  private List<byte[]> jsonDocuments;
  private LlmExchange finished;

  @Setup
  public void setUp() {
    pipeline = new AnalyzerPipeline();
    requestBody = answer.requestBody();
    responseBody = answer.responseBody();
    responseHeaders = AnalyzerPipeline.responseHeaders(answer.contentType());
    jsonDocuments = answer.jsonDocuments();
    finished = pipeline.observe(requestBody, responseBody, responseHeaders);
    if (pipeline.lastFinished() != finished) {
      throw new IllegalStateException("the exchange was not handed to the sink");
    }
    CallReport first = pipeline.analyzer().analyze(finished);
    CallReport second = pipeline.analyzer().analyze(finished);
    for (CallReport analyzed : List.of(first, second)) { // re-analysis must take the same full path
      if (analyzed.result().analysisSkipped() != null || !Boolean.TRUE.equals(analyzed.behavior().formatCompliant())) {
        throw new IllegalStateException("benchmark input does not take the full analysis path: skipped="
            + analyzed.result().analysisSkipped() + ", formatCompliant=" + analyzed.behavior().formatCompliant());
      }
    }
  }

  @Benchmark
  public void a_jsonParseFloor(Blackhole blackhole) throws IOException {
    for (byte[] document : jsonDocuments) {
      JsonNode tree = mapper.readTree(document);
      blackhole.consume(tree);
    }
  }

  @Benchmark
  public void a2_requestAndResponseParse(Blackhole blackhole) throws IOException {
    blackhole.consume(mapper.readTree(requestBody));
    a_jsonParseFloor(blackhole);
  }

  @Benchmark
  public CallReport b_analyze() {
    return pipeline.analyzer().analyze(finished);
  }

  @Benchmark
  public LlmExchange c_appThread() {
    return pipeline.observe(requestBody, responseBody, responseHeaders);
  }

  /** {@code c_appThread} as the Netty adapter reads: a stream is only framed on this thread. */
  @Benchmark
  public LlmExchange c2_eventLoopThread() {
    return pipeline.observe(requestBody, responseBody, responseHeaders, true);
  }

  /** {@code b_analyze} of an exchange read on an event loop: the analyzer folds its framed events first. */
  @Benchmark
  public CallReport b2_analyzeFromEventLoop(EventLoopExchange fresh) {
    return pipeline.analyzer().analyze(fresh.exchange);
  }

  /** A new exchange read as on an event loop for every call: folding happens once per exchange. */
  @State(Scope.Thread)
  public static class EventLoopExchange {
    LlmExchange exchange;

    @Setup(Level.Invocation)
    public void observe(AnalyzerHotPathBenchmark benchmark) {
      exchange = benchmark.pipeline.observe(benchmark.requestBody, benchmark.responseBody,
          benchmark.responseHeaders, true);
    }
  }
}
