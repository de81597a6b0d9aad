package dev.satpage.model.failure;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every reason a message can be refused, dead-lettered or reported failed with: the one registry.
 * The {@link #code()} is what travels ({@link FailureAttributes#REASON} on a DLQ message, {@code
 * ImageryFailed.reason}, the status API's {@code reason}, the preview API's problem);
 * docs/events.md lists every code with its meaning ({@code FailureReasonDocsTest} keeps the two
 * equal).
 */
public enum FailureReason {
  // Any consumer
  INVALID_MESSAGE(
      "invalid-message",
      "the body does not parse or breaks its contract (field named in the detail)"),
  INTERNAL_ERROR(
      "internal-error",
      "a programming error (a NullPointerException, IllegalArgumentException…): the same "
          + "message would fail the same way, so it is not retried; fix the code, then replay"),
  /**
   * Not set by a consumer: the ops CLI and the chaos checker name a DLQ message without failure
   * attributes so.
   */
  REDRIVE(
      "redrive",
      "SQS moved the message after maxReceiveCount: transient failures outlasted the retries"),
  QUEUE_REFUSED_MESSAGE(
      "queue-refused-message", "SQS refused a message we sent (size, attributes, characters)"),
  MESSAGE_TOO_LARGE(
      "message-too-large", "a message over SQS's 1 MiB, body and attributes together"),
  TOO_MANY_ATTRIBUTES(
      "too-many-attributes", "a message with more than SQS's 10 message attributes"),
  DUPLICATE_MESSAGE_ID("duplicate-message-id", "two entries of one SQS batch share an id"),
  // Intake (producer)
  UNKNOWN_PRODUCT("unknown-product", "the order names a product satpage does not make"),
  UNPRINTABLE_NAME(
      "unprintable-name", "the child's name has a character the print fonts cannot show"),
  ORDER_CONFLICT(
      "order-conflict", "the book id already belongs to another body (child, home or order)"),
  // Fan-in (producer's coordinator)
  UNKNOWN_BOOK("unknown-book", "a completion for a book with no Definition File"),
  UNKNOWN_DEPENDENCY("unknown-dependency", "a completion for a dependency the book does not have"),
  // Imagery worker
  IMAGERY_REJECTED(
      "imagery-rejected", "the provider refused the request (4xx: key, quota, parameters)"),
  IMAGERY_CORRUPT(
      "imagery-corrupt", "the provider's answer is not a readable image of the declared format"),
  IMAGERY_WRONG_FORMAT(
      "imagery-wrong-format", "the provider answered another format than the request asked for"),
  IMAGERY_WRONG_SIZE("imagery-wrong-size", "the provider's image is not the planned size"),
  IMAGERY_OUT_OF_RANGE(
      "imagery-out-of-range",
      "the page needs a zoom or area outside the provider's documented range"),
  IMAGERY_TOO_LARGE(
      "imagery-too-large", "the provider's answer is larger than satpage.imagery.max-image-bytes"),
  IMAGERY_FORBIDDEN_HOST(
      "imagery-forbidden-host",
      "a request or redirect to a host other than the configured provider origin"),
  IMAGERY_REDIRECT(
      "imagery-redirect", "the provider answered with a redirect, which is not followed"),
  RETRIES_EXHAUSTED(
      "retries-exhausted",
      "a page failed on its last attempt (ImageryFailed: the book is blocked)"),
  // Render worker
  BAD_DEFINITION_URI(
      "bad-definition-uri",
      "the render job's Definition File URI is malformed or outside our bucket"),
  BAD_DEPENDENCY_URI(
      "bad-dependency-uri",
      "an image URI in the Definition File is malformed or outside our bucket"),
  /** Also raised by the coordinator, for a completion whose page objects do not exist. */
  MISSING_OBJECT(
      "missing-object", "an object the book needs does not exist (deleted after dispatch?)"),
  INVALID_DEFINITION("invalid-definition", "the Definition File does not parse"),
  /**
   * Also raised by the coordinator, for a completion or failure of another version than the stored
   * file.
   */
  DEFINITION_MISMATCH(
      "definition-mismatch",
      "the Definition File is another book or version than the message names"),
  UNRESOLVED_DEPENDENCY(
      "unresolved-dependency", "a render job for a book whose dependencies are not all resolved"),
  CORRUPT_IMAGE(
      "corrupt-image", "a stored image the book draws (a page or template art) cannot be decoded"),
  LOW_RESOLUTION_IMAGE(
      "low-resolution-image", "a print picture would land below the printhouse's minimum ppi"),
  UNPRINTABLE_TEXT("unprintable-text", "text the print fonts cannot show reached the renderer"),
  INVALID_TEMPLATE("invalid-template", "the product's template, font or art is unusable");

  private final String code;
  private final String meaning;

  FailureReason(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The code on the wire, e.g. {@code imagery-corrupt}. */
  public String code() {
    return code;
  }

  /** One line for people: what happened. */
  public String meaning() {
    return meaning;
  }

  /** The reason with {@code code}, if it is one of ours. */
  public static Optional<FailureReason> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return code;
  }
}
