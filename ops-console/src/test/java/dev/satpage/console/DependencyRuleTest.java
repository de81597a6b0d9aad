package dev.satpage.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's views and pages are pure: only the composition root ({@code app}) knows the AWS
 * SDK, the adapters and the HTTP server's wiring; the views know no web code.
 */
class DependencyRuleTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(List.of(Location.of(Path.of("target/classes"))));

  @Test
  void viewsAndPages_doNotDependOnTheAwsSdkOrItsAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.satpage.console.view..", "dev.satpage.console.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon.awssdk..",
            "dev.satpage.aws..",
            "dev.satpage.ops.aws..",
            "org.springframework..")
        .check(CLASSES);
  }

  @Test
  void views_doNotDependOnThePages() {
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.console.view..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.satpage.console.web..", "dev.satpage.console.app..", "com.sun.net.httpserver..")
        .check(CLASSES);
  }
}
