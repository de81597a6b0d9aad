package dev.satpage.e2e.beforeafter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.satpage.e2e.load.StackClients;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.MadePage;
import dev.satpage.imagery.PageObserver;
import dev.satpage.imagery.app.ImageryComponents;
import dev.satpage.imagery.app.ImageryProperties;
import dev.satpage.imagery.app.MicrometerImageryMetrics;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.model.book.Page;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageFormat;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import dev.satpage.render.template.TemplateStore;
import dev.satpage.render.text.FontChain;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The seed's render service, rebuilt for the before/after benchmark (not a satpage component): one
 * process answering {@code GET /fast-page?book=N} with the preview JPEG of book N's title page
 * (text and template art, drawn by the render worker's {@link JpegPageRenderer}) and, with {@code
 * --with-imagery} (the "before" architecture), {@code POST /satellite-page?book=N} with the preview
 * of its "area around the home" page after making that page's imagery inside the request: fetch
 * from the provider (devstack's simulator), stitch 4000 × 3000, encode print and preview, store
 * both ({@link ImageryService#make}, the imagery worker's own core), then draw the page with the
 * preview. Without it (the "after" architecture) the satellite path answers 404: the imagery worker
 * makes those pages from the queue. One virtual thread per request, no queue of its own in front:
 * the JDK server's accept backlog is all there is.
 */
@Command(name = "seed-render-service", mixinStandardHelpOptions = true)
public final class SeedRenderService implements Callable<Integer> {
  /** Printed once the server listens; the driver waits for it. */
  public static final String READY = "seed render service listening";

  public static final String FAST_PATH = "/fast-page";
  public static final String SATELLITE_PATH = "/satellite-page";

  @Option(names = "--port", required = true, description = "loopback port to listen on")
  int port;

  @Option(names = "--with-imagery", description = "make satellite pages inside the request")
  boolean withImagery;

  @Option(
      names = "--setting",
      description = "a devstack endpoint setting, key=value (Devstack.endpointProperties)")
  Map<String, String> settings = Map.of();

  private final JpegPageRenderer renderer =
      new JpegPageRenderer(PageFormat.DEFAULT, PrintProfile.DEFAULT.margins());
  private final FontChain fonts = FontChain.load();
  private StackClients stack;
  private Template template;
  private ImageryService imagery;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new SeedRenderService()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    stack = new StackClients(settings);
    template = new TemplateStore(stack.store()).load(ProductCatalog.SATELLITE_ADVENTURE);
    imagery = withImagery ? imageryService() : null;
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(FAST_PATH, exchange -> answer(exchange, "GET", false));
    server.createContext(SATELLITE_PATH, exchange -> answer(exchange, "POST", true));
    server.start();
    System.out.println(READY + " on " + port + (withImagery ? ", imagery in-process" : ""));
    Thread.currentThread().join(); // until SIGTERM
    return 0;
  }

  private ImageryService imageryService() {
    ImageryProperties properties =
        new ImageryProperties(
            null,
            null,
            URI.create(settings.get("satpage.imagery.endpoint")),
            settings.get("satpage.imagery.api-key"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            settings.get("satpage.imagery.server-side-encryption"));
    JpegCodec codec = Codecs.choose(properties.codec());
    MicrometerImageryMetrics metrics =
        new MicrometerImageryMetrics(new SimpleMeterRegistry(), codec.name(), "benchmark");
    return ImageryComponents.service(
        properties,
        ImageryComponents.pageFetcher(properties, metrics::providerResponse),
        codec,
        stack.store(),
        stack.queue(),
        Clock.systemUTC(),
        metrics,
        PageObserver.NONE);
  }

  private void answer(HttpExchange exchange, String method, boolean satellite) throws IOException {
    try (exchange) {
      if (!method.equals(exchange.getRequestMethod()) || (satellite && imagery == null)) {
        reply(exchange, satellite ? 404 : 405, "not served here");
        return;
      }
      long number;
      try {
        number = bookNumber(exchange.getRequestURI());
      } catch (IllegalArgumentException e) {
        reply(exchange, 400, e.getMessage());
        return;
      }
      SeedBook book = SeedBook.number(number);
      byte[] jpeg;
      try {
        jpeg = satellite ? satellitePage(book) : draw(book.titlePage(), Map.of());
      } catch (RuntimeException e) { // the driver counts any non-200 as an error
        reply(exchange, 500, e.toString());
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
      send(exchange, 200, jpeg);
    }
  }

  private byte[] satellitePage(SeedBook book) {
    String dependency = SeedBook.SATELLITE_DEPENDENCY;
    MadePage made = imagery.make(book.job().jobId(), book.satelliteSpec());
    byte[] preview = stack.store().get(made.keys().preview()).orElseThrow().content();
    return draw(
        book.satellitePage(),
        Map.of(
            dependency,
            new DependencyImage(dependency, made.previewUri(), preview, made.attribution())));
  }

  private byte[] draw(Page page, Map<String, DependencyImage> images) {
    return renderer.render(
        page,
        images,
        template,
        fonts.typesetter(template.font(), template.spec().font(), template.direction()));
  }

  /** {@code book=N} from the query. */
  static long bookNumber(URI uri) {
    String query = uri.getRawQuery();
    if (query == null || !query.matches("book=\\d{1,9}")) {
      throw new IllegalArgumentException("expected ?book=N, got " + query);
    }
    return Long.parseLong(query.substring("book=".length()));
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
