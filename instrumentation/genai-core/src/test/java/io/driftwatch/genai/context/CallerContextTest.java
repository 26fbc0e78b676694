package io.driftwatch.genai.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MDC values and flags taken on the thread that starts a call and read on the thread that runs it. */
class CallerContextTest {

  private final MetadataCapture metadata = new MetadataCapture(MetadataSettings.from(key -> null));
  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void clear() throws Exception {
    ThreadContextMirror.mdcClear();
    otherThread.shutdownNow();
    otherThread.awaitTermination(10, TimeUnit.SECONDS);
  }

  private RequestMetadata onOtherThread(CallerContext caller) throws Exception {
    return CompletableFuture.supplyAsync(() -> metadata.capture(name -> null, caller), otherThread).get(10, TimeUnit.SECONDS);
  }

  @Test
  void aThreadWithNothingSetCapturesTheSharedEmptyContext() {
    assertSame(CallerContext.EMPTY, CallerContext.capture());
  }

  @Test
  void mdcAndFlagsTakenOnTheCallerAreReadOnTheThreadThatStartsTheExchange() throws Exception {
    ThreadContextMirror.mdcPut("prompt.version", "v9");
    FlagEvaluation flag = new FlagEvaluation("retrieval-v2", "on", "true", "STATIC", "memory");
    ThreadContextMirror.flagEvaluated(flag);

    CallerContext caller = CallerContext.capture();
    RequestMetadata read = onOtherThread(caller);

    assertEquals("v9", read.get(MetadataField.PROMPT_VERSION));
    assertEquals(List.of(flag), read.flags());
    assertEquals(RequestMetadata.NONE, onOtherThread(null), "without the capture the other thread has nothing");
  }

  @Test
  void theCaptureIsACopyLaterChangesOnTheCallerDoNotReachIt() throws Exception {
    ThreadContextMirror.mdcPut("prompt.version", "v1");
    CallerContext caller = CallerContext.capture();
    ThreadContextMirror.mdcPut("prompt.version", "v2");

    assertEquals("v1", onOtherThread(caller).get(MetadataField.PROMPT_VERSION));
  }

  @Test
  void aResumedContextIsWhatCallsOnThatThreadReadUntilRestored() throws Exception {
    ThreadContextMirror.mdcPut("user.segment", "enterprise");
    CallerContext caller = CallerContext.capture();

    RequestMetadata[] seen = new RequestMetadata[3];
    otherThread.submit(() -> {
      CallerContext previous = CallerContext.resume(caller);
      try {
        seen[0] = metadata.capture(name -> null);
        seen[1] = metadata.capture(name -> null, CallerContext.capture());
      } finally {
        CallerContext.restore(previous);
      }
      seen[2] = metadata.capture(name -> null);
      return null;
    }).get(10, TimeUnit.SECONDS);

    assertEquals("enterprise", seen[0].get(MetadataField.USER_SEGMENT));
    assertEquals("enterprise", seen[1].get(MetadataField.USER_SEGMENT));
    assertNull(seen[2].get(MetadataField.USER_SEGMENT));
  }
}
