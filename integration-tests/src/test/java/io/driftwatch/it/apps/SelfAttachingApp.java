package io.driftwatch.it.apps;

import com.sun.tools.attach.VirtualMachine;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * An application already running (and already past its first LLM call, so the JDK HttpClient is
 * loaded) when the agent is attached to it; only calls after the attach are observed.
 */
public final class SelfAttachingApp {

  private SelfAttachingApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    chat(baseUrl, args[1]);
    VirtualMachine vm = VirtualMachine.attach(Long.toString(ProcessHandle.current().pid()));
    try {
      vm.loadAgent(args[3]);
    } finally {
      vm.detach();
    }
    chat(baseUrl, args[2]);
    Thread.sleep(1500); // let the batch processor export before exit
  }

  private static void chat(String baseUrl, String modelName) {
    OpenAiChatModel model = OpenAiChatModel.builder()
        .baseUrl(baseUrl).apiKey("sk-canary-attach").modelName(modelName).maxRetries(0).build();
    System.out.println("answer=" + model.chat("hello"));
  }
}
