package dev.satpage.devstack.testing;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link Devstack} per test class before its {@code @BeforeAll} methods and stops it
 * after its {@code @AfterAll} methods (a {@code @Nested} class uses its outer class's);
 * {@code @BeforeAll}, constructors and test methods receive it as a {@code Devstack} parameter.
 * {@code @ExtendWith(DevstackExtension.class)} starts {@link DevstackConfig#defaults()};
 * {@code @RegisterExtension static final DevstackExtension DEVSTACK = DevstackExtension.of(config)}
 * starts another configuration and also hands the stack out through {@link #devstack()}.
 *
 * <p>Per class, not per JVM: ITs delete pipeline queues (MissingQueueIT), leave Spring listeners'
 * messages behind and set imagery faults, so a stack shared between classes would carry one class's
 * state into the next. Fault knobs are per test: set them through {@code
 * devstack.imagery().faults()} in the test and reset them there.
 */
public final class DevstackExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DevstackExtension.class);

  private final DevstackConfig config;
  private volatile Devstack current;

  /**
   * Devstack with {@link DevstackConfig#defaults()}: what
   * {@code @ExtendWith(DevstackExtension.class)} uses.
   */
  public DevstackExtension() {
    this(DevstackConfig.defaults());
  }

  private DevstackExtension(DevstackConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Devstack started with {@code config} (another bucket, a data dir for {@link
   * Devstack#restartS3()}).
   */
  public static DevstackExtension of(DevstackConfig config) {
    return new DevstackExtension(config);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    current = devstackOf(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getTestClass().equals(Optional.of(classContext(context).getRequiredTestClass()))) {
      Devstack stack =
          classContext(context).getStore(NAMESPACE).remove(key(context), Devstack.class);
      if (stack != null) {
        stack.close();
      }
    }
  }

  /**
   * The running stack of the current test class; only between its {@code beforeAll} and {@code
   * afterAll}.
   */
  public Devstack devstack() {
    Devstack stack = current;
    if (stack == null) {
      throw new IllegalStateException(
          "devstack is not running: register DevstackExtension as a static field");
    }
    return stack;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Devstack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return devstackOf(context);
  }

  /**
   * The class's stack, started on first use and kept in the outermost class's store until its
   * {@code afterAll}.
   */
  private Devstack devstackOf(ExtensionContext context) {
    return classContext(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key(context), k -> Devstack.start(config), Devstack.class);
  }

  private static Class<?> key(ExtensionContext context) {
    return classContext(context).getRequiredTestClass();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    // A @Nested class or a test method: walk up to the outermost class that registered the
    // extension.
    while (c.getParent().filter(p -> p.getTestClass().isPresent()).isPresent()) {
      c = c.getParent().orElseThrow();
    }
    return c;
  }
}
