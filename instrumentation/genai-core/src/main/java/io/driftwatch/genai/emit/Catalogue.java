package io.driftwatch.genai.emit;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.driftwatch.genai.context.MetadataField;
import io.opentelemetry.api.common.AttributeKey;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every name Driftwatch emits: attribute keys, event names, metrics with their units, and histogram
 * buckets; the only place they are spelled. docs/SIGNALS.md documents the same list and
 * {@code CatalogueDocumentedTest} keeps the two equal. The OpenTelemetry GenAI, HTTP and error
 * conventions are used where one exists; everything else is {@code driftwatch.*}.
 */
public final class Catalogue {

  /** A metric: its name, unit and description, and the attributes it carries beyond the common ones. */
  public record Metric(String name, String unit, String description, List<AttributeKey<?>> extraAttributes) {}

  // GenAI conventions: the call
  public static final AttributeKey<String> OPERATION_NAME = stringKey("gen_ai.operation.name");
  public static final AttributeKey<String> PROVIDER_NAME = stringKey("gen_ai.provider.name");
  /** Pre-1.37 name of {@link #PROVIDER_NAME}, kept unless the user opts into the latest conventions. */
  public static final AttributeKey<String> SYSTEM = stringKey("gen_ai.system");
  public static final AttributeKey<String> REQUEST_MODEL = stringKey("gen_ai.request.model");
  public static final AttributeKey<Long> REQUEST_MAX_TOKENS = longKey("gen_ai.request.max_tokens");
  public static final AttributeKey<Double> REQUEST_TEMPERATURE = doubleKey("gen_ai.request.temperature");
  public static final AttributeKey<Double> REQUEST_TOP_P = doubleKey("gen_ai.request.top_p");
  public static final AttributeKey<Long> REQUEST_TOP_K = longKey("gen_ai.request.top_k");
  public static final AttributeKey<Double> REQUEST_FREQUENCY_PENALTY = doubleKey("gen_ai.request.frequency_penalty");
  public static final AttributeKey<Double> REQUEST_PRESENCE_PENALTY = doubleKey("gen_ai.request.presence_penalty");
  public static final AttributeKey<List<String>> REQUEST_STOP_SEQUENCES = stringArrayKey("gen_ai.request.stop_sequences");
  public static final AttributeKey<Long> REQUEST_SEED = longKey("gen_ai.request.seed");
  public static final AttributeKey<Long> REQUEST_CHOICE_COUNT = longKey("gen_ai.request.choice.count");
  public static final AttributeKey<Boolean> REQUEST_STREAM = booleanKey("gen_ai.request.stream");
  public static final AttributeKey<String> OUTPUT_TYPE = stringKey("gen_ai.output.type");
  public static final AttributeKey<String> RESPONSE_ID = stringKey("gen_ai.response.id");
  public static final AttributeKey<String> RESPONSE_MODEL = stringKey("gen_ai.response.model");
  public static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS = stringArrayKey("gen_ai.response.finish_reasons");
  public static final AttributeKey<Double> RESPONSE_TIME_TO_FIRST_CHUNK = doubleKey("gen_ai.response.time_to_first_chunk");
  public static final AttributeKey<Long> USAGE_INPUT_TOKENS = longKey("gen_ai.usage.input_tokens");
  public static final AttributeKey<Long> USAGE_OUTPUT_TOKENS = longKey("gen_ai.usage.output_tokens");
  public static final AttributeKey<Long> USAGE_CACHE_READ_INPUT_TOKENS = longKey("gen_ai.usage.cache_read.input_tokens");
  public static final AttributeKey<Long> USAGE_CACHE_CREATION_INPUT_TOKENS =
      longKey("gen_ai.usage.cache_creation.input_tokens");
  public static final AttributeKey<Long> USAGE_REASONING_OUTPUT_TOKENS = longKey("gen_ai.usage.reasoning.output_tokens");
  /** Embeddings: dimensions of the returned vectors (or those the request asked for). */
  public static final AttributeKey<Long> EMBEDDINGS_DIMENSION_COUNT = longKey("gen_ai.embeddings.dimension.count");
  /** Embeddings: the vector encodings the request asked for. */
  public static final AttributeKey<List<String>> REQUEST_ENCODING_FORMATS =
      stringArrayKey("gen_ai.request.encoding_formats");
  public static final AttributeKey<String> SYSTEM_INSTRUCTIONS = stringKey("gen_ai.system_instructions");
  public static final AttributeKey<String> INPUT_MESSAGES = stringKey("gen_ai.input.messages");
  public static final AttributeKey<String> OUTPUT_MESSAGES = stringKey("gen_ai.output.messages");
  /** input, output (and for {@code driftwatch.llm.tokens}: cache_read, cache_creation, reasoning). */
  public static final AttributeKey<String> TOKEN_TYPE = stringKey("gen_ai.token.type");

  // GenAI conventions: names of the newest conventions (emitted as SemconvStability says; the
  // registry copy in src/test/resources/semconv is what ConventionsRegistryTest checks them against)
  /** Replaces {@link #USAGE_CACHE_CREATION_INPUT_TOKENS} in the latest conventions. */
  public static final AttributeKey<Long> USAGE_CACHE_WRITE_INPUT_TOKENS = longKey("gen_ai.usage.cache_write.input_tokens");
  /** On the {@code gen_ai.client.inference.usage.*} counters; {@code unknown}: providers report no modality breakdown. */
  public static final AttributeKey<String> TOKEN_MODALITY = stringKey("gen_ai.token.modality");
  public static final String TOKEN_MODALITY_UNKNOWN = "unknown";
  public static final AttributeKey<String> CONVERSATION_ID = MetadataField.CONVERSATION_ID.attribute();
  public static final AttributeKey<String> GEN_AI_PROMPT_NAME = MetadataField.PROMPT_NAME.attribute();
  /** The explicit prompt version only; {@link #PROMPT_VERSION} falls back to the fingerprint. */
  public static final AttributeKey<String> GEN_AI_PROMPT_VERSION = stringKey("gen_ai.prompt.version");
  /** Responses API: the {@code previous_response_id} the request continues from. */
  public static final AttributeKey<String> REQUEST_PREVIOUS_RESPONSE_ID = stringKey("gen_ai.request.previous_response.id");
  public static final AttributeKey<String> OPENAI_REQUEST_SERVICE_TIER = stringKey("openai.request.service_tier");
  public static final AttributeKey<String> OPENAI_RESPONSE_SERVICE_TIER = stringKey("openai.response.service_tier");
  public static final AttributeKey<String> OPENAI_RESPONSE_SYSTEM_FINGERPRINT =
      stringKey("openai.response.system_fingerprint");

  // GenAI conventions: evaluations (quality scores)
  public static final AttributeKey<String> EVALUATION_NAME = stringKey("gen_ai.evaluation.name");
  public static final AttributeKey<Double> EVALUATION_SCORE_VALUE = doubleKey("gen_ai.evaluation.score.value");
  public static final AttributeKey<String> EVALUATION_SCORE_LABEL = stringKey("gen_ai.evaluation.score.label");
  public static final AttributeKey<String> EVALUATION_EXPLANATION = stringKey("gen_ai.evaluation.explanation");
  /** Where a score came from; only replay scores carry it ({@link #EVALUATION_SOURCE_REPLAY}). */
  public static final AttributeKey<String> EVALUATION_SOURCE = stringKey("driftwatch.evaluation.source");
  /** A score the replay command computed by sending a recorded call again. */
  public static final String EVALUATION_SOURCE_REPLAY = "replay";

  // server, HTTP and error conventions
  public static final AttributeKey<String> SERVER_ADDRESS = stringKey("server.address");
  public static final AttributeKey<Long> SERVER_PORT = longKey("server.port");
  public static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = longKey("http.response.status_code");
  public static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");

  // feature-flag conventions (one event per flag evaluated for the request)
  public static final AttributeKey<String> FLAG_KEY = stringKey("feature_flag.key");
  public static final AttributeKey<String> FLAG_VARIANT = stringKey("feature_flag.result.variant");
  public static final AttributeKey<String> FLAG_VALUE = stringKey("feature_flag.result.value");
  public static final AttributeKey<String> FLAG_REASON = stringKey("feature_flag.result.reason");
  public static final AttributeKey<String> FLAG_PROVIDER = stringKey("feature_flag.provider.name");
  public static final AttributeKey<String> FLAG_CONTEXT_ID = stringKey("feature_flag.context.id");
  public static final AttributeKey<String> FLAG_VERSION = stringKey("feature_flag.version");
  public static final AttributeKey<String> FLAG_SET_ID = stringKey("feature_flag.set.id");

  // Driftwatch: API level
  /** The outcome class: success, rate_limited, auth_failure, server_error, ... */
  public static final AttributeKey<String> OUTCOME = stringKey("driftwatch.outcome");
  /** How the application's read of the response ended: completed, failed, closed_early, abandoned. */
  public static final AttributeKey<String> RESPONSE_OUTCOME = stringKey("driftwatch.response.outcome");
  /** Why the body was not analysed: not_json, too_large, not_captured, unsupported_encoding. Absent when it was. */
  public static final AttributeKey<String> ANALYSIS_SKIPPED = stringKey("driftwatch.analysis.skipped");
  /** The provider's own error type or code from an error body, e.g. rate_limit_exceeded. */
  public static final AttributeKey<String> PROVIDER_ERROR_TYPE = stringKey("driftwatch.provider.error_type");
  public static final AttributeKey<Long> RETRY_COUNT = longKey("driftwatch.retry.count");
  /** sdk_header or repeated_request. */
  public static final AttributeKey<String> RETRY_SOURCE = stringKey("driftwatch.retry.source");
  public static final AttributeKey<Double> COST = doubleKey("driftwatch.cost");
  /** Events of a streamed answer that carried content. */
  public static final AttributeKey<Long> STREAM_CHUNKS = longKey("driftwatch.stream.chunks");
  /** Streamed answers: where the usage came from: provider (a usage event) or absent. */
  public static final AttributeKey<String> STREAM_USAGE = stringKey("driftwatch.stream.usage");

  // Driftwatch: behavioral
  public static final AttributeKey<Boolean> REFUSAL = booleanKey("driftwatch.refusal");
  /** provider or lexicon. */
  public static final AttributeKey<String> REFUSAL_SOURCE = stringKey("driftwatch.refusal.source");
  /** On spans a boolean: the collector's tail sampling keeps {@code driftwatch.format.compliant = false}. */
  public static final AttributeKey<Boolean> FORMAT_COMPLIANT = booleanKey("driftwatch.format.compliant");
  /**
   * The same verdict on {@code driftwatch.llm.format.checks}, as the string "true" or "false": metric
   * readers (the alert rules, dashboards, the drill) compare it as text, and the Prometheus label is
   * the same text either way.
   */
  public static final AttributeKey<String> FORMAT_COMPLIANT_LABEL = stringKey("driftwatch.format.compliant");
  /** not_json, schema_violation, truncated, tool_arguments_invalid, undeclared_tool. */
  public static final AttributeKey<String> FORMAT_VIOLATION = stringKey("driftwatch.format.violation");
  public static final AttributeKey<String> FORMAT_VIOLATION_PATH = stringKey("driftwatch.format.violation.path");
  public static final AttributeKey<Long> OUTPUT_LENGTH = longKey("driftwatch.output.length");
  /** The tools the answer called, in order, without their arguments (the conventions name none for this). */
  public static final AttributeKey<List<String>> TOOL_CALL_NAMES = stringArrayKey("driftwatch.tool_call.names");
  /** Inputs an embeddings call embedded (the conventions name none for this). */
  public static final AttributeKey<Long> EMBEDDINGS_INPUT_COUNT = longKey("driftwatch.embeddings.input.count");

  // Driftwatch: runbook metadata (the metadata keys are spelled by MetadataField, which reads them)
  public static final AttributeKey<String> PROMPT_VERSION = MetadataField.PROMPT_VERSION.attribute();
  public static final AttributeKey<String> USER_SEGMENT = MetadataField.USER_SEGMENT.attribute();
  public static final AttributeKey<String> EXPERIMENT_ARM = MetadataField.EXPERIMENT_ARM.attribute();
  public static final AttributeKey<String> PROMPT_FINGERPRINT = stringKey("driftwatch.prompt.fingerprint");
  public static final AttributeKey<String> PROMPT_FINGERPRINT_PREVIOUS = stringKey("driftwatch.prompt.fingerprint.previous");
  public static final AttributeKey<List<String>> FEATURE_FLAGS = stringArrayKey("driftwatch.feature_flags");
  /** model or system_fingerprint. */
  public static final AttributeKey<String> MODEL_CHANGE_KIND = stringKey("driftwatch.model.change.kind");
  public static final AttributeKey<String> MODEL_PREVIOUS = stringKey("driftwatch.model.previous");
  public static final AttributeKey<String> MODEL_CURRENT = stringKey("driftwatch.model.current");

  // Driftwatch: agent health
  public static final AttributeKey<String> DROP_REASON = stringKey("reason");

  // span events
  public static final String FLAG_EVALUATION_EVENT = "feature_flag.evaluation";
  public static final String PROMPT_CHANGED_EVENT = "driftwatch.prompt.changed";
  public static final String MODEL_CHANGED_EVENT = "driftwatch.model.changed";
  public static final String EVALUATION_RESULT_EVENT = "gen_ai.evaluation.result";
  /** Opt-in log event with a call's parameters and (when captured) its messages. */
  public static final String INFERENCE_OPERATION_DETAILS_EVENT = "gen_ai.client.inference.operation.details";

  // histogram buckets
  public static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  public static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L,
      262144L, 1048576L, 4194304L, 16777216L, 67108864L);
  /**
   * The buckets a stream folds its chunk intervals into on the application's thread
   * ({@code ChunkTimings.BUCKETS}, which a test keeps equal): replaying a bucket's mean lands in the
   * same bucket only when the histogram's boundaries are these. The conventions advise the duration
   * buckets for the client's per-chunk histogram (0.01 to 2.5 is the server per-token advice).
   */
  public static final List<Double> CHUNK_INTERVAL_BUCKETS = DURATION_BUCKETS;
  public static final List<Long> BODY_SIZE_BUCKETS = List.of(256L, 1024L, 4096L, 16384L, 65536L, 262144L, 1048576L,
      4194304L, 16777216L);
  public static final List<Long> OUTPUT_LENGTH_BUCKETS = List.of(0L, 16L, 64L, 256L, 512L, 1024L, 2048L, 4096L,
      8192L, 16384L, 65536L);
  public static final List<Double> QUALITY_SCORE_BUCKETS = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

  // metrics: infrastructure
  public static final Metric OPERATION_DURATION = new Metric("gen_ai.client.operation.duration", "s",
      "GenAI operation duration", List.of(SERVER_PORT, SYSTEM, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric TOKEN_USAGE = new Metric("gen_ai.client.token.usage", "{token}",
      "Number of input and output tokens used", List.of(SERVER_PORT, SYSTEM, RESPONSE_MODEL, TOKEN_TYPE));
  public static final Metric TIME_TO_FIRST_CHUNK = new Metric("gen_ai.client.operation.time_to_first_chunk", "s",
      "Time from sending a streamed request to its first chunk", List.of(SERVER_PORT, SYSTEM, RESPONSE_MODEL,
          ERROR_TYPE));
  public static final Metric TIME_PER_OUTPUT_CHUNK = new Metric("gen_ai.client.operation.time_per_output_chunk", "s",
      "Time between consecutive chunks of a streamed answer", List.of(SERVER_PORT, SYSTEM, RESPONSE_MODEL,
          ERROR_TYPE));
  // metrics: infrastructure, the newest conventions' names (SemconvStability.emitsLatest)
  public static final Metric INFERENCE_DURATION = new Metric("gen_ai.client.inference.duration", "s",
      "GenAI client inference operation duration", List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric EMBEDDINGS_DURATION = new Metric("gen_ai.client.embeddings.duration", "s",
      "GenAI client embeddings operation duration", List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric INFERENCE_TIME_TO_FIRST_CHUNK = new Metric("gen_ai.client.inference.time_to_first_chunk",
      "s", "Time from sending a streamed request to its first chunk", List.of(SERVER_PORT, RESPONSE_MODEL,
          ERROR_TYPE));
  public static final Metric INFERENCE_TIME_PER_OUTPUT_CHUNK = new Metric(
      "gen_ai.client.inference.time_per_output_chunk", "s", "Time between consecutive chunks of a streamed answer",
      List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric INFERENCE_USAGE_INPUT_TOKENS = new Metric("gen_ai.client.inference.usage.input_tokens",
      "{token}", "Input tokens used, including cached tokens", List.of(SERVER_PORT, RESPONSE_MODEL, TOKEN_MODALITY));
  public static final Metric INFERENCE_USAGE_OUTPUT_TOKENS = new Metric("gen_ai.client.inference.usage.output_tokens",
      "{token}", "Output tokens used, including reasoning tokens", List.of(SERVER_PORT, RESPONSE_MODEL,
          TOKEN_MODALITY));
  public static final Metric INFERENCE_USAGE_CACHE_READ_INPUT_TOKENS = new Metric(
      "gen_ai.client.inference.usage.cache_read.input_tokens", "{token}", "Input tokens served from a provider cache",
      List.of(SERVER_PORT, RESPONSE_MODEL, TOKEN_MODALITY));
  public static final Metric INFERENCE_USAGE_CACHE_WRITE_INPUT_TOKENS = new Metric(
      "gen_ai.client.inference.usage.cache_write.input_tokens", "{token}", "Input tokens written to a provider cache",
      List.of(SERVER_PORT, RESPONSE_MODEL, TOKEN_MODALITY));
  public static final Metric INFERENCE_USAGE_REASONING_OUTPUT_TOKENS = new Metric(
      "gen_ai.client.inference.usage.reasoning.output_tokens", "{token}", "Output tokens used for reasoning",
      List.of(SERVER_PORT, RESPONSE_MODEL, TOKEN_MODALITY));
  public static final Metric INFERENCE_OPERATION_INPUT_TOKENS = new Metric(
      "gen_ai.client.inference.operation.input_tokens", "{token}", "Input tokens per inference operation",
      List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric INFERENCE_OPERATION_OUTPUT_TOKENS = new Metric(
      "gen_ai.client.inference.operation.output_tokens", "{token}", "Output tokens per inference operation",
      List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));
  public static final Metric EMBEDDINGS_OPERATION_INPUT_TOKENS = new Metric(
      "gen_ai.client.embeddings.operation.input_tokens", "{token}", "Input tokens per embeddings operation",
      List.of(SERVER_PORT, RESPONSE_MODEL, ERROR_TYPE));

  public static final Metric TOKENS = new Metric("driftwatch.llm.tokens", "{token}", "Tokens by type",
      List.of(TOKEN_TYPE));
  public static final Metric COST_USD = new Metric("driftwatch.llm.cost", "{USD}",
      "Cost in US dollars from the price table", List.of());
  public static final Metric UNPRICED_CALLS = new Metric("driftwatch.llm.unpriced_calls", "{call}",
      "Calls whose model has no price", List.of());
  public static final Metric REQUEST_SIZE = new Metric("driftwatch.llm.request.size", "By", "Request body size",
      List.of());
  public static final Metric RESPONSE_SIZE = new Metric("driftwatch.llm.response.size", "By", "Response body size",
      List.of());

  // metrics: API level
  public static final Metric CALLS = new Metric("driftwatch.llm.calls", "{call}", "LLM calls by outcome class",
      List.of(OUTCOME));
  public static final Metric RETRIES = new Metric("driftwatch.llm.retries", "{call}", "LLM calls that were retries",
      List.of(RETRY_SOURCE));
  public static final Metric REMAINING_REQUESTS = new Metric("driftwatch.llm.ratelimit.remaining_requests",
      "{request}", "Requests left in the provider's current rate-limit window", List.of());
  public static final Metric REMAINING_TOKENS = new Metric("driftwatch.llm.ratelimit.remaining_tokens", "{token}",
      "Tokens left in the provider's current rate-limit window", List.of());
  public static final Metric RETRY_AFTER = new Metric("driftwatch.llm.ratelimit.retry_after", "s",
      "The last retry-after the provider sent", List.of());

  // metrics: behavioral
  public static final Metric REFUSALS = new Metric("driftwatch.llm.refusals", "{call}", "Answers that refuse",
      List.of(REFUSAL_SOURCE));
  public static final Metric FORMAT_CHECKS = new Metric("driftwatch.llm.format.checks", "{call}",
      "Structured-output answers checked", List.of(FORMAT_COMPLIANT_LABEL, FORMAT_VIOLATION));
  public static final Metric OUTPUT_LENGTH_CHARS = new Metric("driftwatch.llm.output.length", "{char}",
      "Characters of answer text and tool-call arguments", List.of());
  public static final Metric TRUNCATIONS = new Metric("driftwatch.llm.truncations", "{call}",
      "Answers cut off at the token limit", List.of());
  public static final Metric EMPTY_OUTPUTS = new Metric("driftwatch.llm.empty_outputs", "{call}",
      "Successful calls with no answer", List.of());
  public static final Metric DUPLICATE_OUTPUTS = new Metric("driftwatch.llm.duplicate_outputs", "{call}",
      "Answers identical to a recent answer for a different request", List.of());
  public static final Metric TOOL_CALL_ANSWERS = new Metric("driftwatch.llm.tool_call_answers", "{call}",
      "Successful answers that called at least one tool", List.of());

  // metrics: quality, runbook, agent health
  public static final Metric QUALITY_SCORE = new Metric("driftwatch.llm.quality.score", "1",
      "Quality scores attached to LLM calls, 0 to 1", List.of(EVALUATION_NAME, EVALUATION_SOURCE));
  public static final Metric PROMPT_CHANGES = new Metric("driftwatch.prompt.changes", "{event}",
      "A new prompt template replaced a stable one", List.of());
  public static final Metric MODEL_CHANGES = new Metric("driftwatch.model.changes", "{event}",
      "The served model or system fingerprint changed for a requested model", List.of(RESPONSE_MODEL,
          MODEL_CHANGE_KIND));
  /** Carries no common attributes: drops are the agent's, not a call's. */
  public static final Metric AGENT_DROPPED = new Metric("driftwatch.agent.dropped", "{event}",
      "Telemetry the agent gave up on, by reason; the application is never affected", List.of(DROP_REASON));

  // ---- retrieval (vector-store queries) and MCP tool calls: one block, see docs/SIGNALS.md "Retrieval and tools"
  // GenAI retrieval spans and the database conventions
  public static final AttributeKey<String> DATA_SOURCE_ID = stringKey("gen_ai.data_source.id");
  public static final AttributeKey<String> DB_SYSTEM_NAME = stringKey("db.system.name");
  public static final AttributeKey<String> DB_COLLECTION_NAME = stringKey("db.collection.name");
  public static final AttributeKey<String> DB_OPERATION_NAME = stringKey("db.operation.name");
  public static final AttributeKey<String> DB_QUERY_SUMMARY = stringKey("db.query.summary");
  public static final AttributeKey<Long> DB_RETURNED_ROWS = longKey("db.response.returned_rows");
  public static final AttributeKey<String> DB_RESPONSE_STATUS_CODE = stringKey("db.response.status_code");
  /** The query had a metadata filter (a where, filter or post_filter clause). */
  public static final AttributeKey<Boolean> RETRIEVAL_FILTERED = booleanKey("driftwatch.retrieval.filtered");
  /** similarity (higher is closer) or distance (lower is closer). */
  public static final AttributeKey<String> RETRIEVAL_SCORE_KIND = stringKey("driftwatch.retrieval.score.kind");
  public static final AttributeKey<Double> RETRIEVAL_SCORE_TOP = doubleKey("driftwatch.retrieval.score.top");
  public static final AttributeKey<Double> RETRIEVAL_SCORE_BOTTOM = doubleKey("driftwatch.retrieval.score.bottom");
  // GenAI execute_tool spans and the MCP conventions
  public static final AttributeKey<String> TOOL_NAME = stringKey("gen_ai.tool.name");
  public static final AttributeKey<String> TOOL_CALL_ID = stringKey("gen_ai.tool.call.id");
  public static final AttributeKey<String> MCP_METHOD_NAME = stringKey("mcp.method.name");
  public static final AttributeKey<String> JSONRPC_REQUEST_ID = stringKey("jsonrpc.request.id");
  public static final AttributeKey<List<String>> MCP_TOOLS_OFFERED = stringArrayKey("driftwatch.mcp.tools.offered");
  public static final AttributeKey<Long> MCP_TOOLS_OFFERED_COUNT = longKey("driftwatch.mcp.tools.offered.count");

  /** The database conventions' buckets for {@code db.client.operation.duration}. */
  public static final List<Double> DB_DURATION_BUCKETS = List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);
  /** The MCP conventions' buckets for {@code mcp.client.operation.duration}. */
  public static final List<Double> MCP_DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0);
  public static final List<Long> RETURNED_ROWS_BUCKETS = List.of(0L, 1L, 2L, 5L, 10L, 20L, 50L, 100L, 1000L);
  /** Similarities are 0 to 1 for most metrics; distances and BM25-mixed scores go higher. */
  public static final List<Double> RETRIEVAL_SCORE_BUCKETS =
      List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.5, 2.0, 5.0, 10.0);

  private static final List<AttributeKey<?>> RETRIEVAL_ATTRIBUTES =
      List.of(DB_SYSTEM_NAME, DB_COLLECTION_NAME, DB_OPERATION_NAME, SERVER_ADDRESS);
  public static final Metric RETRIEVAL_DURATION = new Metric("db.client.operation.duration", "s",
      "Duration of vector-store queries", List.of(DB_SYSTEM_NAME, DB_COLLECTION_NAME, DB_OPERATION_NAME,
          SERVER_ADDRESS, ERROR_TYPE));
  public static final Metric RETRIEVAL_RETURNED_ROWS = new Metric("db.client.response.returned_rows", "{row}",
      "Hits a vector-store query returned", RETRIEVAL_ATTRIBUTES);
  public static final Metric RETRIEVAL_EMPTY_RESULTS = new Metric("driftwatch.retrieval.empty_results", "{query}",
      "Successful vector-store queries that returned no hit", RETRIEVAL_ATTRIBUTES);
  public static final Metric RETRIEVAL_TOP_SCORE = new Metric("driftwatch.retrieval.top_score", "1",
      "Score of the best-ranked hit of each vector-store query", List.of(DB_SYSTEM_NAME, DB_COLLECTION_NAME,
          DB_OPERATION_NAME, SERVER_ADDRESS, RETRIEVAL_SCORE_KIND));
  public static final Metric TOOL_CALL_DURATION = new Metric("mcp.client.operation.duration", "s",
      "Duration of MCP tool calls, from the request to its answer", List.of(MCP_METHOD_NAME, TOOL_NAME,
          SERVER_ADDRESS, ERROR_TYPE));
  public static final Metric TOOL_CALLS = new Metric("driftwatch.tool.calls", "{call}",
      "MCP tool calls by tool; error.type is set on the failed ones", List.of(TOOL_NAME, SERVER_ADDRESS, ERROR_TYPE));

  /** The metrics of the block above, part of {@link #METRICS}. */
  public static final List<Metric> UPSTREAM_METRICS = List.of(RETRIEVAL_DURATION, RETRIEVAL_RETURNED_ROWS,
      RETRIEVAL_EMPTY_RESULTS, RETRIEVAL_TOP_SCORE, TOOL_CALL_DURATION, TOOL_CALLS);
  // ---- end of the retrieval and MCP block

  /** Every metric the agent can export; which GenAI names it does depends on SemconvStability. */
  public static final List<Metric> METRICS = Stream.concat(Stream.of(OPERATION_DURATION, TOKEN_USAGE, TIME_TO_FIRST_CHUNK,
      TIME_PER_OUTPUT_CHUNK, TOKENS, COST_USD, UNPRICED_CALLS, REQUEST_SIZE, RESPONSE_SIZE, CALLS, RETRIES,
      REMAINING_REQUESTS, REMAINING_TOKENS, RETRY_AFTER, REFUSALS, FORMAT_CHECKS, OUTPUT_LENGTH_CHARS, TRUNCATIONS,
      EMPTY_OUTPUTS, DUPLICATE_OUTPUTS, TOOL_CALL_ANSWERS, QUALITY_SCORE, PROMPT_CHANGES, MODEL_CHANGES, AGENT_DROPPED,
      // the newest conventions' names, emitted instead of or besides the four above (SemconvStability)
      INFERENCE_DURATION, EMBEDDINGS_DURATION, INFERENCE_TIME_TO_FIRST_CHUNK, INFERENCE_TIME_PER_OUTPUT_CHUNK,
      INFERENCE_USAGE_INPUT_TOKENS, INFERENCE_USAGE_OUTPUT_TOKENS, INFERENCE_USAGE_CACHE_READ_INPUT_TOKENS,
      INFERENCE_USAGE_CACHE_WRITE_INPUT_TOKENS, INFERENCE_USAGE_REASONING_OUTPUT_TOKENS,
      INFERENCE_OPERATION_INPUT_TOKENS, INFERENCE_OPERATION_OUTPUT_TOKENS, EMBEDDINGS_OPERATION_INPUT_TOKENS),
      UPSTREAM_METRICS.stream()).toList();

  private Catalogue() {}
}
