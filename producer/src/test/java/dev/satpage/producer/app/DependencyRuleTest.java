package dev.satpage.producer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The producer's core (intake, coordinator, access, status, preview) stays free of the SDK, Spring,
 * tracing and HTTP; only {@code app} wires them.
 */
class DependencyRuleTest {
  private static final String[] CORE = {
    "dev.satpage.producer.intake..",
    "dev.satpage.producer.coordinator..",
    "dev.satpage.producer.access..",
    "dev.satpage.producer.status..",
    "dev.satpage.producer.preview.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.satpage.producer");

  @Test
  void coreDoesNotDependOnAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon.awssdk..",
            "org.springframework..",
            "io.awspring..",
            "java.net.http..",
            "io.opentelemetry..",
            "dev.satpage.aws..")
        .check(classes);
  }

  @Test
  void coreDoesNotDependOnTheApp() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.satpage.producer.app..")
        .check(classes);
  }
}
