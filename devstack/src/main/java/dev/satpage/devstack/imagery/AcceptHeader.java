package dev.satpage.devstack.imagery;

import java.util.Locale;
import java.util.Optional;

/**
 * Azure's static-image format rule ({@link AzureStaticImageFacts#PNG}): PNG unless the Accept
 * header asks for JPEG. An Accept header is read as RFC 9110 media ranges with q-values; the one of
 * image/png and image/jpeg it prefers wins, image/png on a tie (the documented default). A header
 * that accepts neither (q=0 or other types only) is refused: the spec enumerates only those two
 * media types.
 */
final class AcceptHeader {
  private AcceptHeader() {}

  /** The format to answer with, or empty when {@code accept} allows neither PNG nor JPEG. */
  static Optional<ImageFormat> azureStatic(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(ImageFormat.PNG);
    }
    double png = quality(accept, "image", "png");
    double jpeg = quality(accept, "image", "jpeg");
    if (png <= 0 && jpeg <= 0) {
      return Optional.empty();
    }
    return Optional.of(jpeg > png ? ImageFormat.JPEG : ImageFormat.PNG);
  }

  /**
   * The q-value {@code accept} gives type/subtype: the most specific matching range counts; 0 when
   * none matches.
   */
  private static double quality(String accept, String type, String subtype) {
    double best = 0;
    int bestSpecificity = -1;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
      int specificity =
          mediaRange.equals(type + "/" + subtype)
              ? 2
              : mediaRange.equals(type + "/*") ? 1 : mediaRange.equals("*/*") ? 0 : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        best = q(parts);
      }
    }
    return bestSpecificity < 0 ? 0 : best;
  }

  private static double q(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String p = parameters[i].trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).trim());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
