package dev.satpage.ops.experiment;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.ops.experiment.ExperimentReport.Mismatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a report to a folder: {@code report.html} and, under {@code thumbnails/}, a copy of each
 * thumbnail of the worst mismatches, so the folder can be opened, zipped or mailed as it is.
 */
public final class ReportFiles {
  public static final String PAGE = "report.html";
  public static final String THUMBNAILS = "thumbnails";

  private ReportFiles() {}

  /** What was written, and the thumbnails the records name that the bucket does not hold. */
  public record Written(Path page, int thumbnails, List<String> missingThumbnails) {
    public Written {
      missingThumbnails = List.copyOf(missingThumbnails);
    }
  }

  public static Written write(ExperimentReport report, ObjectStore store, Path dir) {
    try {
      Files.createDirectories(dir.resolve(THUMBNAILS));
      Map<String, String> copied = new HashMap<>();
      List<String> missing = new ArrayList<>();
      for (Mismatch m : report.worst()) {
        for (String key : new String[] {m.controlThumbnail(), m.candidateThumbnail()}) {
          if (key == null || copied.containsKey(key) || missing.contains(key)) {
            continue;
          }
          Optional<StoredObject> o = store.get(key);
          if (o.isEmpty()) {
            missing.add(key);
            continue;
          }
          String relative = THUMBNAILS + "/" + key.substring(key.lastIndexOf('/') + 1);
          Files.write(dir.resolve(relative), o.get().content());
          copied.put(key, relative);
        }
      }
      Path page = dir.resolve(PAGE);
      Files.writeString(
          page,
          ExperimentHtml.page(report, key -> Optional.ofNullable(copied.get(key))),
          StandardCharsets.UTF_8);
      return new Written(page, copied.size(), missing);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + dir + ": " + e.getMessage(), e);
    }
  }
}
