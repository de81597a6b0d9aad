package dev.satpage.ops.cli;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.json.Json;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsCli;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.ops.experiment.Comparisons;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code experiment report} through the real command line, over the in-memory store. */
class ExperimentReportCommandTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Backend.Factory fake =
        connection ->
            new Backend() {
              @Override
              public OpsQueues queues() {
                throw new UnsupportedOperationException("experiment report reads no queue");
              }

              @Override
              public ObjectStore store() {
                return store;
              }

              @Override
              public void close() {}
            };
    int code = OpsCli.execute(fake, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private void record(ExperimentComparison c, boolean withThumbnails) {
    store.put(
        S3Layout.experimentComparison(c.experiment(), c.comparisonId()),
        Json.writeBytes(c),
        "application/json");
    if (withThumbnails) {
      for (String key : new String[] {c.controlThumbnail(), c.candidateThumbnail()}) {
        if (key != null) {
          store.put(key, JPEG, "image/jpeg");
        }
      }
    }
  }

  @Test
  void report_printsTables_andWritesThePageWithThumbnails() throws Exception {
    record(aComparison("c1").similarity(0.97, 36.0).build(), true);
    record(aComparison("c2").similarity(0.72, 17.0).build(), true);
    record(aComparison("c3").candidateFailed("imagery-rejected").build(), true);
    record(aComparison("c4").similarity(0.85, 22.0).build(), false);
    Path out = dir.resolve("report");

    Result r =
        run(
            "experiment",
            "report",
            Comparisons.EXPERIMENT,
            "--out",
            out.toString(),
            "--worst",
            "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("experiment bing-to-azure: 4 comparisons")
        .contains("candidate: " + Comparisons.CANDIDATE_SETUP)
        .containsPattern("≥ 0.95 +1 +25.0 %")
        .containsPattern("not compared \\(arm failed\\) +1 +25.0 %")
        .containsPattern("candidate +4 +1 +25.0 %  imagery-rejected 1")
        .containsPattern("fetch control +4 +300 +300 +300 +300")
        .containsPattern("c2  SSIM 0.7200  PSNR 17.0 dB  book book-c2 satellite-1");
    assertThat(r.out().lines().filter(l -> l.matches("  c\\d+  SSIM .*")).toList())
        .as("the two worst")
        .hasSize(2);
    assertThat(r.err())
        .contains("report: " + out.resolve("report.html").toAbsolutePath() + " (2 thumbnails)")
        .contains(
            "thumbnail experiments/bing-to-azure/thumbnails/c4-control.jpg is not in the bucket");
    assertThat(out.resolve("thumbnails/c2-control.jpg")).hasBinaryContent(JPEG);
    assertThat(out.resolve("thumbnails/c2-candidate.jpg")).hasBinaryContent(JPEG);
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("src=\"thumbnails/c2-control.jpg\"")
        .contains("no thumbnail: control");
  }

  @Test
  void json_isTheReportForMachines() throws Exception {
    record(aComparison("c1").similarity(0.97, 36.0).build(), true);

    Result r =
        run("experiment", "report", Comparisons.EXPERIMENT, "--out", dir.toString(), "--json");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("experiment").asText()).isEqualTo(Comparisons.EXPERIMENT);
    assertThat(json.get("comparisons").asInt()).isEqualTo(1);
    assertThat(json.at("/candidate/stageMillis/fetch/p95").asLong()).isEqualTo(200);
    assertThat(json.at("/worst/0/comparisonId").asText()).isEqualTo("c1");
    assertThat(dir.resolve("report.html")).exists();
  }

  @Test
  void defaultOut_isUnderOutExperimentsName() throws Exception {
    record(aComparison("c1").build(), true);
    Path expected = Path.of("out", "experiments", Comparisons.EXPERIMENT, "report.html");

    Result r = run("experiment", "report", Comparisons.EXPERIMENT);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains(expected.toAbsolutePath().toString());
    assertThat(expected).exists();
    try (var written = Files.walk(expected.getParent())) {
      written.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void noRecords_isNotFound() {
    Result r = run("experiment", "report", "nothing-here", "--out", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(r.err())
        .isEqualTo(
            "ops: no comparisons of experiment 'nothing-here' (nothing under"
                + " s3://satpage-test/experiments/nothing-here/comparisons/)"
                + System.lineSeparator());
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void onlyUnreadableRecords_isNotFound_andSaysHowMany() {
    store.put(S3Layout.experimentComparison("broken", "c1"), "{}".getBytes(), "application/json");

    Result r = run("experiment", "report", "broken", "--out", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(r.err())
        .contains("1 unreadable records under s3://satpage-test/experiments/broken/");
  }

  @Test
  void negativeWorst_isAUsageError() {
    record(aComparison("c1").build(), true);

    Result r = run("experiment", "report", Comparisons.EXPERIMENT, "--worst", "-1");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--worst must be 0 or more");
  }
}
