package dev.satpage.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rendering core is pure: only the app package (the composition root and listener) knows Spring
 * and the SDK.
 */
class DependencyRuleTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.satpage.render");

  @Test
  void corePackages_doNotDependOnTheAwsSdkOrSpring() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.satpage.render.service..",
            "dev.satpage.render.page..",
            "dev.satpage.render.print..",
            "dev.satpage.render.template..",
            "dev.satpage.render.text..",
            "dev.satpage.render.design..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon.awssdk..",
            "org.springframework..",
            "io.awspring..",
            "io.opentelemetry..",
            "dev.satpage.aws..")
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

  /**
   * The page design is what preview and print both draw, so it is pure: no drawing library (Java2D,
   * ImageIO, PDFBox), no fonts, no painter; only the Definition File's model and the template's art
   * boxes.
   */
  @Test
  void design_isPureMaths_thatNoPainterCodeEntersAndThatKnowsNoPainter() {
    classes()
        .that()
        .resideInAPackage("dev.satpage.render.design..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.satpage.render.design..",
            "dev.satpage.render.template..",
            "dev.satpage.model..",
            "java.lang..",
            "java.util..")
        .check(CLASSES);
  }

  /**
   * Text layout is shared by preview and print, so it knows neither, nor templates, the service or
   * the app; it measures for the page design (the design's {@code TextMeasure}).
   */
  @Test
  void text_dependsOnNoOtherRenderPackageButTheDesign() {
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.render.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.satpage.render.page..",
            "dev.satpage.render.print..",
            "dev.satpage.render.template..",
            "dev.satpage.render.service..",
            "dev.satpage.render.app..")
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
