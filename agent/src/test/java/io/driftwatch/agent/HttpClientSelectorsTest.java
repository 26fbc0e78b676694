package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the HttpClients created while the SDK starts are stopped at exit; the application's keep running. */
class HttpClientSelectorsTest {

  @Test
  void stopsTheSelectorsOfClientsCreatedDuringStartAndNoOthers() throws InterruptedException {
    HttpClient applications = HttpClient.newHttpClient();
    Set<Thread> before = HttpClientSelectors.running();
    HttpClient[] agents = new HttpClient[1];
    HttpClientSelectors selectors = HttpClientSelectors.createdBy(() -> agents[0] = HttpClient.newHttpClient());
    assertEquals(1, selectors.count());
    Set<Thread> created = new HashSet<>(HttpClientSelectors.running());
    created.removeAll(before);
    Thread agentSelector = created.iterator().next();

    selectors.stop();
    agentSelector.join(60_000); // returns as soon as the thread ends; the bound only keeps a broken run finite
    assertFalse(agentSelector.isAlive(), "the agent's selector thread still runs");
    assertTrue(before.stream().allMatch(Thread::isAlive), "an application's selector thread was stopped");
    assertTrue(applications != null && agents[0] != null);
  }
}
