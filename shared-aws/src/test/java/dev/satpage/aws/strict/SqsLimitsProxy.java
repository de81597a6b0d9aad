package dev.satpage.aws.strict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * An HTTP proxy in front of ElasticMQ that refuses what SQS refuses and ElasticMQ accepts: messages
 * over the queue's maximum size (body plus every attribute's name, type and value), more than 10
 * attributes, batches of more than 10 entries, of no entry, with invalid or repeated entry ids, or
 * over 1 MiB in total. Speaks the AWS JSON protocol the SDK uses and answers with SQS's JSON error
 * structure. Written from SQS's documentation (read 2026-12-02), not from our adapter:
 *
 * <ul>
 *   <li>message size 1 byte..1,048,576 bytes (1 MiB), raised from 256 KiB in August 2025:
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html,
 *       https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/;
 *   <li>"All parts of the message attribute, including Name, Type, and Value, are part of the
 *       message size restriction (1 MiB or 1,048,576 bytes)" and at most 10 attributes:
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_MessageAttributeValue.html;
 *   <li>SendMessageBatch: up to 10 entries, "the maximum total payload size (the sum of the
 *       individual lengths of all of the batched messages) [is] 1 MiB", ids of up to 80
 *       alphanumerics, hyphens and underscores, unique per request; errors BatchRequestTooLong,
 *       TooManyEntriesInBatchRequest, EmptyBatchRequest, BatchEntryIdsNotDistinct,
 *       InvalidBatchEntryId (400):
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html;
 *   <li>InvalidParameterValue (400):
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html;
 *   <li>the error structure (x-amzn-query-error header, {@code __type} and {@code message}):
 *       https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-json-api-responses.html.
 * </ul>
 */
public final class SqsLimitsProxy implements AutoCloseable {
  static final int MAX_MESSAGE_BYTES = 1_048_576;
  static final int MAX_BATCH_BYTES = 1_048_576;
  static final int MAX_BATCH_ENTRIES = 10;
  static final int MAX_ATTRIBUTES = 10;
  private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final URI target;
  private final HttpServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, Integer> queueMaxBytes = new ConcurrentHashMap<>();
  private final List<String> entryIds = new CopyOnWriteArrayList<>();

  private SqsLimitsProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts on a free loopback port in front of {@code target} (ElasticMQ's endpoint). */
  public static SqsLimitsProxy start(URI target) {
    try {
      return new SqsLimitsProxy(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Gives a queue a smaller MaximumMessageSize, as its queue attribute would (1,024..1,048,576
   * bytes).
   */
  public void maximumMessageSize(String queueName, int bytes) {
    queueMaxBytes.put(queueName, bytes);
  }

  /** Every SendMessageBatch entry id the proxy has seen, in order. */
  public List<String> entryIds() {
    return List.copyOf(entryIds);
  }

  public void reset() {
    queueMaxBytes.clear();
    entryIds.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String action = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      if (action == null && contentType.startsWith("application/x-www-form-urlencoded")) {
        refuse(
            exchange, 500, "InternalFailure", "SqsLimitsProxy speaks the AWS JSON protocol only");
        return;
      }
      String refusal =
          action == null
              ? null
              : switch (action) {
                case "AmazonSQS.SendMessage" -> checkSend(JSON.readTree(body));
                case "AmazonSQS.SendMessageBatch" -> checkBatch(JSON.readTree(body));
                default -> null;
              };
      if (refusal != null) {
        String[] codeAndMessage = refusal.split("\\|", 2);
        refuse(exchange, 400, codeAndMessage[0], codeAndMessage[1]);
        return;
      }
      if ("AmazonSQS.SendMessageBatch".equals(action)) {
        forwardBatch(exchange, body);
      } else {
        forward(exchange, body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String checkSend(JsonNode request) {
    return checkMessage(request, maxFor(request));
  }

  private String checkMessage(JsonNode message, int maxBytes) {
    int attributes = message.path("MessageAttributes").size();
    if (attributes > MAX_ATTRIBUTES) {
      return "InvalidParameterValue|Number of message attributes ["
          + attributes
          + "] exceeds the allowed maximum ["
          + MAX_ATTRIBUTES
          + "].";
    }
    long size = size(message);
    if (size > maxBytes) {
      return "InvalidParameterValue|One or more parameters are invalid. Reason: Message must be shorter than "
          + maxBytes
          + " bytes.";
    }
    return null;
  }

  private String checkBatch(JsonNode request) {
    JsonNode entries = request.path("Entries");
    if (entries.isEmpty()) {
      return "AWS.SimpleQueueService.EmptyBatchRequest|There should be at least one SendMessageBatchRequestEntry in the request.";
    }
    if (entries.size() > MAX_BATCH_ENTRIES) {
      return "AWS.SimpleQueueService.TooManyEntriesInBatchRequest|Maximum number of entries per request are "
          + MAX_BATCH_ENTRIES
          + ". You have sent "
          + entries.size()
          + ".";
    }
    Set<String> ids = new HashSet<>();
    long total = 0;
    for (JsonNode entry : entries) {
      String id = entry.path("Id").asText();
      if (!ENTRY_ID.matcher(id).matches()) {
        return "AWS.SimpleQueueService.InvalidBatchEntryId|A batch entry id can only contain alphanumeric characters, "
            + "hyphens and underscores. It can be at most 80 letters long.";
      }
      if (!ids.add(id)) {
        return "AWS.SimpleQueueService.BatchEntryIdsNotDistinct|Id " + id + " repeated.";
      }
      total += size(entry);
    }
    if (total > MAX_BATCH_BYTES) {
      return "AWS.SimpleQueueService.BatchRequestTooLong|Batch requests cannot be longer than "
          + MAX_BATCH_BYTES
          + " bytes. You have sent "
          + total
          + " bytes.";
    }
    entries.forEach(e -> entryIds.add(e.path("Id").asText()));
    return null;
  }

  /**
   * Entries over the queue's own limit fail one by one, as batch results do; the others go to
   * ElasticMQ.
   */
  private void forwardBatch(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    ObjectNode request = (ObjectNode) JSON.readTree(body);
    int maxBytes = maxFor(request);
    ArrayNode keep = JSON.createArrayNode();
    ArrayNode failed = JSON.createArrayNode();
    for (JsonNode entry : request.path("Entries")) {
      String refusal = checkMessage(entry, maxBytes);
      if (refusal == null) {
        keep.add(entry);
      } else {
        String[] codeAndMessage = refusal.split("\\|", 2);
        failed.add(
            JSON.createObjectNode()
                .put("Id", entry.path("Id").asText())
                .put("SenderFault", true)
                .put("Code", codeAndMessage[0])
                .put("Message", codeAndMessage[1]));
      }
    }
    if (failed.isEmpty()) {
      forward(exchange, body);
      return;
    }
    ObjectNode result = JSON.createObjectNode();
    result.set("Successful", JSON.createArrayNode());
    if (!keep.isEmpty()) {
      request.set("Entries", keep);
      HttpResponse<byte[]> upstream = send(exchange, JSON.writeValueAsBytes(request));
      JsonNode ok = JSON.readTree(upstream.body());
      result.set("Successful", ok.path("Successful"));
      ok.path("Failed").forEach(failed::add);
    }
    result.set("Failed", failed);
    byte[] out = JSON.writeValueAsBytes(result);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
    exchange.sendResponseHeaders(200, out.length);
    exchange.getResponseBody().write(out);
  }

  private int maxFor(JsonNode request) {
    String url = request.path("QueueUrl").asText();
    String name = url.substring(url.lastIndexOf('/') + 1);
    return queueMaxBytes.getOrDefault(name, MAX_MESSAGE_BYTES);
  }

  /**
   * Body plus each attribute's name, data type and value, in bytes (UTF-8; binary values decoded).
   */
  static long size(JsonNode message) {
    long size = utf8(message.path("MessageBody").asText());
    var attributes = message.path("MessageAttributes").properties();
    for (Map.Entry<String, JsonNode> a : attributes) {
      JsonNode v = a.getValue();
      size += utf8(a.getKey()) + utf8(v.path("DataType").asText());
      size +=
          v.has("BinaryValue")
              ? Base64.getDecoder().decode(v.path("BinaryValue").asText()).length
              : utf8(v.path("StringValue").asText());
    }
    return size;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private void forward(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> upstream = send(exchange, body);
    upstream
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
              }
            });
    byte[] out = upstream.body();
    exchange.sendResponseHeaders(upstream.statusCode(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      exchange.getResponseBody().write(out);
    }
  }

  private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
              }
            });
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void refuse(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    String type =
        code.startsWith("AWS.SimpleQueueService.")
            ? code.substring("AWS.SimpleQueueService.".length())
            : code;
    byte[] out =
        JSON.writeValueAsBytes(Map.of("__type", "com.amazonaws.sqs#" + type, "message", message));
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
    exchange.getResponseHeaders().add("x-amzn-query-error", code + ";Sender");
    exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
    exchange.sendResponseHeaders(status, out.length);
    exchange.getResponseBody().write(out);
  }

  @Override
  public void close() {
    server.stop(0);
    http.close();
  }
}
