package dev.satpage.imagery.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The stitch command's options, read from its command line by a parser of its own (see {@link
 * StitchCommand} for why not picocli): {@code --name value} or {@code --name=value}, options and
 * images in any order, a later option overriding an earlier one. The one table {@link #OPTIONS}
 * both reads and documents them, so {@code --help} cannot drift from what is read.
 */
record StitchArgs(
    Grid grid,
    Path page,
    Path preview,
    String codec,
    int quality,
    int previewWidth,
    int previewQuality,
    int repeat,
    int threads,
    List<Path> inputs) {
  static final String DESCRIPTION =
      "Decodes the images, lays them out row-major in a grid, and writes the print page (and a preview) "
          + "as the imagery worker does.";
  static final String FOOTER =
      "Exit codes: 0 written, 1 an I/O error, 2 usage or an image that does not fit its cell.";
  static final String VERSION = "satpage stitch 0.1";

  /** One option: its placeholder, help text, default (null: required or none) and converter. */
  private record Option(
      String label, String description, String defaultValue, Function<String, ?> converter) {}

  private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put(
        "--grid",
        new Option("CxR", "columns x rows, e.g. 2x2; as many images as cells", null, Grid::parse));
    OPTIONS.put("--out", new Option("FILE", "the print page JPEG", null, Path::of));
    OPTIONS.put(
        "--preview",
        new Option("FILE", "also write a preview JPEG (default: none)", null, Path::of));
    OPTIONS.put(
        "--codec",
        new Option(
            "turbojpeg|imageio",
            "TurboJPEG via FFM, or the JDK's ImageIO",
            "turbojpeg",
            StitchArgs::codecName));
    OPTIONS.put(
        "--quality", new Option("1..100", "print JPEG quality", "90", WholeNumber::quality));
    OPTIONS.put(
        "--preview-width",
        new Option("PX", "preview width in pixels", "1000", WholeNumber::positive));
    OPTIONS.put(
        "--preview-quality",
        new Option("1..100", "preview JPEG quality", "85", WholeNumber::quality));
    OPTIONS.put(
        "--repeat",
        new Option(
            "N",
            "stitch N times and print the steady-state time per page",
            "1",
            WholeNumber::positive));
    OPTIONS.put(
        "--threads",
        new Option("N", "decode and encode side by side on N threads", "1", WholeNumber::positive));
  }

  StitchArgs {
    inputs = List.copyOf(inputs);
  }

  /**
   * Reads {@code args} (help and version are asked for before: {@link #asksFor}); a refusal is a
   * {@link UsageException} whose message names the option, in picocli's words.
   */
  static StitchArgs parse(String... args) throws UsageException {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        inputs.add(Path.of(arg));
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      Option option = OPTIONS.get(name);
      if (option == null) {
        throw new UsageException("Unknown option: '" + name + "'");
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(
            "Missing required parameter for option '" + name + "' (" + option.label() + ")");
      }
      try {
        values.put(name, option.converter().apply(value));
      } catch (IllegalArgumentException e) {
        throw new UsageException("Invalid value for option '" + name + "': " + e.getMessage(), e);
      }
    }
    OPTIONS.forEach(
        (name, option) -> {
          if (option.defaultValue() != null) {
            values.putIfAbsent(name, option.converter().apply(option.defaultValue()));
          }
        });
    for (String required : List.of("--grid", "--out")) {
      if (!values.containsKey(required)) {
        throw new UsageException(
            "Missing required option: '" + required + "=" + OPTIONS.get(required).label() + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("Missing required parameter: 'IMAGE'");
    }
    return new StitchArgs(
        (Grid) values.get("--grid"),
        (Path) values.get("--out"),
        (Path) values.get("--preview"),
        (String) values.get("--codec"),
        (Integer) values.get("--quality"),
        (Integer) values.get("--preview-width"),
        (Integer) values.get("--preview-quality"),
        (Integer) values.get("--repeat"),
        (Integer) values.get("--threads"),
        inputs);
  }

  /** Whether {@code args} hold one of the flags, e.g. {@code -h} / {@code --help}. */
  static boolean asksFor(String[] args, String shortFlag, String longFlag) {
    for (String arg : args) {
      if (arg.equals(shortFlag) || arg.equals(longFlag)) {
        return true;
      }
    }
    return false;
  }

  /** The synopsis line. */
  static String usage() {
    StringBuilder line = new StringBuilder("Usage: stitch [-hV]");
    OPTIONS.forEach(
        (name, option) -> {
          String shown = name + "=" + option.label();
          boolean required = name.equals("--grid") || name.equals("--out");
          line.append(' ').append(required ? shown : "[" + shown + "]");
        });
    return line.append(" IMAGE...").toString();
  }

  /** {@code --help}: the synopsis, every option with its default, and the exit codes. */
  static String help() {
    StringBuilder text = new StringBuilder(usage()).append("\n").append(DESCRIPTION).append("\n");
    text.append(row("", "IMAGE...", "the JPEGs, row by row"));
    OPTIONS.forEach(
        (name, option) ->
            text.append(
                row(
                    "",
                    name + "=" + option.label(),
                    option.defaultValue() == null
                        ? option.description()
                        : option.description() + " (default: " + option.defaultValue() + ")")));
    text.append(row("-h, ", "--help", "Show this help message and exit."));
    text.append(row("-V, ", "--version", "Print version information and exit."));
    return text.append("\n").append(FOOTER).append("\n").toString();
  }

  private static String row(String shortFlag, String name, String description) {
    return String.format(Locale.ROOT, "  %4s%-30s %s%n", shortFlag, name, description);
  }

  private static String codecName(String value) {
    if (!value.equals("turbojpeg") && !value.equals("imageio")) {
      throw new IllegalArgumentException("must be turbojpeg or imageio, got '" + value + "'");
    }
    return value;
  }

  /**
   * A command line the command refuses: its message is the first line on stderr, then the usage.
   */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }

    UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
