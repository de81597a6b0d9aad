package dev.satpage.ops.cli;

import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsException;
import dev.satpage.ops.experiment.ComparisonReader;
import dev.satpage.ops.experiment.ExperimentAggregator;
import dev.satpage.ops.experiment.ExperimentReport;
import dev.satpage.ops.experiment.ReportFiles;
import dev.satpage.ops.experiment.ReportTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code experiment report NAME}: reads every comparison of the experiment, prints the figures as
 * tables and writes an HTML report with charts and the worst mismatches' thumbnails.
 */
@Command(
    name = "report",
    description =
        "Similarity, latency and error figures of an experiment as tables on stdout, and an HTML"
            + " report with charts and the worst mismatches side by side.")
final class ExperimentReportCommand implements Callable<Integer> {
  private final Backend.Factory backends;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where report.html and its thumbnails go (default: out/experiments/NAME)")
  Path out;

  @Option(
      names = "--worst",
      defaultValue = "" + ExperimentAggregator.DEFAULT_WORST,
      description = "how many lowest-SSIM comparisons to show (default: ${DEFAULT-VALUE})")
  int worst;

  @Option(names = "--json", description = "the figures as one JSON document on stdout")
  boolean json;

  ExperimentReportCommand(Backend.Factory backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() {
    ExperimentAggregator aggregator = new ExperimentAggregator(worst);
    Output output = new Output(spec);
    try (Backend backend = backends.open(connection.connection())) {
      ComparisonReader.Read read = new ComparisonReader(backend.store()).read(name);
      if (read.comparisons().isEmpty()) {
        throw new OpsException(
            ExitCode.NOT_FOUND,
            "no comparisons of experiment '"
                + name
                + "' ("
                + (read.skipped().isEmpty()
                    ? "nothing under "
                    : read.skipped().size() + " unreadable records under ")
                + backend.store().uriOf(S3Layout.experimentComparisonsPrefix(name))
                + ")");
      }
      ExperimentReport report = aggregator.aggregate(name, read);
      Path dir = out != null ? out : Path.of("out", "experiments", name);
      ReportFiles.Written written = ReportFiles.write(report, backend.store(), dir);
      for (String key : written.missingThumbnails()) {
        output.progress("ops: thumbnail %s is not in the bucket", key);
      }
      if (json) {
        output.json(report);
      } else {
        output.line("%s", ReportTable.render(report).stripTrailing());
      }
      output.progress(
          "report: %s (%d thumbnails)", written.page().toAbsolutePath(), written.thumbnails());
      return ExitCode.OK;
    }
  }
}
