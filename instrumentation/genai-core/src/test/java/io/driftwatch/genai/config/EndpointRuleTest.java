package io.driftwatch.genai.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code [provider=]host[:port][/path-prefix]}: how a configured endpoint is written and matched. */
class EndpointRuleTest {

  private static final String KEY = GenAiSettings.ENDPOINTS;

  private static EndpointRule rule(String entry) {
    List<EndpointRule> rules = EndpointRule.parseList(KEY, entry);
    assertEquals(1, rules.size());
    return rules.get(0);
  }

  @Test
  void fullFormGivesProviderHostPortAndPathPrefix() {
    assertEquals(new EndpointRule("vllm", "gpu-box", 8000, "/v1"), rule("vllm=gpu-box:8000/v1"));
  }

  @Test
  void providerDefaultsToOpenAiAndPortToAny() {
    assertEquals(new EndpointRule("openai", "litellm.internal", EndpointRule.ANY_PORT, ""), rule("litellm.internal"));
  }

  @Test
  void providerNamesMayUseTheConventionsDottedValues() {
    assertEquals("azure.ai.openai", rule("azure.ai.openai=contoso.openai.azure.com").providerName());
    assertEquals("mistral_ai", rule("mistral_ai=api.mistral.ai").providerName());
  }

  @Test
  void hostIsLowerCasedAndATrailingSlashIsDropped() {
    EndpointRule rule = rule("GPU-Box/v1/");

    assertEquals("gpu-box", rule.host());
    assertEquals("/v1", rule.pathPrefix());
  }

  @Test
  void ipv4AndBracketedIpv6HostsAreAccepted() {
    assertEquals(new EndpointRule("ollama", "127.0.0.1", 11434, ""), rule("ollama=127.0.0.1:11434"));
    assertEquals(new EndpointRule("openai", "[::1]", 8080, "/v1"), rule("[::1]:8080/v1"));
  }

  @Test
  void wildcardHostNeedsAPath() {
    assertEquals(new EndpointRule("openai", "*", EndpointRule.ANY_PORT, "/openai/deployments"), rule("*/openai/deployments"));
    ConfigException e = assertThrows(ConfigException.class, () -> rule("*"));
    assertTrue(e.getMessage().contains(KEY));
  }

  @Test
  void portOutsideOneTo65535IsRejectedNamingTheKey() {
    assertTrue(assertThrows(ConfigException.class, () -> rule("host:0")).getMessage().contains(KEY));
    assertTrue(assertThrows(ConfigException.class, () -> rule("host:65536")).getMessage().contains(KEY));
    assertEquals(65535, rule("host:65535").port());
  }

  @Test
  void blankOrMissingListIsEmpty() {
    assertEquals(List.of(), EndpointRule.parseList(KEY, null));
    assertEquals(List.of(), EndpointRule.parseList(KEY, " "));
    assertEquals(List.of(), EndpointRule.parseList(KEY, " , ,"));
  }

  @Test
  void parsedListIsImmutable() {
    List<EndpointRule> rules = EndpointRule.parseList(KEY, "a,b");

    assertThrows(UnsupportedOperationException.class, () -> rules.add(rule("c")));
  }

  @Test
  void matchesHostIgnoringCase() {
    EndpointRule rule = rule("vllm=gpu-box:8000/v1");

    assertTrue(rule.matches("GPU-BOX", 8000, "/v1/chat/completions"));
    assertFalse(rule.matches("gpu-box2", 8000, "/v1/chat/completions"));
  }

  @Test
  void matchesOnlyTheGivenPortUnlessAnyPort() {
    assertFalse(rule("gpu-box:8000").matches("gpu-box", 8001, "/v1/chat/completions"));
    assertTrue(rule("gpu-box").matches("gpu-box", 8001, "/v1/chat/completions"));
    assertTrue(rule("gpu-box").matches("gpu-box", -1, "/v1/chat/completions"));
  }

  @Test
  void matchesOnlyPathsUnderThePrefix() {
    EndpointRule rule = rule("gpu-box/v1");

    assertTrue(rule.matches("gpu-box", 80, "/v1/chat/completions"));
    assertFalse(rule.matches("gpu-box", 80, "/v2/chat/completions"));
    assertFalse(rule.matches("gpu-box", 80, "/chat/completions"));
  }

  @Test
  void wildcardHostMatchesAnyHostUnderItsPath() {
    EndpointRule rule = rule("azure.ai.openai=*/openai/deployments");

    assertTrue(rule.matches("contoso.openai.azure.com", 443, "/openai/deployments/gpt-4o/chat/completions"));
    assertFalse(rule.matches("contoso.openai.azure.com", 443, "/v1/chat/completions"));
  }
}
