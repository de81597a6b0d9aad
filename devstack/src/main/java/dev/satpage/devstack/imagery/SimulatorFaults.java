package dev.satpage.devstack.imagery;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runtime-settable misbehaviour of the {@link ImagerySimulator}, all off by default. Rates are
 * fractions of requests in [0, 1]; each request rolls the injected (seedable) random generator once
 * per enabled fault, in the order error, throttled, timeout, corrupt body, wrong content type,
 * absurd dimensions, overload, and suffers the first that hits. The overload signal is Bing's
 * alone, so only Bing static-map requests roll it. Error bodies follow the API that was asked (Bing
 * JSON or Azure's ErrorResponse). Thread-safe.
 */
public final class SimulatorFaults {
  public static final Duration DEFAULT_TIMEOUT_HANG = Duration.ofSeconds(30);

  private final RandomGenerator random;
  private volatile Duration latency = Duration.ZERO;
  private volatile double errorRate;
  private volatile double timeoutRate;
  private volatile Duration timeoutHang = DEFAULT_TIMEOUT_HANG;
  private volatile double corruptBodyRate;
  private volatile double wrongContentTypeRate;
  private volatile double absurdDimensionsRate;
  private volatile double overloadRate;
  private volatile double throttleRate;

  public SimulatorFaults(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** What happens to one request, decided by {@link #roll()}. */
  public enum Fault {
    NONE,
    /** 503 Service Unavailable with the asked API's JSON error body. */
    ERROR,
    /**
     * 429 Too Many Requests with the asked API's JSON error body: Azure Maps "When QPS limits are
     * reached, an HTTP 429 error is returned"
     * (https://learn.microsoft.com/azure/azure-maps/azure-maps-qps-rate-limits); Bing "429 Too Many
     * Requests: The account is being rate limited"
     * (https://learn.microsoft.com/bingmaps/rest-services/status-codes-and-error-handling); both
     * read 2026-12-03. Neither page promises a Retry-After, so none is sent.
     */
    THROTTLED,
    /** The connection hangs for {@link #timeoutHang()} and is then closed without a response. */
    TIMEOUT,
    /** A valid image header (JPEG or PNG, as asked) followed by garbage, truncated. */
    CORRUPT_BODY,
    /** A 200 with {@code Content-Type: text/html}. */
    WRONG_CONTENT_TYPE,
    /** A tiny image (JPEG or PNG, as asked) whose header claims 60000×60000 pixels. */
    ABSURD_DIMENSIONS,
    /**
     * Bing's documented overload signal: header {@code X-MS-BM-WS-INFO: 1} and an empty body, with
     * status 200 (see {@link BingStaticMapFacts#OVERLOAD_HEADER}). Bing static-map requests only.
     */
    OVERLOAD
  }

  /** Extra delay before every response. */
  public SimulatorFaults latency(Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + value);
    }
    latency = value;
    return this;
  }

  public SimulatorFaults errorRate(double value) {
    errorRate = rate(value, "errorRate");
    return this;
  }

  public SimulatorFaults timeoutRate(double value) {
    timeoutRate = rate(value, "timeoutRate");
    return this;
  }

  /**
   * How long a {@link Fault#TIMEOUT} request hangs before the connection is closed (default 30 s).
   */
  public SimulatorFaults timeoutHang(Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("timeoutHang must not be negative: " + value);
    }
    timeoutHang = value;
    return this;
  }

  public SimulatorFaults corruptBodyRate(double value) {
    corruptBodyRate = rate(value, "corruptBodyRate");
    return this;
  }

  public SimulatorFaults wrongContentTypeRate(double value) {
    wrongContentTypeRate = rate(value, "wrongContentTypeRate");
    return this;
  }

  public SimulatorFaults absurdDimensionsRate(double value) {
    absurdDimensionsRate = rate(value, "absurdDimensionsRate");
    return this;
  }

  /**
   * Fraction of Bing static-map requests answered with Bing's overload signal ({@link
   * Fault#OVERLOAD}).
   */
  public SimulatorFaults overloadRate(double value) {
    overloadRate = rate(value, "overloadRate");
    return this;
  }

  /** Fraction of requests answered 429 (the account's rate limit), any API. */
  public SimulatorFaults throttleRate(double value) {
    throttleRate = rate(value, "throttleRate");
    return this;
  }

  public double throttleRate() {
    return throttleRate;
  }

  /** Turns every fault off again. */
  public SimulatorFaults reset() {
    latency = Duration.ZERO;
    errorRate = 0;
    timeoutRate = 0;
    timeoutHang = DEFAULT_TIMEOUT_HANG;
    corruptBodyRate = 0;
    wrongContentTypeRate = 0;
    absurdDimensionsRate = 0;
    overloadRate = 0;
    throttleRate = 0;
    return this;
  }

  public Duration latency() {
    return latency;
  }

  public Duration timeoutHang() {
    return timeoutHang;
  }

  public double errorRate() {
    return errorRate;
  }

  public double timeoutRate() {
    return timeoutRate;
  }

  public double corruptBodyRate() {
    return corruptBodyRate;
  }

  public double wrongContentTypeRate() {
    return wrongContentTypeRate;
  }

  public double absurdDimensionsRate() {
    return absurdDimensionsRate;
  }

  public double overloadRate() {
    return overloadRate;
  }

  /** Decides the fault for one request of an API that has no overload signal. */
  public Fault roll() {
    return roll(false);
  }

  /**
   * Decides the fault for one request; {@code overloadable} requests (Bing static maps) may also
   * get {@link Fault#OVERLOAD}.
   */
  public Fault roll(boolean overloadable) {
    if (hits(errorRate)) {
      return Fault.ERROR;
    }
    if (hits(throttleRate)) {
      return Fault.THROTTLED;
    }
    if (hits(timeoutRate)) {
      return Fault.TIMEOUT;
    }
    if (hits(corruptBodyRate)) {
      return Fault.CORRUPT_BODY;
    }
    if (hits(wrongContentTypeRate)) {
      return Fault.WRONG_CONTENT_TYPE;
    }
    if (hits(absurdDimensionsRate)) {
      return Fault.ABSURD_DIMENSIONS;
    }
    if (overloadable && hits(overloadRate)) {
      return Fault.OVERLOAD;
    }
    return Fault.NONE;
  }

  private boolean hits(double rate) {
    if (rate <= 0) {
      return false; // no roll, so enabling one fault does not change the sequence another one sees
    }
    synchronized (random) { // RandomGenerator implementations are not generally thread-safe
      return random.nextDouble() < rate;
    }
  }

  private static double rate(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
    }
    return value;
  }
}
