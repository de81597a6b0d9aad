package dev.satpage.producer.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiGateTest {
  // printf %s 'shop.s3cret' | sha256sum ; printf %s 'ops.0pen' | sha256sum
  static final String SHOP = "shop:" + ClientKeysTest.SHOP_HASH;
  static final String OPS =
      "ops:e3e56e6a8849232690ac7fe3141d41b58502aa25cdc07e6ab406d256f99b9d8e:books";

  final MutableClock clock = new MutableClock(RateLimiterTest.T0);
  final ApiGate gate =
      new ApiGate(ClientKeys.parse(List.of(SHOP, OPS)), new RateLimiter(1, 2, clock), 100);

  @Test
  void noOrMalformedAuthorization_isUnauthenticated() {
    assertThat(gate.check(null, Scope.PREVIEWS, -1))
        .isInstanceOfSatisfying(
            ApiGate.Refused.class,
            r -> assertThat(r.reason()).isInstanceOf(AccessDecision.Unauthenticated.class));
    assertThat(gate.check("Basic c2hvcDpzM2NyZXQ=", Scope.PREVIEWS, -1))
        .isInstanceOf(ApiGate.Refused.class);
    assertThat(gate.check("Bearer shop.wrong", Scope.PREVIEWS, -1))
        .isEqualTo(
            new ApiGate.Refused(
                new AccessDecision.Unauthenticated("the key for client 'shop' is not valid")));
  }

  @Test
  void theRightKey_isAdmitted_caseOfTheSchemeDoesNotMatter() {
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, 50))
        .isInstanceOfSatisfying(
            ApiGate.Admitted.class, a -> assertThat(a.client().id()).isEqualTo("shop"));
    assertThat(gate.check("bearer shop.s3cret", Scope.PREVIEWS, -1))
        .isInstanceOf(ApiGate.Admitted.class);
  }

  @Test
  void aClientOutsideItsScope_isForbidden_beforeItSpendsARequest() {
    assertThat(gate.check("Bearer shop.s3cret", Scope.BOOKS, -1))
        .isEqualTo(new ApiGate.Refused(new AccessDecision.Forbidden("shop", Scope.BOOKS)));
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, -1))
        .isInstanceOf(ApiGate.Admitted.class);
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, -1))
        .isInstanceOf(ApiGate.Admitted.class);
  }

  @Test
  void overTheBurst_isRateLimited_withRetryAfter() {
    gate.check("Bearer shop.s3cret", Scope.PREVIEWS, -1);
    gate.check("Bearer shop.s3cret", Scope.PREVIEWS, -1);
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, -1))
        .isEqualTo(
            new ApiGate.Refused(new AccessDecision.RateLimited("shop", Duration.ofSeconds(1))));
  }

  @Test
  void aDeclaredBodyOverTheLimit_isTooLarge_andOneAtTheLimitIsNot() {
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, 100))
        .isInstanceOf(ApiGate.Admitted.class);
    assertThat(gate.check("Bearer shop.s3cret", Scope.PREVIEWS, 101))
        .isEqualTo(new ApiGate.Refused(new AccessDecision.TooLarge("shop", 100)));
  }
}
