package dev.satpage.devstack.imagery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.satpage.devstack.imagery.Parsed.Api;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * An HTTP imagery provider on 127.0.0.1 speaking, as documented, the Bing Maps static-map REST API
 * ({@link BingStaticMapFacts}), Azure Maps Render 2024-04-01 Get Map Static Image ({@link
 * AzureStaticImageFacts}) and Get Map Tile ({@link AzureMapTileFacts}), plus generic XYZ / Esri /
 * quadkey tiles ({@link TileRequests}). It draws {@link SyntheticTerrain} in its own projection
 * ({@link TileSystem}), refuses what the providers refuse with their statuses and error bodies, and
 * misbehaves on demand ({@link SimulatorFaults}).
 */
public final class ImagerySimulator implements AutoCloseable {
  private static final String USER_AGENT_SERVER = "satpage-imagery-simulator";

  private final String apiKey;
  private final SimulatorFaults faults;
  private final RandomGenerator random;
  private final ImageCache<Drawing> cache =
      new ImageCache<>(ImageCache.DEFAULT_MAX_ENTRIES, ImageCache.DEFAULT_MAX_BYTES);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong drawn = new AtomicLong();
  private final HttpServer server;
  private final ExecutorService workers;
  private final ScheduledExecutorService hangs;
  private volatile int pool;
  private final Map<ImageWindow, Integer> poolSlots =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ImageWindow, Integer> eldest) {
          return size() > 4096;
        }
      };
  private long nextSlot;
  private volatile boolean closed;

  private ImagerySimulator(int port, String apiKey, RandomGenerator random) throws IOException {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.random = Objects.requireNonNull(random, "random");
    this.faults = new SimulatorFaults(random);
    // One virtual thread per request: a real provider serves every request a client has in
    // flight, so the simulated latency (a sleep) must not hold one of a few worker threads — with
    // eight, two pages of 63 tiles fetched 16 at a time queued behind each other's sleeps.
    this.workers =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("imagery-", 0).factory());
    this.hangs =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("imagery-hang").factory());
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a simulator on {@code port} (0 = any free port) with a random fault generator. */
  public static ImagerySimulator start(int port, String apiKey) {
    return start(port, apiKey, RandomGenerator.of("L64X128MixRandom"));
  }

  /**
   * Starts a simulator whose faults are decided by {@code random} (seed it for reproducible tests).
   */
  public static ImagerySimulator start(int port, String apiKey, RandomGenerator random) {
    try {
      return new ImagerySimulator(port, apiKey, random);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the imagery simulator on port " + port, e);
    }
  }

  /**
   * Base URI, e.g. {@code http://127.0.0.1:9100}; append {@code /REST/v1/Imagery/Map/...}, {@code
   * /map/static?...}, {@code /map/tile?...} or {@code /tiles/...}.
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String apiKey() {
    return apiKey;
  }

  /** The live fault knobs; changes apply to the next request. */
  public SimulatorFaults faults() {
    return faults;
  }

  /** Every request received since start, whatever its outcome. */
  public long requestCount() {
    return requests.get();
  }

  /**
   * Load mode: from now on, serve every image from a pool of {@code size} stand-ins per image size
   * and zoom instead of drawing the requested window ({@code 0} = draw every window, the default).
   * New windows take the stand-ins in turn and a window keeps its stand-in while it is remembered
   * (4096 windows). Each stand-in is drawn and encoded once, so the simulator's own CPU — a real
   * provider's cost, not ours — stops competing with the pipeline in a load run on one machine. The
   * images stay the same kind of terrain (same size, same entropy); only their geography is wrong,
   * so seam checks need the default mode.
   */
  public void usePool(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("pool size must be 0 (off) or positive: " + size);
    }
    pool = size;
  }

  /** The pool size set by {@link #usePool}, 0 when every window is drawn. */
  public int poolSize() {
    return pool;
  }

  /** The JPEG bytes the simulator serves for {@code window} (cached). */
  public byte[] jpeg(ImageWindow window) {
    return image(window, ImageFormat.JPEG);
  }

  /**
   * The bytes the simulator serves for {@code window} in {@code format} (cached; a stand-in in load
   * mode).
   */
  byte[] image(ImageWindow window, ImageFormat format) {
    int size = pool;
    ImageWindow shown =
        size == 0
            ? window
            : standIn(window.level(), window.width(), window.height(), poolSlot(window, size));
    return cache.get(
        new Drawing(shown, format),
        d -> {
          drawn.incrementAndGet();
          return d.format().encode(d.window().render());
        });
  }

  /** A cache key: one window in one encoding. */
  private record Drawing(ImageWindow window, ImageFormat format) {}

  /**
   * The pool slot of {@code window}: new windows take the slots in turn (so the first {@code size}
   * requests of a run fill the pool), a window seen recently keeps its slot (so a retry gets the
   * same bytes).
   */
  private int poolSlot(ImageWindow window, int size) {
    synchronized (poolSlots) {
      Integer slot = poolSlots.get(window);
      if (slot == null || slot >= size) {
        slot = (int) (nextSlot++ % size);
        poolSlots.put(window, slot);
      }
      return slot;
    }
  }

  /**
   * Stand-in {@code index} of a pool: a fixed window of that level and size, far from any other
   * stand-in.
   */
  static ImageWindow standIn(int level, int width, int height, int index) {
    return new ImageWindow(level, 1_000_003L * index, 700_001L * index, width, height);
  }

  /** Windows drawn and encoded since start (cache misses): what the simulator's CPU went on. */
  public long windowsDrawn() {
    return drawn.get();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    hangs.shutdownNow();
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try {
      sleep(faults.latency().toMillis());
      URI uri = exchange.getRequestURI();
      if (!"GET".equals(exchange.getRequestMethod())) {
        sendError(
            exchange,
            uri.getPath().startsWith("/map/") ? Api.AZURE : Api.BING_STATIC,
            405,
            "Only GET is supported");
        return;
      }
      ImageryRequests.Request request =
          new ImageryRequests.Request(
              uri.getPath(),
              uri.getRawQuery(),
              exchange.getRequestHeaders().getFirst("Accept"),
              exchange.getRequestHeaders().getFirst(AzureStaticImageFacts.KEY_HEADER));
      Parsed parsed;
      try {
        parsed = ImageryRequests.parse(request, apiKey);
      } catch (IllegalArgumentException e) { // malformed percent-encoding and the like
        Api api = uri.getPath().startsWith("/map/") ? Api.AZURE : Api.BING_STATIC;
        parsed = new Parsed.Rejected(api, 400, "Malformed request: " + e.getMessage());
      }
      switch (parsed) {
        case Parsed.Rejected(Api api, int status, String detail) ->
            sendError(exchange, api, status, detail);
        case Parsed.Image image -> serve(exchange, image);
      }
    } catch (RuntimeException | IOException e) {
      if (!closed) {
        System.err.println("imagery simulator: " + exchange.getRequestURI() + " failed: " + e);
      }
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange, Parsed.Image image) throws IOException {
    ImageFormat format = image.format();
    switch (faults.roll(image.api() == Api.BING_STATIC)) {
      case NONE -> send(exchange, 200, format.contentType(), image(image.window(), format));
      case ERROR ->
          sendError(
              exchange,
              image.api(),
              503,
              "The service is temporarily unavailable (simulated fault).");
      case THROTTLED ->
          sendError(
              exchange, image.api(), 429, "Too many requests: the account is being rate limited.");
      case TIMEOUT ->
          // Hold the connection without a response, then close it: the client sees a read timeout
          // or a reset.
          hangs.schedule(exchange::close, faults.timeoutHang().toMillis(), TimeUnit.MILLISECONDS);
      case CORRUPT_BODY ->
          send(
              exchange,
              200,
              format.contentType(),
              format.corrupt(image(image.window(), format), random));
      case WRONG_CONTENT_TYPE ->
          send(
              exchange,
              200,
              "text/html; charset=utf-8",
              "<html><body><h1>Service temporarily unavailable</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8));
      case ABSURD_DIMENSIONS ->
          send(exchange, 200, format.contentType(), format.absurdDimensions());
      case OVERLOAD -> {
        // Bing's "empty response" under load: the header, no body (and so no Content-Type).
        exchange
            .getResponseHeaders()
            .set(BingStaticMapFacts.OVERLOAD_HEADER, BingStaticMapFacts.OVERLOAD_VALUE);
        exchange.getResponseHeaders().set("Server", USER_AGENT_SERVER);
        exchange.sendResponseHeaders(BingStaticMapFacts.OVERLOAD_STATUS, -1);
        exchange.close();
      }
    }
  }

  /**
   * An error in the words of the API that was asked: Azure's ErrorResponse or Bing's JSON response.
   */
  private static void sendError(HttpExchange exchange, Api api, int status, String detail)
      throws IOException {
    byte[] body =
        api == Api.AZURE
            ? AzureError.json(status, detail)
            : BingError.json(status, detail, UUID.randomUUID());
    send(exchange, status, "application/json; charset=utf-8", body);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Server", USER_AGENT_SERVER);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating latency", e);
    }
  }
}
