package dev.satpage.model.book;

import dev.satpage.model.geo.GeoPoint;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;

/** What makes a book the child's own: their name and their home (the shop geocodes the address). */
public record Personalisation(String childName, double latitude, double longitude) {
  public static final int MAX_NAME_LENGTH = 40;

  public Personalisation {
    Require.text(childName, "childName", MAX_NAME_LENGTH);
    // Letters of any script, combining marks, spaces, apostrophes, hyphens and dots: what a printed name needs.
    if (!childName.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*")) {
      throw new MessageFormatException("childName", "may only contain letters, spaces, apostrophes, hyphens and dots");
    }
    Require.range(latitude, -85.05112878, 85.05112878, "latitude");
    Require.range(longitude, -180.0, 180.0, "longitude");
  }

  public GeoPoint home() {
    return new GeoPoint(latitude, longitude);
  }
}
