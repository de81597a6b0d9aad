package dev.satpage.imagery.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which jobs an experiment compares: a pure function of the experiment's name and the job id, so a
 * redelivered job gets the same decision and two experiments sample independently. Pure.
 */
public final class Sampler {
  private Sampler() {}

  /** Whether {@code jobId} is in the {@code rate} share of jobs {@code experiment} samples. */
  public static boolean sampled(String experiment, String jobId, double rate) {
    if (rate >= 1) {
      return true;
    }
    return rate > 0 && unit(experiment + "\n" + jobId) < rate;
  }

  /** A uniform value in [0, 1) drawn from SHA-256 of {@code text} (its first 53 bits). */
  static double unit(String text) {
    byte[] hash = sha256(text);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (hash[i] & 0xFF);
    }
    return (bits >>> 11) * 0x1.0p-53;
  }

  /** The first {@code hexChars} hex digits of SHA-256 of {@code text}. */
  static String hex(String text, int hexChars) {
    StringBuilder hex = new StringBuilder();
    for (byte b : sha256(text)) {
      hex.append(String.format("%02x", b & 0xFF));
    }
    return hex.substring(0, hexChars);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
