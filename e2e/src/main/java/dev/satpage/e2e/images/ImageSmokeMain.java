package dev.satpage.e2e.images;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.devstack.net.FreePorts;
import dev.satpage.e2e.load.LoadOrders;
import dev.satpage.e2e.load.StackClients;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./satpage smoke-images}: the packaged OCI images (dist/target/images) run under podman
 * against an in-process devstack on the host network and carry books through the containerised
 * producer, imagery worker and render worker: a preview book and a print book, each rendered
 * exactly once, every page URI an object in S3. Each container's health command (the one the
 * image's {@code dev.satpage.health-check} label names) must pass, and the container must run as
 * the non-root user. Exits 0 when all of that holds, 1 otherwise (printing each container's log).
 */
public final class ImageSmokeMain {
  private static final String HEALTH_PORT = "8081"; // the images' SATPAGE_HEALTH_PORT default
  private static final Duration READY = Duration.ofMinutes(3);
  private static final Duration BOOKS = Duration.ofMinutes(5);

  private ImageSmokeMain() {}

  public static void main(String[] args) throws Exception {
    Path images = Path.of(args.length > 0 ? args[0] : "dist/target/images");
    Podman podman = new Podman();
    String run = "smoke" + ProcessHandle.current().pid();
    List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    // Ctrl-C or SIGTERM must not leave this run's containers behind (only these, by name).
    Thread cleanup =
        new Thread(() -> List.copyOf(started).forEach(podman::remove), "smoke-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    boolean ok = false;
    try (Devstack devstack = Devstack.start(DevstackConfig.defaults());
        StackClients clients = new StackClients(devstack.endpointProperties())) {
      Map<String, String> env = springEnv(devstack.endpointProperties());
      // Host network: the three containers share the host's ports, so each gets its own health and
      // web ports.
      for (String component : List.of("producer", "imagery-worker", "render-worker")) {
        String image = podman.load(images.resolve("satpage-" + component + ".tar"));
        String healthPort = Integer.toString(FreePorts.pick());
        Map<String, String> own = new LinkedHashMap<>(env);
        own.put("SATPAGE_COMPONENT", component);
        own.put("SATPAGE_HEALTH_PORT", healthPort);
        own.put("SERVER_PORT", Integer.toString(FreePorts.pick()));
        own.put("SPRING_CLOUD_AWS_SQS_LISTENER_POLLTIMEOUT", "2s");
        String name = run + "-" + component;
        podman.start(
            name,
            image,
            "1g",
            own,
            List.of(
                "java",
                "-cp",
                "/app/libs/*",
                "dev.satpage.aws.health.HealthProbe",
                "http://127.0.0.1:" + healthPort + "/health"));
        started.add(name);
        System.out.printf("smoke: started %s from %s (health port %s)%n", name, image, healthPort);
      }
      ok =
          awaitHealthy(podman, started)
              & nonRoot(podman, started)
              & books(clients, run)
              & turboJpeg(podman, run + "-imagery-worker");
    } finally {
      if (!ok) {
        for (String name : started) {
          System.out.println("---- " + name + " log ----\n" + podman.logs(name));
        }
      }
      List.copyOf(started).forEach(podman::remove);
      started.clear();
    }
    System.out.println(ok ? "smoke: PASSED" : "smoke: FAILED");
    System.exit(ok ? 0 : 1);
  }

  /**
   * devstack's endpoint settings as the environment variables ECS would set (Spring Boot's relaxed
   * binding).
   */
  static Map<String, String> springEnv(Map<String, String> properties) {
    Map<String, String> env = new LinkedHashMap<>();
    properties.forEach(
        (key, value) ->
            env.put(key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT), value));
    return env;
  }

  /**
   * Asks every container's health command until all pass or READY runs out (they start in
   * parallel).
   */
  private static boolean awaitHealthy(Podman podman, List<String> names)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(READY);
    List<String> waiting = new ArrayList<>(names);
    long start = System.nanoTime();
    while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
      for (String name : List.copyOf(waiting)) {
        if (podman.healthy(name)) {
          waiting.remove(name);
          System.out.printf(
              "smoke: %s health check passed after %.0f s%n",
              name, (System.nanoTime() - start) / 1e9);
        }
      }
      if (!waiting.isEmpty()) {
        Thread.sleep(
            5_000); // each check starts a JVM in the container: not too often on a small machine
      }
    }
    waiting.forEach(
        name ->
            System.out.printf(
                "smoke: %s health check FAILED (not healthy within %s)%n", name, READY));
    return waiting.isEmpty();
  }

  private static boolean nonRoot(Podman podman, List<String> names) {
    boolean all = true;
    for (String name : names) {
      String user = podman.inspect(name, "{{.Config.User}}").output().strip();
      boolean ok = !user.isEmpty() && !user.startsWith("0") && !user.startsWith("root");
      System.out.printf("smoke: %s runs as user %s%s%n", name, user, ok ? "" : " (root: FAILED)");
      all &= ok;
    }
    return all;
  }

  /**
   * The image's libturbojpeg (/opt/satpage/lib) loaded: the worker logs the codec it chose at
   * start.
   */
  private static boolean turboJpeg(Podman podman, String imageryWorker) {
    boolean loaded = podman.logs(imageryWorker).contains("JPEG codec: turbojpeg");
    System.out.printf(
        "smoke: %s codec %s%n", imageryWorker, loaded ? "turbojpeg" : "NOT turbojpeg (FAILED)");
    return loaded;
  }

  /**
   * A preview book and a print book through the containers: each rendered once, each page in S3.
   */
  private static boolean books(StackClients clients, String run) throws InterruptedException {
    Instant now = Instant.now();
    List<OrderPlaced> orders =
        List.of(LoadOrders.order(run, 0, 2, now), LoadOrders.order(run, 1, 2, now));
    for (OrderPlaced order : orders) {
      clients
          .queue()
          .send(
              Queues.ORDER_PLACED_NAME,
              new OutboundMessage(
                  order.orderId(),
                  Json.write(order),
                  Map.of(FailureAttributes.ORDER_ID, order.orderId())));
    }
    long start = System.nanoTime();
    PipelineEvents events = new PipelineEvents(clients.sqs(), clients.queue());
    Instant deadline = Instant.now().plus(BOOKS);
    while (events.rendered().size() < orders.size() && Instant.now().isBefore(deadline)) {
      events.poll(5);
    }
    // A little longer, so that a duplicate render would be seen.
    events.poll(3);
    List<BookRendered> rendered = events.rendered();
    System.out.printf(
        "smoke: %d of %d books rendered in %.1f s (%d print-ready)%n",
        rendered.size(),
        orders.size(),
        (System.nanoTime() - start) / 1e9,
        events.printReady().size());
    boolean ok =
        rendered.size() == orders.size()
            && rendered.stream().map(BookRendered::bookId).distinct().count() == orders.size()
            && events.printReady().size() == 1;
    for (BookRendered book : rendered) {
      for (String uri : book.pageUris()) {
        String key = URI.create(uri).getPath().substring(1);
        boolean exists = clients.store().exists(key);
        ok &= exists;
        if (!exists) {
          System.out.println("smoke: missing " + uri);
        }
      }
      System.out.printf(
          "smoke: %s %s: %d pages in S3%n", book.bookId(), book.purpose(), book.pageUris().size());
    }
    for (var print : events.printReady()) {
      boolean exists = clients.store().exists(URI.create(print.pdfUri()).getPath().substring(1));
      ok &= exists;
      System.out.printf(
          "smoke: %s print PDF %s%s%n",
          print.bookId(), print.pdfUri(), exists ? " in S3" : " MISSING");
    }
    return ok;
  }
}
