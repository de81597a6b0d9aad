package dev.satpage.infra;

import dev.satpage.infra.hcl.Hcl2Json;
import dev.satpage.infra.hcl.TfModule;
import dev.satpage.infra.schema.ProviderSchema;
import dev.satpage.infra.schema.SchemaCheck;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The module under test (parsed once per JVM: one node start) and the small deliberately bad
 * fixture modules.
 */
public final class TfFixtures {
  private static TfModule module;
  private static ProviderSchema schema;

  private TfFixtures() {}

  /** infra/terraform, wherever Maven or an IDE runs the tests from. */
  public static Path moduleDir() {
    Path base =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
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

  /**
   * The AWS provider's schema of every type the module and the schema fixture use (read once per
   * JVM: the package's assembly is ~130 MB of JSON).
   */
  public static synchronized ProviderSchema providerSchema() {
    if (schema == null) {
      Set<String> keys = new TreeSet<>(SchemaCheck.keys(module().files()));
      keys.addAll(SchemaCheck.keys(fixture("schema").files()));
      schema = ProviderSchema.load(moduleDir().resolve("checks"), keys);
    }
    return schema;
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
