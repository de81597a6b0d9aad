package dev.satpage.devstack.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local endpoint that speaks the Secrets Manager protocol for the three operations the deployment
 * uses: {@code CreateSecret} (what Terraform does, without a value), {@code PutSecretValue} (how
 * the key is put, README) and {@code GetSecretValue} (what the imagery function does at init).
 * Written from AWS's documentation, not from the code that calls it (read 2026-12-02):
 *
 * <ul>
 *   <li>AWS JSON 1.1 protocol: {@code POST /}, {@code Content-Type: application/x-amz-json-1.1},
 *       the operation in {@code X-Amz-Target: secretsmanager.<Operation>}, errors as {@code
 *       {"__type": …, "message": …}} with the status of the error
 *       (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html);
 *   <li>requests are signed with Signature Version 4 for the service {@code secretsmanager} in the
 *       endpoint's region, by a known access key; otherwise {@code MissingAuthenticationToken}
 *       (403), {@code IncompleteSignature} (400) or {@code InvalidClientTokenId} (403)
 *       (https://docs.aws.amazon.com/secretsmanager/latest/apireference/CommonErrors.html). The
 *       signature itself is not recomputed: the stand-in checks who signs and for what, not the
 *       HMAC;
 *   <li>GetSecretValue by name or full ARN, by {@code VersionId} or {@code VersionStage} (default
 *       {@code AWSCURRENT}); an unknown secret, or one without the asked version — a secret created
 *       without a value has none — is {@code ResourceNotFoundException} (400); {@code CreatedDate}
 *       is epoch seconds
 *       (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html);
 *   <li>CreateSecret of an existing name is {@code ResourceExistsException} (400)
 *       (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html);
 *       PutSecretValue makes the new version AWSCURRENT, its {@code ClientRequestToken} its version
 *       id
 *       (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html).
 * </ul>
 */
public final class SecretsManagerStandIn implements AutoCloseable {
  /** The account id in the ARNs it makes (any twelve digits; ElasticMQ's queues use the same). */
  public static final String ACCOUNT = "000000000000";

  private static final String JSON_1_1 = "application/x-amz-json-1.1";
  private static final String TARGET_PREFIX = "secretsmanager.";
  // AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=…,
  // Signature=…
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html
  private static final Pattern SIGV4 =
      Pattern.compile(
          "^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]{64}$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService workers;
  private final SecretStore store;
  private final String region;
  private final String accessKey;
  private final Clock clock;

  private SecretsManagerStandIn(int port, String region, String accessKey, Clock clock)
      throws IOException {
    this.region = region;
    this.accessKey = accessKey;
    this.clock = clock;
    this.store = new SecretStore(region, ACCOUNT, RandomGenerator.of("L64X128MixRandom"));
    this.workers =
        Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("secrets-", 0).factory());
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts on {@code port} (0 = a free one) for requests signed by {@code accessKey} in {@code
   * region}.
   */
  public static SecretsManagerStandIn start(int port, String region, String accessKey) {
    try {
      return new SecretsManagerStandIn(port, region, accessKey, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the Secrets Manager stand-in on port " + port, e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Creates a secret without a value, as Terraform does; returns its ARN. */
  public String createSecret(String name) {
    return store.create(name, clock.instant()).arn();
  }

  /** Puts a new AWSCURRENT value, as {@code aws secretsmanager put-secret-value} does. */
  public void putSecretValue(String secretId, String value) {
    SecretStore.Secret secret =
        store
            .find(secretId)
            .orElseThrow(() -> new IllegalArgumentException("no secret " + secretId));
    store.put(secret, null, value, clock.instant());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = answer(exchange);
      } catch (Failure f) {
        answer = new Answer(f.status, error(f.type, f.getMessage()));
      } catch (RuntimeException e) {
        answer =
            new Answer(500, error("InternalServiceError", "An error occurred on the server side."));
      }
      byte[] bytes = JSON.writeValueAsBytes(answer.body);
      exchange.getResponseHeaders().set("Content-Type", JSON_1_1);
      exchange.sendResponseHeaders(answer.status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    if (!"POST".equals(exchange.getRequestMethod())
        || !"/".equals(exchange.getRequestURI().getPath())) {
      throw new Failure(404, "UnknownOperationException", "Secrets Manager answers POST / only");
    }
    authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith(JSON_1_1)) {
      throw new Failure(
          400, "SerializationException", "Content-Type must be " + JSON_1_1 + ", got " + type);
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode request;
    try {
      request = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
    } catch (IOException e) {
      throw new Failure(400, "SerializationException", "the body is not JSON");
    }
    String operation =
        target != null && target.startsWith(TARGET_PREFIX)
            ? target.substring(TARGET_PREFIX.length())
            : "";
    return switch (operation) {
      case "GetSecretValue" -> new Answer(200, getSecretValue(request));
      case "CreateSecret" -> new Answer(200, createSecret(request));
      case "PutSecretValue" -> new Answer(200, putSecretValue(request));
      default ->
          throw new Failure(
              400, "InvalidAction", "The action or operation requested is invalid: " + target);
    };
  }

  private void authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new Failure(
          403, "MissingAuthenticationToken", "The request must contain a valid AWS access key ID.");
    }
    Matcher m = SIGV4.matcher(authorization.strip());
    if (!m.matches() || !m.group(3).equals(region) || !m.group(4).equals("secretsmanager")) {
      throw new Failure(
          400,
          "IncompleteSignature",
          "The request signature does not conform to AWS standards "
              + "(expected SigV4 for secretsmanager in "
              + region
              + ").");
    }
    if (!m.group(1).equals(accessKey)) {
      throw new Failure(
          403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }
  }

  private ObjectNode getSecretValue(JsonNode request) {
    SecretStore.Secret secret = secret(request);
    String versionId = text(request, "VersionId");
    String stage = text(request, "VersionStage");
    Optional<SecretStore.Version> version =
        versionId != null
            ? secret.byId(versionId)
            : secret.byStage(stage == null ? SecretStore.CURRENT : stage);
    if (version.isEmpty()
        || (versionId != null && stage != null && !version.get().stages().contains(stage))) {
      throw new Failure(
          400,
          "ResourceNotFoundException",
          "Secrets Manager can't find the specified secret value for "
              + (versionId != null
                  ? "VersionId: " + versionId
                  : "staging label: " + (stage == null ? SecretStore.CURRENT : stage)));
    }
    SecretStore.Version v = version.get();
    ObjectNode out =
        JSON.createObjectNode()
            .put("ARN", secret.arn())
            .put("Name", secret.name())
            .put("VersionId", v.id())
            .put("SecretString", v.value());
    v.stages().forEach(out.putArray("VersionStages")::add);
    out.put("CreatedDate", v.created().toEpochMilli() / 1000.0);
    return out;
  }

  private ObjectNode createSecret(JsonNode request) {
    String name = required(request, "Name");
    SecretStore.Secret secret;
    try {
      secret = store.create(name, clock.instant());
    } catch (IllegalStateException e) {
      throw new Failure(
          400,
          "ResourceExistsException",
          "The operation failed because the secret " + name + " already exists.");
    }
    ObjectNode out = JSON.createObjectNode().put("ARN", secret.arn()).put("Name", secret.name());
    String value = text(request, "SecretString");
    if (value != null) {
      out.put(
          "VersionId",
          store.put(secret, text(request, "ClientRequestToken"), value, clock.instant()).id());
    }
    return out;
  }

  private ObjectNode putSecretValue(JsonNode request) {
    SecretStore.Secret secret = secret(request);
    String value = required(request, "SecretString");
    SecretStore.Version v =
        store.put(secret, text(request, "ClientRequestToken"), value, clock.instant());
    ObjectNode out =
        JSON.createObjectNode()
            .put("ARN", secret.arn())
            .put("Name", secret.name())
            .put("VersionId", v.id());
    v.stages().forEach(out.putArray("VersionStages")::add);
    return out;
  }

  private SecretStore.Secret secret(JsonNode request) {
    String id = required(request, "SecretId");
    return store
        .find(id)
        .orElseThrow(
            () ->
                new Failure(
                    400,
                    "ResourceNotFoundException",
                    "Secrets Manager can't find the specified secret."));
  }

  private static String required(JsonNode request, String field) {
    String value = text(request, field);
    if (value == null || value.isEmpty()) {
      throw new Failure(
          400,
          "InvalidParameterException",
          "You must specify a value for the " + field + " parameter.");
    }
    return value;
  }

  private static String text(JsonNode request, String field) {
    JsonNode n = request.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static ObjectNode error(String type, String message) {
    return JSON.createObjectNode().put("__type", type).put("message", message);
  }

  private record Answer(int status, JsonNode body) {}

  /** A documented error answer. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String type;

    Failure(int status, String type, String message) {
      super(message);
      this.status = status;
      this.type = type;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
