package dev.satpage.infra;

import dev.satpage.infra.hcl.Hcl2Json;
import dev.satpage.infra.hcl.TfModule;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The module under test (parsed once per JVM: one node start) and the small deliberately bad fixture modules. */
public final class TfFixtures {
  private static TfModule module;

  private TfFixtures() {}

  /** infra/terraform, wherever Maven or an IDE runs the tests from. */
  public static Path moduleDir() {
    Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    return base.resolve("variables.tf").toFile().isFile() ? base : base.resolve("infra/terraform");
  }

  public static Path repoRoot() {
    return moduleDir().resolve("../..").normalize();
  }

  public static Hcl2Json parser() {
    return new Hcl2Json(moduleDir().resolve("checks"));
  }

  public static synchronized TfModule module() {
    if (module == null) {
      module = TfModule.load(parser(), moduleDir());
    }
    return module;
  }

  /** A fixture module: every .tf in src/test/resources/fixtures/{name}/. */
  public static TfModule fixture(String name) {
    try {
      Path dir = Path.of(TfFixtures.class.getResource("/fixtures/" + name).toURI());
      return TfModule.load(parser(), dir);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }
}
