package dev.satpage.ops.it;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.json.Json;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.ExitCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code experiment report} against devstack's S3Proxy: records and thumbnails written through the
 * real S3 adapter, more records than one listing page holds, the command run as an operator types
 * it.
 */
@ExtendWith(DevstackExtension.class)
class ExperimentReportIT {
  /** More than one ListObjectsV2 page (at most 1,000 keys). */
  static final int RECORDS = 1_050;

  static final String NAME = "bing-to-azure-it";
  static Devstack devstack;
  static S3Client s3;
  static S3ObjectStore store;

  @TempDir Path dir;

  @BeforeAll
  static void start(Devstack started) throws Exception {
    devstack = started;
    s3 = devstack.newS3Client();
    store = new S3ObjectStore(s3, devstack.bucket());
    List<ExperimentComparison> all = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      String id = "c%04d".formatted(i);
      all.add(
          switch (i % 10) {
            case 0 ->
                aComparison(id).ofExperiment(NAME).candidateFailed("imagery-rejected").build();
            case 1 ->
                aComparison(id).ofExperiment(NAME).similarity(0.6 + i / 100_000.0, 15.0).build();
            default -> aComparison(id).ofExperiment(NAME).similarity(0.97, 38.0).build();
          });
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<?>> puts = new ArrayList<>();
      for (ExperimentComparison c : all) {
        puts.add(
            pool.submit(
                () ->
                    store.put(
                        S3Layout.experimentComparison(NAME, c.comparisonId()),
                        Json.writeBytes(c),
                        "application/json")));
      }
      for (Future<?> put : puts) {
        put.get();
      }
    }
    for (ExperimentComparison c : all.subList(0, 40)) {
      if (c.controlThumbnail() != null) {
        store.put(c.controlThumbnail(), jpeg(Color.GREEN), "image/jpeg");
      }
      if (c.candidateThumbnail() != null) {
        store.put(c.candidateThumbnail(), jpeg(Color.BLUE), "image/jpeg");
      }
    }
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  static byte[] jpeg(Color color) throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void report_readsEveryRecord_andWritesTheFiguresAndThumbnails() throws Exception {
    Cli.Result r =
        Cli.run(devstack, "experiment", "report", NAME, "--out", dir.toString(), "--worst", "4");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("experiment " + NAME + ": " + RECORDS + " comparisons")
        .containsPattern("≥ 0.95 +840 +80.0 %")
        .containsPattern("< 0.80 +105 +10.0 %")
        .containsPattern("not compared \\(arm failed\\) +105 +10.0 %")
        .containsPattern("candidate +1050 +105 +10.0 %  imagery-rejected 105")
        .contains("c0001  SSIM 0.6000");
    String html = Files.readString(dir.resolve("report.html"));
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(dir.resolve("report.html").toFile()); // well-formed
    assertThat(html)
        .contains("<td>840</td><td>80.0 %</td>")
        .contains("imagery-rejected 105")
        .contains("src=\"thumbnails/c0001-control.jpg\"")
        .contains("src=\"thumbnails/c0031-candidate.jpg\"");
    for (String file :
        List.of(
            "c0001-control.jpg",
            "c0001-candidate.jpg",
            "c0011-control.jpg",
            "c0031-candidate.jpg")) {
      Path thumbnail = dir.resolve("thumbnails").resolve(file);
      assertThat(ImageIO.read(thumbnail.toFile())).as(file).isNotNull();
    }
    try (var files = Files.list(dir.resolve("thumbnails"))) {
      assertThat(files).hasSize(8);
    }
  }

  @Test
  void unknownExperiment_isNotFound() {
    Cli.Result r = Cli.run(devstack, "experiment", "report", "never-ran", "--out", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(r.err()).contains("no comparisons of experiment 'never-ran'");
  }
}
