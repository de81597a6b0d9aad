package dev.satpage.model.book;

import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;

/** What makes a book the child's own: their name and their home (the shop geocodes the address). */
public record Personalisation(String childName, double latitude, double longitude) {
  public static final int MAX_NAME_LENGTH = 40;

  private static final String NAME_PATTERN = "[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*";

  public Personalisation {
    Require.text(childName, "childName", MAX_NAME_LENGTH);
    // Letters of any script, combining marks, spaces, apostrophes, hyphens and dots: what a printed
    // name needs.
    if (!childName.matches(NAME_PATTERN)) {
      throw new MessageFormatException(
          "childName", "may only contain letters, spaces, apostrophes, hyphens and dots");
    }
    Require.range(latitude, -85.05112878, 85.05112878, "latitude");
    Require.range(longitude, -180.0, 180.0, "longitude");
  }

  /**
   * Whether a name may contain {@code codePoint}: a letter or combining mark of any script, a
   * space, an apostrophe ({@code '} or {@code ’}), a hyphen or a dot — the characters of the name
   * pattern. Whether the print fonts can show it is {@link PrintableText}'s question.
   */
  public static boolean isNameCharacter(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK ->
          true;
      default ->
          codePoint == ' '
              || codePoint == '\''
              || codePoint == '’'
              || codePoint == '.'
              || codePoint == '-';
    };
  }

  public GeoPoint home() {
    return new GeoPoint(latitude, longitude);
  }
}
