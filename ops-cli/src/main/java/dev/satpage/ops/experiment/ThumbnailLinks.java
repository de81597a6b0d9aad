package dev.satpage.ops.experiment;

import java.util.Optional;

/**
 * Where the report's page finds a thumbnail: the CLI links the files it copied next to {@code
 * report.html}; a web console may link a URL of its own that serves the S3 object.
 */
@FunctionalInterface
public interface ThumbnailLinks {
  /**
   * The link (relative or absolute URL) to the thumbnail stored at {@code s3Key}, if there is one.
   */
  Optional<String> href(String s3Key);
}
