package dev.satpage.imagery;

/**
 * A page {@link PagePipeline#make} made, in memory: its two JPEGs, what it fetched, and how long
 * each stage took (wall-clock nanoseconds; {@code decode} is decoding the provider images into the
 * page).
 */
public record EncodedPage(
    byte[] print,
    byte[] preview,
    int images,
    long fetchedBytes,
    long fetchNanos,
    long decodeNanos,
    long encodeNanos,
    long codecCpuNanos) {}
