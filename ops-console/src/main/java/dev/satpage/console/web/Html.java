package dev.satpage.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The console's one escaping helper and its page layout. Everything that did not come from this
 * class's own text — book ids, reasons, message bodies, keys — goes through {@link #esc}.
 */
final class Html {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Html() {}

  /** Escapes text for an HTML element or a quoted attribute value. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A URL query or form value, percent-encoded (then escaped where it goes into an attribute). */
  static String url(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A value as one path segment: percent-encoded, a space as {@code %20} (not a form's '+'). */
  static String pathSegment(String value) {
    return url(value).replace("+", "%20");
  }

  static String time(Instant at) {
    return at == null ? "—" : TIME.format(at);
  }

  /**
   * A duration as people read it: {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 03
   * min}.
   */
  static String duration(Duration d) {
    if (d == null) {
      return "—";
    }
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    if (ms < 3_600_000) {
      return String.format(java.util.Locale.ROOT, "%d min %02d s", ms / 60_000, ms / 1000 % 60);
    }
    return String.format(java.util.Locale.ROOT, "%d h %02d min", ms / 3_600_000, ms / 60_000 % 60);
  }

  /** A hidden form field carrying the session's CSRF token. */
  static String csrfField(Sessions.Session session) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(session.csrf()) + "\">";
  }

  /**
   * The whole page: skip link, navigation (the current section marked), the signed-in client and a
   * sign-out button, then {@code body} (already HTML).
   */
  static String page(String title, String section, Sessions.Session session, String body) {
    StringBuilder nav = new StringBuilder();
    for (String[] item :
        new String[][] {
          {"overview", "/", "Overview"},
          {"dead-letters", "/dead-letters", "Dead letters"},
          {"experiments", "/experiments", "Experiments"}
        }) {
      nav.append("<li><a href=\"")
          .append(item[1])
          .append('"')
          .append(item[0].equals(section) ? " aria-current=\"page\"" : "")
          .append('>')
          .append(item[2])
          .append("</a></li>");
    }
    String user =
        session == null
            ? ""
            : """
              <form class="signout" method="post" action="/logout">%s<span>signed in as %s</span>
              <button type="submit">Sign out</button></form>"""
                .formatted(csrfField(session), esc(session.clientId()));
    String search =
        session == null
            ? ""
            : """
              <form class="search" method="get" action="/books" role="search">
              <label for="book-id">Book</label> <input id="book-id" name="id" size="24" placeholder="book id">
              <button type="submit">Open</button></form>""";
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · satpage console</title><link rel="stylesheet" href="/console.css"></head>
        <body><a class="skip" href="#main">Skip to content</a>
        <header><strong>satpage console</strong><nav aria-label="sections"><ul>%s</ul></nav>%s%s</header>
        <main id="main"><h1>%s</h1>
        %s
        </main></body></html>
        """
        .formatted(esc(title), nav, search, user, esc(title), body);
  }
}
