package org.skillgap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.common.NamedRow;

/**
 * The layering, as tests (docs/architecture.md draws it): jobs on top, then the pipeline (the root
 * of {@code org.skillgap.spark}), the stages, publish, the warehouse, Spark helpers, and a core of
 * plain Java at the bottom. Each rule is also run over planted violations (classes under {@code
 * org.skillgap.planted} and beside them in the test sources) and must report each one: a rule that
 * cannot fail proves nothing.
 */
class ArchitectureTest {

  private static final String CORE = "org.skillgap.core..";

  /** Core is plain Java: no Spark, Hadoop or Scala type anywhere in it. */
  static final ArchRule CORE_IS_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
          .because("domain rules are tested without a SparkSession and run on any engine");

  /** No package imports one above it. */
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Jobs")
          .definedBy("org.skillgap.jobs..")
          .layer("Pipeline")
          .definedBy("org.skillgap.spark")
          .layer("Ingest")
          .definedBy("org.skillgap.spark.ingest..")
          .layer("Extract")
          .definedBy("org.skillgap.spark.extract..")
          .layer("Report")
          .definedBy("org.skillgap.spark.report..")
          .layer("Publish")
          .definedBy("org.skillgap.spark.publish..")
          .layer("Warehouse")
          .definedBy("org.skillgap.spark.warehouse..")
          .layer("Common")
          .definedBy("org.skillgap.spark.common..")
          .layer("Sample")
          .definedBy("org.skillgap.sample..")
          .layer("Core")
          .definedBy(CORE)
          .whereLayer("Jobs")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Pipeline")
          .mayOnlyBeAccessedByLayers("Jobs")
          .whereLayer("Ingest")
          .mayOnlyBeAccessedByLayers("Jobs", "Pipeline")
          .whereLayer("Extract")
          .mayOnlyBeAccessedByLayers("Jobs", "Pipeline")
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Jobs", "Pipeline")
          .whereLayer("Publish")
          .mayOnlyBeAccessedByLayers("Jobs", "Pipeline", "Report")
          .whereLayer("Warehouse")
          .mayOnlyBeAccessedByLayers("Jobs", "Pipeline", "Ingest", "Extract", "Report", "Publish")
          .whereLayer("Common")
          .mayOnlyBeAccessedByLayers(
              "Jobs", "Pipeline", "Ingest", "Extract", "Report", "Publish", "Warehouse")
          .whereLayer("Sample")
          .mayOnlyBeAccessedByLayers("Jobs");

  /** No cycle among the packages of spark/. */
  static final ArchRule NO_CYCLES =
      slices().matching("org.skillgap.spark.(*)..").should().beFreeOfCycles();

  /**
   * Rows are built and read by name: a value read by position, or a row built from positional
   * values, lands in the wrong column the day a schema gains one.
   */
  static final ArchRule ROWS_BY_NAME =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(NamedRow.class.getName())
          .should()
          .callMethodWhere(positionalRowAccess())
          .because("NamedRow builds rows by column name, and Row.getAs(name) reads them");

  private static DescribedPredicate<JavaMethodCall> positionalRowAccess() {
    return DescribedPredicate.describe(
        "Row.get*(int) or RowFactory.create(...)",
        call -> {
          var target = call.getTarget();
          if (target.getOwner().isEquivalentTo(RowFactory.class)) {
            return target.getName().equals("create");
          }
          List<String> params =
              target.getRawParameterTypes().stream().map(t -> t.getName()).toList();
          return target.getOwner().isAssignableTo(Row.class)
              && (target.getName().startsWith("get") || target.getName().equals("isNullAt"))
              && params.equals(List.of("int"));
        });
  }

  /** Each rule and the planted class it must report. */
  private static final Map<ArchRule, String> PLANTED =
      Map.of(
          CORE_IS_PLAIN_JAVA, "org.skillgap.core.planted.PlantedSparkInCore",
          LAYERS, "org.skillgap.spark.warehouse.PlantedUpwardImport",
          NO_CYCLES, "org.skillgap.spark.common.PlantedCycle",
          ROWS_BY_NAME, "org.skillgap.spark.common.PlantedPositionalRow");

  // Our classes are the build's folders: scanning every jar on the test classpath for the package
  // took a minute and found nothing more.
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.skillgap");

  private static final JavaClasses WITH_PLANTED =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .withImportOption(
              location -> !location.contains("/test-classes/") || location.contains("/Planted"))
          .importPackages("org.skillgap");

  @Test
  void coreIsPlainJava() {
    CORE_IS_PLAIN_JAVA.check(MAIN);
  }

  @Test
  void noPackageImportsOneAboveIt() {
    LAYERS.check(MAIN);
  }

  @Test
  void sparkPackagesHaveNoCycle() {
    NO_CYCLES.check(MAIN);
  }

  @Test
  void rowsAreBuiltAndReadByName() {
    ROWS_BY_NAME.check(MAIN);
  }

  @Test
  void everyRuleReportsItsPlantedViolation() {
    PLANTED.forEach(
        (rule, planted) -> {
          EvaluationResult result = rule.evaluate(WITH_PLANTED);
          String report = result.getFailureReport().toString();
          assertTrue(
              result.hasViolation() && report.contains(planted),
              rule.getDescription() + " did not report " + planted + ":\n" + report);
        });
  }
}
