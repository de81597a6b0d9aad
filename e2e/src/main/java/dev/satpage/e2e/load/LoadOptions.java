package dev.satpage.e2e.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ./satpage load} options; see {@link #USAGE}. */
public record LoadOptions(int books, List<Double> rates, int printEvery, List<Integer> imageryWorkers, Path out,
    Duration timeout, int imageryPool, String imageryHeap) {
  public static final int DEFAULT_BOOKS = 60;
  public static final double DEFAULT_RATE = 6.0;
  public static final int DEFAULT_PRINT_EVERY = 3;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  /** Stand-in images per size the simulator serves (see ImagerySimulator#usePool); 0 draws every requested window. */
  public static final int DEFAULT_IMAGERY_POOL = 8;
  public static final String USAGE = "usage: load [--books N (60)] [--rate BOOKS_PER_S[,…] (6)] [--print-every K (3)] "
      + "[--imagery-workers 1,2] [--out DIR (out/load)] [--timeout-seconds S (300, per run)] "
      + "[--imagery-pool N (8; 0 = the simulator draws every window)] [--imagery-heap SIZE (1g)]";

  public LoadOptions {
    if (books < 1 || rates.isEmpty() || rates.stream().anyMatch(r -> !(r > 0)) || printEvery < 0 || imageryWorkers.isEmpty()
        || imageryWorkers.stream().anyMatch(n -> n < 1 || n > 8) || imageryPool < 0) {
      throw new IllegalArgumentException(
          "books ≥ 1, rate > 0, print-every ≥ 0, imagery-workers within 1..8, imagery-pool ≥ 0");
    }
    imageryWorkers = List.copyOf(imageryWorkers);
    rates = List.copyOf(rates);
  }

  public static LoadOptions parse(String... args) {
    int books = DEFAULT_BOOKS;
    List<Double> rates = List.of(DEFAULT_RATE);
    int printEvery = DEFAULT_PRINT_EVERY;
    List<Integer> workers = List.of(1, 2);
    Path out = Path.of("out", "load");
    Duration timeout = DEFAULT_TIMEOUT;
    int imageryPool = DEFAULT_IMAGERY_POOL;
    String imageryHeap = "1g";
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      try {
        switch (name) {
          case "--books" -> books = Integer.parseInt(value);
          case "--rate" -> {
            List<Double> list = new ArrayList<>();
            for (String r : value.split(",")) {
              list.add(Double.parseDouble(r.trim()));
            }
            rates = list;
          }
          case "--print-every" -> printEvery = Integer.parseInt(value);
          case "--imagery-workers" -> {
            List<Integer> list = new ArrayList<>();
            for (String n : value.split(",")) {
              list.add(Integer.parseInt(n.trim()));
            }
            workers = list;
          }
          case "--out" -> out = Path.of(value);
          case "--timeout-seconds" -> timeout = Duration.ofSeconds(Long.parseLong(value));
          case "--imagery-pool" -> imageryPool = Integer.parseInt(value);
          case "--imagery-heap" -> imageryHeap = value;
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, got " + value);
      }
    }
    return new LoadOptions(books, rates, printEvery, workers, out, timeout, imageryPool, imageryHeap);
  }
}
