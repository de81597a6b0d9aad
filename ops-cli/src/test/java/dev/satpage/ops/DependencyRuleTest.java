package dev.satpage.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay and book logic is pure: only the aws adapter package and the composition root know the
 * SDK.
 */
class DependencyRuleTest {
  // This module's compiled classes only: scanning the whole (e2e-sized) test classpath takes
  // seconds.
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(List.of(Location.of(Path.of("target/classes"))));

  @Test
  void coreAndCommands_doNotDependOnTheAwsSdk() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.satpage.ops.dlq..",
            "dev.satpage.ops.book..",
            "dev.satpage.ops.experiment..",
            "dev.satpage.ops.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon.awssdk..", "dev.satpage.aws..")
        .check(CLASSES);
  }

  @Test
  void core_doesNotDependOnPicocliOrTheAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.satpage.ops.dlq..", "dev.satpage.ops.book..", "dev.satpage.ops.experiment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "dev.satpage.ops.cli..", "dev.satpage.ops.aws..")
        .check(CLASSES);
  }
}
