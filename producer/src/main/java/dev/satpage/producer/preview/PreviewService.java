package dev.satpage.producer.preview;

import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Previews for the web shop: a one-book PREVIEW order through the same intake as real orders (same
 * validation, same content-addressed imagery, so a later order for the same home reuses it), and
 * its status with download links. The preview id is derived from the request, so asking twice for
 * the same preview returns the same one.
 */
public final class PreviewService {
  /**
   * Links are short-lived: the shop shows them at once. Never more than {@link
   * LinkSigner#MAX_VALIDITY}.
   */
  public static final Duration DEFAULT_LINK_VALIDITY = Duration.ofMinutes(10);

  private final OrderIntake intake;
  private final BookStatusReader reader;
  private final LinkSigner links;
  private final Clock clock;
  private final Duration linkValidity;

  public PreviewService(
      OrderIntake intake,
      BookStatusReader reader,
      LinkSigner links,
      Clock clock,
      Duration linkValidity) {
    if (linkValidity.compareTo(LinkSigner.MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "preview link validity " + linkValidity + " exceeds " + LinkSigner.MAX_VALIDITY);
    }
    this.intake = intake;
    this.reader = reader;
    this.links = links;
    this.clock = clock;
    this.linkValidity = linkValidity;
  }

  /**
   * Accepts a preview and returns its id; throws {@link MessageFormatException} naming the API
   * field on bad input.
   */
  public String create(PreviewRequest request) {
    if (request == null) {
      throw new MessageFormatException(
          "$", "a JSON object with name, latitude, longitude and product is required");
    }
    requirePresent(request.latitude(), "latitude");
    requirePresent(request.longitude(), "longitude");
    requirePresent(request.product(), "product");
    BookOrder book;
    try {
      String id = previewId(request);
      // The book is made of exactly what the id covers (coordinates to 6 decimals, ~0.1 m), so two
      // requests with the same id can never be two different books.
      book =
          new BookOrder(
              id,
              request.product(),
              Purpose.PREVIEW,
              new Personalisation(
                  request.name(), micro(request.latitude()), micro(request.longitude())));
    } catch (MessageFormatException e) {
      throw new MessageFormatException(apiField(e.field()), e.problem());
    }
    try {
      intake.handle(OrderPlaced.of("order-" + book.bookId(), clock.instant(), List.of(book)));
    } catch (PermanentFailure e) {
      if (e.kind() == FailureReason.UNKNOWN_PRODUCT) {
        throw new MessageFormatException(
            "product", "'" + request.product() + "' is not a product we make");
      }
      if (e.kind() == FailureReason.UNPRINTABLE_NAME) {
        // Bad input like any other: a 400 naming the field, the reason leading the problem.
        throw new MessageFormatException(
            "name",
            e.reason() + ": " + ProductCatalog.unprintable(request.name()).orElse(e.detail()));
      }
      throw e;
    }
    return book.bookId();
  }

  /**
   * The preview's status, or empty if there is no such preview; an id that no preview can have (not
   * {@code pv-} and 24 lower-case hex digits, as {@link #create} makes them) is invalid input
   * naming {@code id}.
   */
  public Optional<PreviewView> status(String previewId) {
    if (!previewId.matches("pv-[0-9a-f]{24}")) {
      throw new MessageFormatException(
          "id", "is not a preview id: pv- followed by 24 lower-case hex digits");
    }
    return reader.read(previewId).map(this::view);
  }

  private PreviewView view(BookStatus status) {
    List<PreviewView.Dependency> deps =
        status.dependencies().stream()
            .map(d -> new PreviewView.Dependency(d.id(), d.state().name()))
            .toList();
    return switch (status.state()) {
      case PENDING, RENDERING ->
          new PreviewView(
              status.bookId(),
              "pending",
              status.state() == BookState.PENDING ? "imagery" : "rendering",
              deps,
              null,
              null);
      case BLOCKED -> {
        var b = status.blocker().orElseThrow();
        yield new PreviewView(
            status.bookId(),
            "blocked",
            null,
            deps,
            new PreviewView.Blocker(b.id(), b.reason(), b.location()),
            null);
      }
      case READY -> {
        Instant expiresAt = clock.instant().plus(linkValidity);
        List<PreviewView.PageLink> pages =
            status.pageKeys().stream()
                .map(
                    k ->
                        new PreviewView.PageLink(
                            pageId(k), links.downloadLink(k, linkValidity), expiresAt))
                .toList();
        yield new PreviewView(status.bookId(), "ready", null, deps, null, pages);
      }
    };
  }

  /**
   * Same request, same id: {@code pv-} and 24 hex characters of SHA-256 over the normalised
   * request.
   */
  static String previewId(PreviewRequest r) {
    String canonical =
        String.format(
            Locale.ROOT,
            "%s\n%.6f\n%.6f\n%s",
            r.name() == null ? "" : r.name().strip(),
            r.latitude(),
            r.longitude(),
            r.product());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "pv-" + HexFormat.of().formatHex(digest).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double micro(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static String pageId(String key) {
    String name = key.substring(key.lastIndexOf('/') + 1);
    return name.endsWith(".jpg") ? name.substring(0, name.length() - 4) : name;
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw new MessageFormatException(field, "is required");
    }
  }

  private static String apiField(String modelField) {
    return switch (modelField) {
      case "childName", "personalisation.childName" -> "name";
      case "productId" -> "product";
      case "latitude", "personalisation.latitude" -> "latitude";
      case "longitude", "personalisation.longitude" -> "longitude";
      default -> modelField;
    };
  }
}
