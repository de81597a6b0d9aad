package dev.satpage.imagery.api;

import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.MadePage;
import dev.satpage.imagery.fetch.ProviderBusy;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.failure.DoNotRetry;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.port.LinkSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /satellite-pages}, the synchronous shape of the imagery worker: the body is a {@link
 * SatellitePageSpec}; the page is made by the same core as a queue job ({@link
 * ImageryService#make}: same plan, store cache, provider limits, codec and keys) and answered with
 * its S3 URIs and presigned links ({@link PageResponse}), nothing announced on a queue. Every
 * refusal is an RFC 9457 problem ({@link Problems}): 400 for a body that is not a valid spec (with
 * the {@code field}), 422 for a permanent failure (with its registry {@code reason}, e.g. {@code
 * imagery-out-of-range}), 503 for a transient one ({@code Retry-After} when the provider or the
 * gate said how long), 413 for a body over {@link #MAX_BODY_BYTES}, 405, 415, 404, and 500 for a
 * programming error. No server or Lambda types: the adapters translate to and from {@link
 * ApiRequest} and {@link ApiResponse}.
 */
public final class SatellitePageApi {
  public static final String PATH = "/satellite-pages";

  /** A spec is about 150 bytes of JSON; anything near this is not one. */
  public static final int MAX_BODY_BYTES = 16 * 1024;

  /** The links' validity: the longest {@link LinkSigner} hands out. */
  public static final Duration LINK_VALIDITY = LinkSigner.MAX_VALIDITY;

  private static final Logger log = LoggerFactory.getLogger(SatellitePageApi.class);

  private final ImageryService service;
  private final LinkSigner links;

  public SatellitePageApi(ImageryService service, LinkSigner links) {
    this.service = service;
    this.links = links;
  }

  /**
   * 400 for a body the transport could not hand over, such as a function URL event whose body is
   * marked base64 but is not.
   */
  public static ApiResponse unreadableBody(String detail) {
    return Problems.of(400, "Bad Request", detail);
  }

  public ApiResponse handle(ApiRequest request) {
    if (!PATH.equals(request.path())) {
      return Problems.of(404, "Not Found", "only " + PATH + " is served here");
    }
    if (!"POST".equals(request.method())) {
      // RFC 9110 §15.5.6: a 405 lists the allowed methods in Allow.
      return Problems.of(
          405,
          "Method Not Allowed",
          request.method() + " is not allowed on " + PATH + "; use POST",
          Map.of(),
          Map.of("Allow", "POST"));
    }
    if (!isJson(request.contentType())) {
      return Problems.of(
          415,
          "Unsupported Media Type",
          "send the spec as application/json, got " + request.contentType());
    }
    byte[] body = request.body();
    if (body.length > MAX_BODY_BYTES) {
      return Problems.of(413, "Content Too Large", "the body exceeds " + MAX_BODY_BYTES + " bytes");
    }
    SatellitePageSpec spec;
    try {
      spec = Json.read(new String(body, StandardCharsets.UTF_8), SatellitePageSpec.class);
    } catch (MessageFormatException e) {
      return Problems.of(400, "Bad Request", e.getMessage(), Map.of("field", e.field()), Map.of());
    }
    try {
      return ok(service.make(request.requestId(), spec));
    } catch (ProviderBusy e) {
      log.warn("page {}: provider busy, answered 503: {}", request.requestId(), e.getMessage());
      return Problems.unavailable(e.getMessage(), e.retryAfter().orElse(null));
    } catch (RetryLater e) {
      return Problems.unavailable(e.getMessage(), e.notSooner());
    } catch (RuntimeException e) {
      return failed(request.requestId(), e);
    }
  }

  private ApiResponse failed(String requestId, RuntimeException e) {
    PermanentFailure permanent = DoNotRetry.permanent(e).orElse(null);
    if (permanent == null) {
      log.warn("page {}: transient failure, answered 503: {}", requestId, e.toString());
      return Problems.unavailable(
          "a provider, storage or queue service is briefly unavailable: " + e.getMessage(), null);
    }
    if (permanent.kind() == FailureReason.INTERNAL_ERROR) {
      log.error("page {}: internal error, answered 500", requestId, e);
      return Problems.of(
          500,
          "Internal Server Error",
          "the page could not be made because of a fault on our side",
          Map.of("reason", permanent.reason()),
          Map.of());
    }
    return Problems.of(
        422,
        "Unprocessable Content",
        permanent.detail(),
        Map.of("reason", permanent.reason()),
        Map.of());
  }

  private ApiResponse ok(MadePage page) {
    PageResponse response =
        new PageResponse(
            page.printUri(),
            page.previewUri(),
            links.downloadLink(page.keys().print(), LINK_VALIDITY).toString(),
            links.downloadLink(page.keys().preview(), LINK_VALIDITY).toString(),
            page.width(),
            page.height(),
            page.provider(),
            page.attribution(),
            page.cached());
    return new ApiResponse(200, Map.of("Content-Type", "application/json"), Json.write(response));
  }

  /** {@code application/json}, any case, parameters such as {@code charset} ignored. */
  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT).equals("application/json");
  }
}
