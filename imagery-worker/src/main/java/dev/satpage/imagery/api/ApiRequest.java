package dev.satpage.imagery.api;

/**
 * One HTTP request as the adapters (Lambda function URL event, JDK HTTP server) hand it over: no
 * server or Lambda types. {@code body} holds at most {@link SatellitePageApi#MAX_BODY_BYTES} + 1
 * bytes (an adapter may stop reading there; the core refuses anything longer).
 *
 * @param requestId names the request in logs and in the objects' metadata
 * @param contentType the {@code Content-Type} header, or null when absent
 */
public record ApiRequest(
    String method, String path, String contentType, byte[] body, String requestId) {
  public ApiRequest {
    body = body == null ? new byte[0] : body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
