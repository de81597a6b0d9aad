package dev.satpage.imagery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core (planning, stitching, codec, the service, experiments) stays free of AWS (the SDK and
 * shared-aws), Spring and HTTP; only adapters touch them.
 */
@AnalyzeClasses(
    packages = "dev.satpage.imagery",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule coreHasNoInfrastructure =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.satpage.imagery",
              "..imagery.plan..",
              "..imagery.stitch..",
              "..imagery.codec..",
              "..imagery.provider..",
              "..imagery.experiment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "software.amazon.awssdk..",
              "org.springframework..",
              "java.net.http..",
              "io.awspring..",
              "io.opentelemetry..",
              "dev.satpage.aws..");

  @ArchTest
  static final ArchRule onlyTheAppPackageKnowsSpring =
      noClasses()
          .that()
          .resideOutsideOfPackage("..imagery.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "io.awspring..", "software.amazon.awssdk..");

  @ArchTest
  static final ArchRule coreDoesNotReachIntoTheApp =
      noClasses()
          .that()
          .resideOutsideOfPackage("..imagery.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..imagery.app..");
}
