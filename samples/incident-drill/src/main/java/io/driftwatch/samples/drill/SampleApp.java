package io.driftwatch.samples.drill;

/** The sample apps the drill can run: the same support assistant on two SDKs, same stdin protocol. */
enum SampleApp {
  LANGCHAIN4J("langchain4j", "io.driftwatch.samples.rag.RagSupportApp", "rag-support",
      "RagSupportApp (LangChain4j)"),
  SPRING_AI("spring-ai", "io.driftwatch.samples.springai.SpringAiSupportApp", "spring-ai-support",
      "SpringAiSupportApp (Spring Boot, Spring AI)");

  private final String option;
  private final String mainClass;
  private final String servicePrefix;
  private final String description;

  SampleApp(String option, String mainClass, String servicePrefix, String description) {
    this.option = option;
    this.mainClass = mainClass;
    this.servicePrefix = servicePrefix;
    this.description = description;
  }

  /** As {@code --app} spells it. */
  String option() {
    return option;
  }

  String mainClass() {
    return mainClass;
  }

  String description() {
    return description;
  }

  /** Each scenario's app exports under its own service name, so their metrics never mix. */
  String serviceName(Scenario scenario) {
    return servicePrefix + "-" + scenario.name();
  }

  static SampleApp byOption(String option) {
    for (SampleApp app : values()) {
      if (app.option.equals(option)) {
        return app;
      }
    }
    throw new IllegalArgumentException("no app " + option + "; known: langchain4j, spring-ai");
  }
}
