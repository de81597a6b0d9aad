package dev.satpage.e2e.beforeafter;

/**
 * Which request number is a satellite page: an even spread of {@code satelliteShare} of all
 * requests (0.25: requests 3, 7, 11, …), the same sequence on every run and in both architectures.
 */
public record RequestMix(double satelliteShare) {
  public RequestMix {
    if (!(satelliteShare >= 0 && satelliteShare <= 1)) {
      throw new IllegalArgumentException("satellite share must be within 0..1: " + satelliteShare);
    }
  }

  /** The kind of request number {@code n} (0-based). */
  public RequestKind kindOf(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("request numbers start at 0: " + n);
    }
    // Request n is satellite when the running count of satellite requests steps up at n.
    long before = (long) Math.floor(n * satelliteShare);
    long after = (long) Math.floor((n + 1) * satelliteShare);
    return after > before ? RequestKind.SATELLITE : RequestKind.FAST;
  }
}
