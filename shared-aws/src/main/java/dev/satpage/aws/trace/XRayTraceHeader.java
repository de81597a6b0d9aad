package dev.satpage.aws.trace;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the X-Ray trace header that SQS carries as the {@code AWSTraceHeader} system attribute
 * (also in Lambda's SQS event records) and writes it as a W3C {@code traceparent}, so a message
 * sent by an X-Ray-instrumented sender continues its trace here.
 *
 * <p>The header is {@code
 * Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1}
 * (https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader,
 * read 2026-12-03): a root of version {@code 1}, 8 hex digits of epoch seconds and 24 random hex
 * digits; a parent segment id of 16 hex digits; {@code Sampled} 1, 0 or {@code ?}. AWS documents
 * the W3C form of an X-Ray trace id as the same 32 hex digits without the version and the hyphens
 * (https://docs.aws.amazon.com/xray/latest/devguide/xray-api-sendingdata.html#xray-api-traceids,
 * "Trace ID format"). The W3C {@code traceparent} is {@code 00-<32 hex trace id>-<16 hex parent
 * id>-<2 hex flags>}, flag 01 meaning sampled
 * (https://www.w3.org/TR/trace-context/#traceparent-header).
 */
public final class XRayTraceHeader {
  private static final Pattern ROOT = Pattern.compile("1-([0-9a-f]{8})-([0-9a-f]{24})");
  private static final Pattern PARENT = Pattern.compile("[0-9a-f]{16}");
  private static final String INVALID_TRACE_ID = "0".repeat(32);
  private static final String INVALID_PARENT_ID = "0".repeat(16);

  private XRayTraceHeader() {}

  /**
   * The header as a {@code traceparent}, or empty when it has no valid root and parent (a malformed
   * header starts a new trace rather than failing the message).
   */
  public static Optional<String> toTraceparent(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String root = null;
    String parent = null;
    boolean sampled = false;
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
      switch (key) {
        case "Root" -> root = value;
        case "Parent" -> parent = value;
        case "Sampled" -> sampled = value.equals("1");
        default -> {
          // Lineage and other keys carry nothing W3C trace context has.
        }
      }
    }
    if (root == null || parent == null) {
      return Optional.empty();
    }
    var rootMatch = ROOT.matcher(root);
    if (!rootMatch.matches() || !PARENT.matcher(parent).matches()) {
      return Optional.empty();
    }
    String traceId = rootMatch.group(1) + rootMatch.group(2);
    if (traceId.equals(INVALID_TRACE_ID) || parent.equals(INVALID_PARENT_ID)) {
      return Optional.empty(); // all zeros is an invalid id in W3C trace context
    }
    return Optional.of("00-" + traceId + "-" + parent + (sampled ? "-01" : "-00"));
  }
}
