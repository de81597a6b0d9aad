package dev.satpage.producer.app;

import dev.satpage.producer.access.AccessDecision;

/**
 * A refused preview API request, thrown by {@link ApiAccessInterceptor} and answered by {@link
 * ProblemHandler}.
 */
final class ApiAccessException extends RuntimeException {
  private final transient AccessDecision decision;

  ApiAccessException(AccessDecision decision) {
    super(decision.toString(), null, false, false); // expected traffic: no stack trace
    this.decision = decision;
  }

  AccessDecision decision() {
    return decision;
  }
}
