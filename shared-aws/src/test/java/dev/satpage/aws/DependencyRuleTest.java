package dev.satpage.aws;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Spring and Spring Cloud AWS are optional dependencies of shared-aws: the imagery Lambda uses its
 * S3 and SQS adapters without them (the zip carries no Spring). Only the Spring wiring and the
 * container health endpoint may touch them.
 */
@AnalyzeClasses(packages = "dev.satpage.aws", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {
  @ArchTest
  static final ArchRule onlyTheSpringWiringKnowsSpring =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.satpage.aws.spring..", "dev.satpage.aws.health..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "io.awspring..");

  /**
   * The adapters use the OpenTelemetry API; only the trace package touches its SDK, which is loaded
   * only when traces are exported (Tracing).
   */
  @ArchTest
  static final ArchRule onlyTheTracePackageKnowsTheOpenTelemetrySdk =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.satpage.aws.trace..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.opentelemetry.sdk..");

  @ArchTest
  static final ArchRule adaptersDoNotReachIntoTheSpringWiring =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.satpage.aws.spring..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.satpage.aws.spring..");
}
