package dev.satpage.e2e.soak;

/**
 * One process's memory at one moment of a soak: resident set size, and the Java heap in use right
 * after a full GC (the live data: what a leak grows) and committed.
 */
public record MemorySample(
    double minute, String process, double rssMiB, double liveHeapMiB, double committedHeapMiB) {}
