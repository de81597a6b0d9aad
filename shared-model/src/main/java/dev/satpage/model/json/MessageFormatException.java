package dev.satpage.model.json;

/**
 * A message or Definition File that cannot be accepted: malformed JSON, a missing or invalid field,
 * or an unknown {@code schemaVersion}. {@link #field()} names the offending field as a path ({@code
 * books[0].personalisation.latitude}).
 */
public final class MessageFormatException extends RuntimeException {
  private final String field;
  private final String problem;

  public MessageFormatException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The offending field as a dotted path, or {@code $} for the document itself. */
  public String field() {
    return field;
  }

  /** What is wrong with it, without the field name. */
  public String problem() {
    return problem;
  }

  /** The same problem located under a parent path. */
  public MessageFormatException under(String parentPath) {
    if (parentPath == null || parentPath.isEmpty() || parentPath.equals("$")) {
      return this;
    }
    String joined =
        field.equals("$") ? parentPath : parentPath + (field.startsWith("[") ? "" : ".") + field;
    return new MessageFormatException(joined, problem);
  }
}
