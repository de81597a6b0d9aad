package dev.satpage.model.book;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;

/**
 * Something a book waits for before it can be rendered; today a satellite page. While PENDING,
 * {@code printUri} and {@code previewUri} are null (the placeholder); once RESOLVED they are S3
 * URIs of objects that exist.
 */
public record Dependency(
    String id,
    SatellitePageSpec spec,
    DependencyState state,
    String printUri,
    String previewUri,
    String attribution,
    String failureReason) {
  public Dependency {
    Require.id(id, "id");
    Require.present(spec, "spec");
    Require.present(state, "state");
    if (state == DependencyState.RESOLVED) {
      requireS3(printUri, "printUri");
      requireS3(previewUri, "previewUri");
    }
    if (state == DependencyState.FAILED) {
      Require.present(failureReason, "failureReason");
    }
  }

  public static Dependency pending(String id, SatellitePageSpec spec) {
    return new Dependency(id, spec, DependencyState.PENDING, null, null, null, null);
  }

  public Dependency resolved(String printUri, String previewUri, String attribution) {
    return new Dependency(
        id, spec, DependencyState.RESOLVED, printUri, previewUri, attribution, null);
  }

  public Dependency failed(String reason) {
    return new Dependency(id, spec, DependencyState.FAILED, null, null, null, reason);
  }

  public boolean isResolved() {
    return state == DependencyState.RESOLVED;
  }

  private static void requireS3(String uri, String field) {
    Require.present(uri, field);
    if (!uri.startsWith("s3://")) {
      throw new MessageFormatException(field, "'" + uri + "' is not an s3:// URI");
    }
  }
}
