package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests: the collector tiers (kustomization.yaml) and the zero-code app rollout. */
class KubernetesManifestsTest {
  private final JsonNode kustomization = FleetFiles.yaml("kustomization.yaml");

  @Test
  void kustomizationNamesOnlyFilesThatExist() {
    List<String> files = new ArrayList<>(FleetFiles.texts(kustomization.path("resources")));
    kustomization.path("configMapGenerator").forEach(g -> FleetFiles.texts(g.path("files"))
        .forEach(f -> files.add(f.contains("=") ? f.substring(f.indexOf('=') + 1) : f)));
    assertFalse(files.isEmpty());
    files.forEach(f -> assertTrue(Files.exists(FleetFiles.path(f)), f + " does not exist"));
  }

  @Test
  void collectorsReadAFileOfTheGeneratedConfigMapTheyMount() {
    Map<String, Set<String>> keysByConfigMap = new HashMap<>();
    kustomization.path("configMapGenerator").forEach(generator -> {
      Set<String> keys = new TreeSet<>();
      FleetFiles.texts(generator.path("files")).forEach(f -> keys.add(f.contains("=")
          ? f.substring(0, f.indexOf('=')) : Path.of(f).getFileName().toString()));
      keysByConfigMap.put(generator.path("name").asText(), keys);
    });
    for (String manifest : List.of("k8s/gateway.yaml", "k8s/sampler.yaml")) {
      JsonNode pod = deployment(manifest).path("spec").path("template").path("spec");
      JsonNode volume = pod.path("volumes").get(0);
      Set<String> keys = keysByConfigMap.get(volume.path("configMap").path("name").asText());
      assertNotNull(keys, manifest + " mounts a ConfigMap that kustomization.yaml does not generate");
      JsonNode container = pod.path("containers").get(0);
      String config = FleetFiles.texts(container.path("args")).get(0).replace("--config=", "");
      String mountPath = "";
      for (JsonNode mount : container.path("volumeMounts")) {
        if (mount.path("name").asText().equals(volume.path("name").asText())) {
          mountPath = mount.path("mountPath").asText();
        }
      }
      String file = config.startsWith(mountPath + "/") ? config.substring(mountPath.length() + 1) : config;
      assertTrue(keys.contains(file), manifest + " reads " + config + " but the ConfigMap holds " + keys);
    }
  }

  @Test
  void samplerGetsEveryEnvironmentVariableTheCollectorConfigReads() {
    JsonNode container = deployment("k8s/sampler.yaml").path("spec").path("template").path("spec").path("containers").get(0);
    Set<String> env = new TreeSet<>(container.path("env").findValuesAsText("name"));
    assertTrue(env.contains("JAEGER_OTLP_ENDPOINT"), env::toString);
  }

  @Test
  void everyImageIsPinnedToAVersion() {
    for (String manifest : List.of("k8s/gateway.yaml", "k8s/sampler.yaml", "k8s/app-with-agent.yaml")) {
      for (JsonNode doc : FleetFiles.yamlDocuments(manifest)) {
        for (String image : doc.findValuesAsText("image")) {
          assertTrue(image.matches(".+:v?\\d+(\\.\\d+)+"), manifest + " image not pinned: " + image);
        }
      }
    }
  }

  @Test
  void appLoadsTheAgentThatItsInitContainerCopiedIntoAnEmptyDir() {
    JsonNode pod = deployment("k8s/app-with-agent.yaml").path("spec").path("template").path("spec");
    JsonNode app = pod.path("containers").get(0);
    String options = env(app, "JAVA_TOOL_OPTIONS");
    assertTrue(options.contains("-javaagent:/otel-agent/driftwatch-agent.jar"), options);
    JsonNode init = pod.path("initContainers").get(0);
    assertTrue(FleetFiles.texts(init.path("command")).contains("/otel-agent/driftwatch-agent.jar"),
        "the init container must copy the jar to the path JAVA_TOOL_OPTIONS names");
    String volume = mountAt(init, "/otel-agent");
    assertEquals(volume, mountAt(app, "/otel-agent"), "init container and app must share the volume");
    JsonNode emptyDir = null;
    for (JsonNode v : pod.path("volumes")) {
      if (v.path("name").asText().equals(volume)) {
        emptyDir = v.get("emptyDir");
      }
    }
    assertNotNull(emptyDir, volume + " must be an emptyDir");
  }

  @Test
  void appSendsToTheGatewayServiceOverOtlpHttp() {
    JsonNode app = deployment("k8s/app-with-agent.yaml").path("spec").path("template").path("spec").path("containers").get(0);
    URI endpoint = URI.create(env(app, "OTEL_EXPORTER_OTLP_ENDPOINT"));
    assertEquals("http/protobuf", env(app, "OTEL_EXPORTER_OTLP_PROTOCOL"));
    assertFalse(env(app, "OTEL_SERVICE_NAME").isBlank());
    JsonNode service = null;
    for (JsonNode doc : FleetFiles.yamlDocuments("k8s/gateway.yaml")) {
      if ("Service".equals(doc.path("kind").asText())) {
        service = doc;
      }
    }
    assertNotNull(service);
    String host = service.path("metadata").path("name").asText() + "." + kustomization.path("namespace").asText() + ".svc";
    assertEquals(host, endpoint.getHost());
    assertTrue(service.path("spec").path("ports").findValuesAsText("port").contains(String.valueOf(endpoint.getPort())));
  }

  private static JsonNode deployment(String manifest) {
    for (JsonNode doc : FleetFiles.yamlDocuments(manifest)) {
      if ("Deployment".equals(doc.path("kind").asText())) {
        return doc;
      }
    }
    throw new AssertionError(manifest + " has no Deployment");
  }

  private static String env(JsonNode container, String name) {
    for (JsonNode variable : container.path("env")) {
      if (name.equals(variable.path("name").asText())) {
        return variable.path("value").asText();
      }
    }
    throw new AssertionError(container.path("name").asText() + " does not set " + name);
  }

  private static String mountAt(JsonNode container, String path) {
    for (JsonNode mount : container.path("volumeMounts")) {
      if (path.equals(mount.path("mountPath").asText())) {
        return mount.path("name").asText();
      }
    }
    throw new AssertionError(container.path("name").asText() + " mounts nothing at " + path);
  }
}
