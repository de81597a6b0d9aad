package dev.satpage.producer.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /previews/{id}}: {@code status} is {@code pending} (imagery or rendering under way;
 * see each dependency), {@code blocked} (a dependency failed: {@code blockedBy} says which, why and
 * where its job sits) or {@code ready} ({@code pages} has presigned links, valid until {@code
 * expiresAt}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewView(
    String previewId,
    String status,
    String stage,
    List<Dependency> dependencies,
    Blocker blockedBy,
    List<PageLink> pages) {

  /** A dependency and its state: {@code PENDING}, {@code RESOLVED} or {@code FAILED}. */
  public record Dependency(String id, String state) {}

  /**
   * Why a preview cannot finish on its own, and where the failed job is (a DLQ ops can replay
   * from).
   */
  public record Blocker(String dependency, String reason, String location) {}

  /** A rendered page and a link to download it until {@code expiresAt}. */
  public record PageLink(String pageId, URI url, Instant expiresAt) {}
}
