package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command at its smallest (one step of two clients, a second per architecture): devstack, the
 * render service and the imagery worker start as their own JVMs, both architectures serve pages,
 * and the report holds a row of each. Nothing here is timed.
 */
class BeforeAfterIT {
  @Test
  void oneStep_reportsBothArchitectures(@TempDir Path out) throws Exception {
    int exit =
        new CommandLine(new BeforeAfterMain())
            .execute(
                // Two clients and one request in two a satellite page: each client sends at least
                // one
                // request and the first two take consecutive numbers, so every step has both kinds.
                "--concurrency", "2",
                "--satellite-share", "0.5",
                "--step-seconds", "1",
                "--warmup-seconds", "0",
                "--provider-latency-ms", "0",
                "--timeout-seconds", "60",
                "--out", out.toString());

    assertThat(exit).isZero();
    List<String[]> rows =
        Files.readAllLines(out.resolve("before-after.csv")).stream()
            .skip(1)
            .map(l -> l.split(","))
            .toList();
    assertThat(rows).extracting(r -> r[0] + "@" + r[1]).containsExactly("before@2", "after@2");
    for (String[] row : rows) {
      assertThat(Integer.parseInt(row[4])).as("fast pages served, %s", row[0]).isPositive();
      assertThat(Integer.parseInt(row[9])).as("satellite requests, %s", row[0]).isPositive();
    }
    // Before: the satellite page was made inside the request and served.
    assertThat(Integer.parseInt(rows.getFirst()[10])).isPositive();
    assertThat(Files.readString(out.resolve("before-after.md")))
        .contains("| before | 2 |")
        .contains("| after | 2 |")
        .contains("3 s → ~200 ms");
  }
}
