package dev.satpage.e2e.demo;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the main job, with defaults. */
record DemoOptions(int books, Path outDir, Duration timeout) {
  static final int DEFAULT_BOOKS = 6;
  static final Path DEFAULT_OUT = Path.of("out");
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  static DemoOptions parse(String[] args) {
    int books = DEFAULT_BOOKS;
    Path out = DEFAULT_OUT;
    Duration timeout = DEFAULT_TIMEOUT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--books", "--orders" -> books = positive(arg, value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--timeout-seconds" -> timeout = Duration.ofSeconds(positive(arg, value(args, ++i, arg)));
        case "-h", "--help" -> {
          System.out.println(
              "usage: ./satpage demo [--books N (default 6)] [--out DIR (default ./out)] [--timeout-seconds S (default 600)]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option '" + arg + "' (try --help)");
      }
    }
    if (books > 200) {
      throw new IllegalArgumentException("--books " + books + " is more than this demo is meant for (200); use the load command");
    }
    return new DemoOptions(books, out, timeout);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a positive whole number, got '" + value + "'");
    }
  }
}
