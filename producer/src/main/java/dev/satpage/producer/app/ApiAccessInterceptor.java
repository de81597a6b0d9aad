package dev.satpage.producer.app;

import dev.satpage.producer.access.AccessDecision;
import dev.satpage.producer.access.ApiGate;
import dev.satpage.producer.access.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs {@link ApiGate} before each preview API handler: a refusal is thrown as {@link
 * ApiAccessException} and becomes a problem response. Logs name the client id (the part of a key
 * before its dot), never a key.
 */
final class ApiAccessInterceptor implements HandlerInterceptor {
  static final String CLIENT_ATTRIBUTE = "satpage.preview-api.client";
  private static final Logger log = LoggerFactory.getLogger(ApiAccessInterceptor.class);

  private final ApiGate gate;

  ApiAccessInterceptor(ApiGate gate) {
    this.gate = gate;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Scope needed = request.getRequestURI().startsWith("/books") ? Scope.BOOKS : Scope.PREVIEWS;
    ApiGate.Outcome outcome =
        gate.check(request.getHeader("Authorization"), needed, request.getContentLengthLong());
    if (outcome instanceof ApiGate.Admitted admitted) {
      request.setAttribute(CLIENT_ATTRIBUTE, admitted.client().id());
      return true;
    }
    AccessDecision refusal = ((ApiGate.Refused) outcome).reason();
    switch (refusal) {
      case AccessDecision.Unauthenticated u ->
          log.warn(
              "preview API: {} {} refused (401): {}",
              request.getMethod(),
              request.getRequestURI(),
              u.detail());
      case AccessDecision.Forbidden f ->
          log.warn(
              "preview API: client {} may not call {} {} (needs scope {})",
              f.clientId(),
              request.getMethod(),
              request.getRequestURI(),
              f.needed().configName());
      case AccessDecision.RateLimited r ->
          log.info("preview API: client {} rate-limited for {}", r.clientId(), r.retryAfter());
      case AccessDecision.TooLarge t ->
          log.info(
              "preview API: client {} sent a body over {} bytes", t.clientId(), t.limitBytes());
    }
    throw new ApiAccessException(refusal);
  }
}
