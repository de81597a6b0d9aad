package dev.satpage.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rendering core is pure: only the app package (the composition root and listener) knows Spring and the SDK. */
class DependencyRuleTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.satpage.render");

  @Test
  void corePackages_doNotDependOnTheAwsSdkOrSpring() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.satpage.render.service..", "dev.satpage.render.page..", "dev.satpage.render.print..", "dev.satpage.render.template..",
            "dev.satpage.render.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon.awssdk..", "org.springframework..", "io.awspring..", "dev.satpage.aws..")
        .check(CLASSES);
  }

  @Test
  void page_doesNotDependOnTheService() {
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.render.page..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.satpage.render.service..", "dev.satpage.render.app..")
        .check(CLASSES);
  }

  @Test
  void printAndTemplate_doNotDependOnTheServiceOrApp() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.satpage.render.print..", "dev.satpage.render.template..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.satpage.render.service..", "dev.satpage.render.app..")
        .check(CLASSES);
  }

  /** Text layout is shared by preview and print, so it knows neither, nor templates, the service or the app. */
  @Test
  void text_dependsOnNoOtherRenderPackage() {
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.render.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.satpage.render.page..", "dev.satpage.render.print..", "dev.satpage.render.template..",
            "dev.satpage.render.service..", "dev.satpage.render.app..")
        .check(CLASSES);
  }

  @Test
  void service_doesNotDependOnTheApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.render.service..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.satpage.render.app..")
        .check(CLASSES);
  }
}
