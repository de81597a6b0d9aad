package dev.satpage.devstack.imagery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
 * An HTTP imagery provider on 127.0.0.1 speaking the Bing Maps static-imagery REST API, the Azure Maps Render v2 static
 * image API and XYZ / Esri / quadkey tiles (see {@link ImageryRequests}), drawing
 * {@link SyntheticTerrain} with the geometry of {@link ImageWindow}, with {@link SimulatorFaults} to misbehave on demand.
 */
public final class ImagerySimulator implements AutoCloseable {
  public static final int DEFAULT_THREADS = 8;
  private static final String USER_AGENT_SERVER = "satpage-imagery-simulator";

  private final String apiKey;
  private final SimulatorFaults faults;
  private final RandomGenerator random;
  private final ImageCache cache = new ImageCache(ImageCache.DEFAULT_MAX_ENTRIES, ImageCache.DEFAULT_MAX_BYTES);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong drawn = new AtomicLong();
  private final HttpServer server;
  private final ExecutorService workers;
  private final ScheduledExecutorService hangs;
  private volatile int pool;
  private final Map<ImageWindow, Integer> poolSlots = new LinkedHashMap<>(256, 0.75f, true) {
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
    this.workers = Executors.newFixedThreadPool(DEFAULT_THREADS, Thread.ofPlatform().daemon().name("imagery-", 0).factory());
    this.hangs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("imagery-hang").factory());
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a simulator on {@code port} (0 = any free port) with a random fault generator. */
  public static ImagerySimulator start(int port, String apiKey) {
    return start(port, apiKey, RandomGenerator.of("L64X128MixRandom"));
  }

  /** Starts a simulator whose faults are decided by {@code random} (seed it for reproducible tests). */
  public static ImagerySimulator start(int port, String apiKey, RandomGenerator random) {
    try {
      return new ImagerySimulator(port, apiKey, random);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the imagery simulator on port " + port, e);
    }
  }

  /** Base URI, e.g. {@code http://127.0.0.1:9100}; append {@code /REST/v1/Imagery/Map/...} or {@code /tiles/...}. */
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
   * Load mode: from now on, serve every image from a pool of {@code size} stand-ins per image size and zoom instead of
   * drawing the requested window ({@code 0} = draw every window, the default). New windows take the stand-ins in turn
   * and a window keeps its stand-in while it is remembered (4096 windows). Each stand-in is drawn and encoded once,
   * so the simulator's own CPU — a real provider's cost, not ours — stops competing with the pipeline in a load run on
   * one machine. The images stay the same kind of terrain (same size, same entropy); only their geography is wrong, so
   * seam checks need the default mode.
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
    int size = pool;
    ImageWindow drawn =
        size == 0 ? window : standIn(window.zoom(), window.width(), window.height(), poolSlot(window, size));
    return cache.get(drawn, w -> {
      this.drawn.incrementAndGet();
      return JpegCodec.encode(w.render());
    });
  }

  /**
   * The pool slot of {@code window}: new windows take the slots in turn (so the first {@code size} requests of a run
   * fill the pool), a window seen recently keeps its slot (so a retry gets the same bytes).
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

  /** Stand-in {@code index} of a pool: a fixed window of that zoom and size, far from any other stand-in. */
  static ImageWindow standIn(int zoom, int width, int height, int index) {
    return new ImageWindow(zoom, 1_000_003L * index, 700_001L * index, width, height);
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
      if (!"GET".equals(exchange.getRequestMethod())) {
        sendError(exchange, 405, "Only GET is supported");
        return;
      }
      URI uri = exchange.getRequestURI();
      ImageryRequests.Parsed parsed;
      try {
        parsed = ImageryRequests.parse(uri.getPath(), uri.getRawQuery(), apiKey);
      } catch (IllegalArgumentException e) { // malformed percent-encoding and the like
        parsed = new ImageryRequests.Rejected(400, "Malformed request: " + e.getMessage());
      }
      switch (parsed) {
        case ImageryRequests.Rejected(int status, String detail) when uri.getPath().startsWith("/map/") ->
            send(exchange, status, "application/json; charset=utf-8", AzureError.json(status, detail));
        case ImageryRequests.Rejected(int status, String detail) -> sendError(exchange, status, detail);
        case ImageryRequests.Image(ImageWindow window) -> serve(exchange, window);
      }
    } catch (RuntimeException | IOException e) {
      if (!closed) {
        System.err.println("imagery simulator: " + exchange.getRequestURI() + " failed: " + e);
      }
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange, ImageWindow window) throws IOException {
    switch (faults.roll()) {
      case NONE -> send(exchange, 200, "image/jpeg", jpeg(window));
      case ERROR -> sendError(exchange, 503, "The service is temporarily unavailable (simulated fault).");
      case TIMEOUT ->
          // Hold the connection without a response, then close it: the client sees a read timeout or a reset.
          hangs.schedule(exchange::close, faults.timeoutHang().toMillis(), TimeUnit.MILLISECONDS);
      case CORRUPT_BODY -> send(exchange, 200, "image/jpeg", JpegCodec.corrupt(jpeg(window), random));
      case WRONG_CONTENT_TYPE ->
          send(exchange, 200, "text/html; charset=utf-8",
              "<html><body><h1>Service temporarily unavailable</h1></body></html>".getBytes(StandardCharsets.UTF_8));
      case ABSURD_DIMENSIONS -> send(exchange, 200, "image/jpeg", JpegCodec.absurdDimensions());
    }
  }

  private static void sendError(HttpExchange exchange, int status, String detail) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", BingError.json(status, detail, UUID.randomUUID()));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
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
