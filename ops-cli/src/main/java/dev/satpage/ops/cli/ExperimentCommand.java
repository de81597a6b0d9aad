package dev.satpage.ops.cli;

import picocli.CommandLine.Command;

/** {@code experiment}: the experiment commands, {@code report}. */
@Command(
    name = "experiment",
    description = "Experiments: a candidate imagery path compared with the live one.")
final class ExperimentCommand {}
