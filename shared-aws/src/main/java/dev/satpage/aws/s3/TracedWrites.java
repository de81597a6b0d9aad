package dev.satpage.aws.s3;

import dev.satpage.aws.trace.BookTraces;
import dev.satpage.aws.trace.TraceContext;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.storage.S3Layout;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every S3 write in a CLIENT span ({@code S3.PutObject}, attributes as OpenTelemetry's AWS SDK and
 * S3 conventions name them: https://opentelemetry.io/docs/specs/semconv/cloud-providers/aws-sdk/,
 * https://opentelemetry.io/docs/specs/semconv/object-stores/s3/, read 2026-12-03), in the trace of
 * the book the key belongs to ({@link BookTraces}), with that span's {@code traceparent} as user
 * metadata ({@code x-amz-meta-traceparent}): the ops console reads a book's trace id from its
 * Definition File. The entry counts toward S3's 2 KB of user metadata ({@link
 * WriteOptions#MAX_METADATA_BYTES}); an object whose own metadata leaves no room goes without it.
 */
final class TracedWrites {
  private TracedWrites() {}

  static <T> T write(
      String bucket,
      String key,
      Map<String, String> metadata,
      Function<Map<String, String>, T> put) {
    Context parent = BookTraces.contextFor(S3Layout.bookOf(key));
    Attributes attributes =
        Attributes.of(
            AttributeKey.stringKey("rpc.system"),
            "aws-api",
            AttributeKey.stringKey("rpc.service"),
            "S3",
            AttributeKey.stringKey("rpc.method"),
            "PutObject",
            AttributeKey.stringKey("aws.s3.bucket"),
            bucket,
            AttributeKey.stringKey("aws.s3.key"),
            key);
    return TraceContext.inSpan(
        "S3.PutObject",
        SpanKind.CLIENT,
        parent,
        attributes,
        () -> put.apply(withTraceparent(metadata, TraceContext.inject(Context.current()))));
  }

  /** {@code metadata} and the {@code traceparent}, if there is one and S3's limit leaves room. */
  static Map<String, String> withTraceparent(
      Map<String, String> metadata, Map<String, String> trace) {
    String parent = trace.get(TraceContext.TRACEPARENT);
    if (parent == null) {
      return metadata;
    }
    int bytes = bytes(TraceContext.TRACEPARENT) + bytes(parent);
    for (var e : metadata.entrySet()) {
      bytes += bytes(e.getKey()) + bytes(e.getValue());
    }
    if (bytes > WriteOptions.MAX_METADATA_BYTES) {
      return metadata;
    }
    Map<String, String> out = new HashMap<>(metadata);
    out.put(TraceContext.TRACEPARENT, parent);
    return out;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
