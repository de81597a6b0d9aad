package dev.satpage.imagery.app.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.satpage.aws.AwsClients;
import dev.satpage.aws.s3.S3LinkSigner;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.imagery.api.ApiRequest;
import dev.satpage.imagery.api.ApiResponse;
import dev.satpage.imagery.api.SatellitePageApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /satellite-pages} as a Lambda function URL: the synchronous shape of the imagery
 * worker, the same {@link SatellitePageApi} (and so the same core, cache, limits and problems) as
 * the long-running worker's endpoint. Function URLs send the API Gateway HTTP API payload format
 * 2.0 and read the same shape back: the method in {@code requestContext.http.method}, the path in
 * {@code rawPath}, headers with lower-case names, a body that is base64-encoded when {@code
 * isBase64Encoded} is true; the response's {@code statusCode}, {@code headers} and {@code body}
 * become the HTTP response (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html,
 * "Request and response payloads", read 2026-12-03). Built once at init with the same {@link
 * LambdaComponents} as the SQS handler, plus an S3 presigner for the links.
 */
public final class SatellitePageFunctionHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private static final Logger log = LoggerFactory.getLogger(SatellitePageFunctionHandler.class);

  private final SatellitePageApi api;

  /** Called once per execution environment by the Lambda runtime. */
  public SatellitePageFunctionHandler() {
    this(System.getenv());
  }

  SatellitePageFunctionHandler(Map<String, String> environment) {
    this(LambdaSettings.from(environment, SecretsManagerApiKey::read));
  }

  SatellitePageFunctionHandler(LambdaSettings settings) {
    LambdaComponents components = new LambdaComponents(settings);
    this.api =
        new SatellitePageApi(
            components.service,
            new S3LinkSigner(AwsClients.presigner(settings.aws()), settings.bucket()));
    log.info("satellite page function URL ready: {}", settings.imagery());
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    APIGatewayV2HTTPEvent.RequestContext request = event.getRequestContext();
    String requestId =
        request == null || request.getRequestId() == null
            ? UUID.randomUUID().toString()
            : request.getRequestId();
    String method =
        request == null || request.getHttp() == null ? null : request.getHttp().getMethod();
    String body = event.getBody() == null ? "" : event.getBody();
    byte[] bytes;
    try {
      bytes =
          event.getIsBase64Encoded()
              ? Base64.getDecoder().decode(body)
              : body.getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return respond(
          SatellitePageApi.unreadableBody(
              "the body is marked base64-encoded but is not valid base64: " + e.getMessage()));
    }
    ApiResponse response =
        api.handle(
            new ApiRequest(
                method,
                event.getRawPath(),
                header(event.getHeaders(), "content-type"),
                bytes,
                "url-" + requestId));
    Tracing.flush(); // the page's S3 writes' spans, before the runtime may freeze the environment
    return respond(response);
  }

  private static APIGatewayV2HTTPResponse respond(ApiResponse response) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(response.headers())
        .withBody(response.body())
        .withIsBase64Encoded(false)
        .build();
  }

  /** Header names arrive lower-cased; matched case-insensitively all the same. */
  private static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
