package dev.satpage.console.view;

import java.time.Duration;
import java.time.Instant;

/**
 * One step of a book's way through the pipeline, as its S3 objects record it: when, what, and how
 * long after the step before it ({@code sincePrevious}, null for the first).
 */
public record TimelineEvent(Instant at, String step, String detail, Duration sincePrevious) {}
