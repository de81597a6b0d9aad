package dev.satpage.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void esc_escapesTheFiveCharactersThatEndTextOrAnAttribute() {
    assertThat(Html.esc("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void pathSegment_encodesWhatAPathCannotHold() {
    assertThat(Html.pathSegment("a b/c?d")).isEqualTo("a%20b%2Fc%3Fd");
  }

  @Test
  void duration_readsAsPeopleSayIt() {
    assertThat(Html.duration(null)).isEqualTo("—");
    assertThat(Html.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
    assertThat(Html.duration(Duration.ofMillis(12_340))).isEqualTo("12.3 s");
    assertThat(Html.duration(Duration.ofSeconds(245))).isEqualTo("4 min 05 s");
    assertThat(Html.duration(Duration.ofMinutes(123))).isEqualTo("2 h 03 min");
  }

  @Test
  void time_inUtc() {
    assertThat(Html.time(Instant.parse("2026-12-03T09:21:24.5Z")))
        .isEqualTo("2026-12-03 09:21:24Z");
    assertThat(Html.time(null)).isEqualTo("—");
  }

  @Test
  void page_marksTheCurrentSection_andEscapesTheTitle() {
    String page = Html.page("<Book>", "dead-letters", null, "<p>body</p>");
    assertThat(page)
        .contains("<title>&lt;Book&gt; · satpage console</title>")
        .contains("<a href=\"/dead-letters\" aria-current=\"page\">")
        .contains("<p>body</p>")
        .doesNotContain("Sign out");
  }
}
