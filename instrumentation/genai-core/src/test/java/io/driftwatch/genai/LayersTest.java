package io.driftwatch.genai;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core reads bottom to top: what the transport saw ({@code exchange}), what each provider's
 * API means ({@code providers}), what the call tells ({@code analysis}), and telemetry made from
 * that ({@code emit}), beside it the replay set ({@code replay}); {@code pipeline} wires them. A lower layer never reaches a higher one.
 */
@AnalyzeClasses(packages = "io.driftwatch.genai", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  @ArchTest
  static final ArchRule layersOnlyReachDown = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("base").definedBy("io.driftwatch.genai.config..", "io.driftwatch.genai.util..")
      .layer("context").definedBy("io.driftwatch.genai.context..")
      .layer("exchange").definedBy("io.driftwatch.genai.exchange..")
      .layer("providers").definedBy("io.driftwatch.genai.providers..", "io.driftwatch.genai.retrieval..",
          "io.driftwatch.genai.mcp..", "io.driftwatch.genai.protocols..")
      .layer("analysis").definedBy("io.driftwatch.genai.analysis..")
      .layer("emit").definedBy("io.driftwatch.genai.emit..")
      .layer("replay").definedBy("io.driftwatch.genai.replay..")
      .layer("pipeline").definedBy("io.driftwatch.genai.pipeline..")
      .whereLayer("pipeline").mayNotBeAccessedByAnyLayer()
      .whereLayer("replay").mayOnlyBeAccessedByLayers("pipeline")
      .whereLayer("emit").mayOnlyBeAccessedByLayers("pipeline")
      .whereLayer("analysis").mayOnlyBeAccessedByLayers("emit", "replay", "pipeline")
      .whereLayer("providers").mayOnlyBeAccessedByLayers("analysis", "emit", "replay", "pipeline")
      .whereLayer("exchange").mayOnlyBeAccessedByLayers("providers", "analysis", "emit", "replay", "pipeline")
      .whereLayer("context").mayOnlyBeAccessedByLayers("exchange", "providers", "analysis", "emit", "replay",
          "pipeline");

  /** The replay set is kept from what analysis concluded; it makes no telemetry and emit does not know it. */
  @ArchTest
  static final ArchRule replaySetIsBesideEmission = noClasses().that().resideInAPackage("io.driftwatch.genai.replay..")
      .should().dependOnClassesThat().resideInAPackage("io.driftwatch.genai.emit..");

  /** Emitters read the immutable call report, never the transport's record or the parsers' state. */
  @ArchTest
  static final ArchRule emittersReadOnlyTheReport = noClasses().that().resideInAPackage("io.driftwatch.genai.emit..")
      .should().dependOnClassesThat().resideInAnyPackage("io.driftwatch.genai.exchange..",
          "io.driftwatch.genai.providers..", "io.driftwatch.genai.retrieval..", "io.driftwatch.genai.mcp..",
          "io.driftwatch.genai.protocols..")
      .orShould().dependOnClassesThat(resideInAPackage("io.driftwatch.genai.analysis..")
          .and(not(resideInAPackage("io.driftwatch.genai.analysis.report.."))));

  /** The report is plain values: it knows nothing of how it was made. */
  @ArchTest
  static final ArchRule reportIsSelfContained = noClasses().that().resideInAPackage("io.driftwatch.genai.analysis.report..")
      .should().dependOnClassesThat().resideInAnyPackage("io.driftwatch.genai.exchange..",
          "io.driftwatch.genai.providers..", "io.driftwatch.genai.retrieval..", "io.driftwatch.genai.mcp..",
          "io.driftwatch.genai.analysis", "io.driftwatch.genai.analysis.checks..",
          "io.driftwatch.genai.analysis.content..", "io.driftwatch.genai.analysis.cost..",
          "io.driftwatch.genai.analysis.outcome..", "io.driftwatch.genai.analysis.runbook..");

  /**
   * What a call means is judged from provider-level values: only the reading of the exchange
   * (CallAnalyzer, outcome: status, headers, retries) touches the transport's record.
   */
  @ArchTest
  static final ArchRule judgementsDoNotSeeTheTransport = noClasses().that().resideInAnyPackage(
          "io.driftwatch.genai.analysis.checks..", "io.driftwatch.genai.analysis.cost..",
          "io.driftwatch.genai.analysis.content..", "io.driftwatch.genai.analysis.runbook..",
          "io.driftwatch.genai.analysis.report..")
      .should().dependOnClassesThat().resideInAPackage("io.driftwatch.genai.exchange..");

  /** A vector store or an MCP server is one more folder: LLM providers never know of them. */
  @ArchTest
  static final ArchRule providersDoNotKnowTheOtherCalls = noClasses().that()
      .resideInAPackage("io.driftwatch.genai.providers..")
      .should().dependOnClassesThat().resideInAnyPackage("io.driftwatch.genai.retrieval..",
          "io.driftwatch.genai.mcp..", "io.driftwatch.genai.protocols..");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.driftwatch.genai.(**)").should().beFreeOfCycles();
}
