package dev.satpage.imagery.experiment;

import dev.satpage.imagery.PagePipeline;

/**
 * An experiment's candidate: its page pipeline (built by the app from the same factories as the
 * live one) and its set-up in one line for the records, e.g. {@code
 * azure-tiles/turbojpeg/q90/tiles-512}.
 */
public record Candidate(String setup, PagePipeline pipeline) {}
