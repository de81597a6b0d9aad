package dev.satpage.ops.cli;

import picocli.CommandLine.Command;

/** {@code dlq}: the dead-letter commands, {@code show} and {@code replay}. */
@Command(name = "dlq", description = "Inspect and replay dead-letter queues.")
final class DlqCommand {}
