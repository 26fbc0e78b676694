package io.driftwatch.it.apps;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many threads calling an LLM for a while; prints calls, errors, live threads and heap after GC
 * at warm-up and at the end, so a test can see leaks.
 */
public final class SoakApp {

  private SoakApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int threads = Integer.parseInt(args[1]);
    long seconds = Long.parseLong(args[2]);
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey("sk-canary-soak").maxRetries(0).build();
    AtomicLong calls = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Runnable oneCall = () -> {
      try {
        client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model("gpt-4o-mini-soak").addSystemMessage("Be brief.").addUserMessage("q" + calls.get()).build());
        calls.incrementAndGet();
      } catch (RuntimeException e) {
        errors.incrementAndGet();
      }
    };
    for (int i = 0; i < 50; i++) {
      oneCall.run();
    }
    report("warm", calls, errors);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          oneCall.run();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
    Thread.sleep(2000); // let the agent's threads settle
    report("end", calls, errors);
  }

  private static void report(String phase, AtomicLong calls, AtomicLong errors) {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(phase + " calls=" + calls.get() + " errors=" + errors.get()
        + " threads=" + Thread.activeCount() + " heapMb=" + heap / (1024 * 1024));
  }
}
