package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenTelemetry Operator rollout, checked statically (no cluster, no Docker engine here): the
 * Instrumentation manifest against the schema of the Operator's own CRD (checked in with its
 * version), the Deployment annotation against that Instrumentation, and the agent image's
 * Dockerfile against the path the agent build writes and the path the Operator copies from.
 */
class OperatorManifestTest {

  private static final String CRD = "k8s/operator/crd/opentelemetry.io_instrumentations-v0.158.0.yaml";
  private static final String INSTRUMENTATION = "k8s/operator/instrumentation-driftwatch.yaml";
  private static final String DEPLOYMENT = "k8s/operator/deployment-annotation.yaml";
  private static final String DOCKERFILE = "k8s/agent-image/Dockerfile";
  private static final String EXTENSION_INSTRUMENTATION = "k8s/operator/instrumentation-official-with-driftwatch.yaml";
  private static final String EXTENSION_DOCKERFILE = "k8s/extension-image/Dockerfile";
  /** Where the Operator's Java injection copies the agent from in the image. */
  private static final String OPERATOR_AGENT_PATH = "/javaagent.jar";
  private static final String INJECT_JAVA = "instrumentation.opentelemetry.io/inject-java";

  private static Validator.Result validate(JsonNode manifest) {
    JsonNode schema = null;
    for (JsonNode version : FleetFiles.yaml(CRD).path("spec").path("versions")) {
      if (manifest.path("apiVersion").asText().equals("opentelemetry.io/" + version.path("name").asText())) {
        schema = version.path("schema").path("openAPIV3Schema");
      }
    }
    assertTrue(schema != null && schema.isObject(), "the CRD serves " + manifest.path("apiVersion"));
    Validator validator = new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory()).createValidator();
    URI uri = URI.create("urn:driftwatch:instrumentation-crd");
    validator.registerSchema(uri, schema);
    return validator.validate(uri, manifest);
  }

  private static String errors(Validator.Result result) {
    return result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @ValueSource(strings = {INSTRUMENTATION, EXTENSION_INSTRUMENTATION})
  void eachInstrumentationValidatesAgainstTheOperatorsCrd(String file) {
    JsonNode instrumentation = FleetFiles.yaml(file);

    Validator.Result result = validate(instrumentation);

    assertTrue(result.isValid(), errors(result));
    assertEquals("Instrumentation", instrumentation.path("kind").asText());
  }

  @Test
  void theSchemaCheckCatchesAMistake() {
    ObjectNode broken = FleetFiles.yaml(INSTRUMENTATION).deepCopy();
    ((ObjectNode) broken.path("spec").path("java")).put("env", "OTEL_EXPORTER_OTLP_PROTOCOL=grpc");
    ObjectNode extension = new ObjectMapper().createObjectNode().put("image", "registry.example.com/x:1");
    ((ObjectNode) broken.path("spec").path("java")).putArray("extensions").add(extension); // no dir

    Validator.Result result = validate(broken);

    assertFalse(result.isValid(), "a string where the CRD wants a list, an extension without its dir");
    String found = errors(result);
    assertTrue(found.contains("/spec/java/env") && found.contains("/spec/java/extensions/0"), found);
  }

  @Test
  void theDeploymentAnnotationNamesTheInstrumentationInItsNamespace() {
    JsonNode instrumentation = FleetFiles.yaml(INSTRUMENTATION);
    JsonNode deployment = FleetFiles.yaml(DEPLOYMENT);

    String value = deployment.path("spec").path("template").path("metadata").path("annotations").path(INJECT_JAVA)
        .asText();
    assertEquals(instrumentation.path("metadata").path("name").asText(), value);
    assertEquals(instrumentation.path("metadata").path("namespace").asText(),
        deployment.path("metadata").path("namespace").asText());
  }

  @Test
  void theImageHoldsTheJarTheBuildWritesWhereTheOperatorCopiesFrom() {
    String[] copy = onlyCopy(DOCKERFILE);
    assertEquals(OPERATOR_AGENT_PATH, copy[1]);
    assertEquals("agent/target/" + builtJar("agent"), copy[0], "the COPY source is the jar the agent build writes");
    assertEquals(builtTag(DOCKERFILE), FleetFiles.yaml(INSTRUMENTATION).path("spec").path("java").path("image").asText(),
        "the Instrumentation uses the image the Dockerfile builds");
  }

  @Test
  void theExtensionImageHoldsTheExtensionJarWhereTheInstrumentationSaysAndTheOfficialAgentIsThePinnedOne() {
    String[] copy = onlyCopy(EXTENSION_DOCKERFILE);
    String jar = builtJar("agent/extension");
    assertEquals("agent/extension/target/" + jar, copy[0], "the jar the extension build writes");

    JsonNode java = FleetFiles.yaml(EXTENSION_INSTRUMENTATION).path("spec").path("java");
    JsonNode extension = java.path("extensions").path(0);
    assertEquals(extension.path("dir").asText() + "/" + jar, copy[1],
        "the Operator copies the directory spec.java.extensions[0].dir from the image");
    assertEquals(builtTag(EXTENSION_DOCKERFILE), extension.path("image").asText(),
        "the Instrumentation uses the image the Dockerfile builds");

    String itPom = FleetFiles.text(FleetFiles.path("../integration-tests/pom.xml"));
    Matcher official = Pattern.compile("<artifactId>opentelemetry-javaagent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(itPom);
    assertTrue(official.find(), "the official agent the integration tests run");
    assertTrue(java.path("image").asText().endsWith(":" + official.group(1)),
        "the Operator injects the official agent version the extension is tested with: " + java.path("image"));
  }

  /** The source and target of the Dockerfile's one COPY line. */
  private static String[] onlyCopy(String dockerfilePath) {
    String dockerfile = FleetFiles.text(FleetFiles.path(dockerfilePath));
    List<String[]> copies = dockerfile.lines().filter(l -> l.startsWith("COPY "))
        .map(l -> l.substring(5).trim().split("\\s+")).toList();
    assertEquals(1, copies.size(), dockerfile);
    return copies.get(0);
  }

  /** The name of the jar the module's packaging writes ({@code <jar destfile=...>} in its pom). */
  private static String builtJar(String module) {
    Matcher destfile = Pattern.compile("<jar destfile=\"\\$\\{project.build.directory}/([^\"]+)\"")
        .matcher(FleetFiles.text(FleetFiles.path("../" + module + "/pom.xml")));
    assertTrue(destfile.find(), "the jar's name in " + module + "/pom.xml");
    return destfile.group(1);
  }

  /** The image tag the build command in the Dockerfile's comment gives. */
  private static String builtTag(String dockerfilePath) {
    Matcher tag = Pattern.compile("docker build -f otel-collector/" + Pattern.quote(dockerfilePath) + " -t (\\S+) \\.")
        .matcher(FleetFiles.text(FleetFiles.path(dockerfilePath)));
    assertTrue(tag.find(), "the build command in " + dockerfilePath);
    return tag.group(1);
  }
}
