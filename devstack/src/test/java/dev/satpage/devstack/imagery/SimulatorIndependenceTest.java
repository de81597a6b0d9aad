package dev.satpage.devstack.imagery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator checks the imagery worker's planning and shared-model's Web Mercator; it must not
 * use either, or a misreading of a provider on both sides would pass every test.
 */
class SimulatorIndependenceTest {
  private static final String[] FORBIDDEN = {"dev.satpage.model.geo", "dev.satpage.imagery"};
  private static final Path SOURCES = Path.of("src/main/java/dev/satpage/devstack/imagery");

  /**
   * Byte code: no class of the package refers to a forbidden one (an empty package fails:
   * failOnEmptyShould).
   */
  @Test
  void simulatorClasses_dependOnNeitherSharedModelGeoNorTheImageryWorker() {
    JavaClasses simulator =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.satpage.devstack.imagery");
    noClasses()
        .that()
        .resideInAPackage("dev.satpage.devstack.imagery..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FORBIDDEN[0] + "..", FORBIDDEN[1] + "..")
        .because(
            "the simulator is written from the providers' documentation, not from the code it checks")
        .check(simulator);
  }

  /**
   * Source: javac inlines constants (WebMercator.MAX_LATITUDE leaves no trace in byte code), so
   * read the text too.
   */
  @Test
  void simulatorSources_nameNeitherSharedModelGeoNorTheImageryWorker() throws IOException {
    Pattern forbidden =
        Pattern.compile(
            "\\b(" + Pattern.quote(FORBIDDEN[0]) + "|" + Pattern.quote(FORBIDDEN[1]) + ")\\.");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources)
        .as("simulator sources under " + SOURCES.toAbsolutePath())
        .hasSizeGreaterThan(10);
    for (Path source : sources) {
      assertThat(forbidden.matcher(Files.readString(source)).find())
          .as(source.toString())
          .isFalse();
    }
  }
}
