package dev.satpage.producer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientKeysTest {
  // printf %s 'shop.s3cret' | sha256sum — computed by coreutils, not by the code under test
  static final String SHOP_HASH =
      "245b0e3448db71a2a76676538982d52d1a1eb5cea92e90ae0bc62ded221ae801";

  @Test
  void sha256_isWhatSha256sumPrints() {
    // printf %s 'abc' | sha256sum (and FIPS 180-2 appendix B.1)
    assertThat(HexFormat.of().formatHex(ClientKeys.sha256("abc")))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theKeyWhoseHashIsConfigured_authenticatesAsItsClient_andNothingElseDoes() {
    String hash = SHOP_HASH;
    ClientKeys keys =
        ClientKeys.parse(
            List.of("shop:" + hash, "ops:" + hash.replace('0', '1') + ":books+previews"));

    assertThat(keys.authenticate("shop.s3cret"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.id()).isEqualTo("shop");
              assertThat(c.scopes()).containsExactly(Scope.PREVIEWS);
            });
    assertThat(keys.authenticate("shop.s3cre")).isEmpty();
    assertThat(keys.authenticate("ops.s3cret"))
        .as("another client's id with this secret")
        .isEmpty();
    assertThat(keys.authenticate("nobody.s3cret")).isEmpty();
    assertThat(keys.authenticate("")).isEmpty();
    assertThat(keys.authenticate(null)).isEmpty();
  }

  @Test
  void scopes_areParsed_andAnEntryWithoutScopesMayCallPreviewsOnly() {
    ApiClient ops = ApiClient.parse("ops:" + SHOP_HASH + ":books+previews");
    assertThat(ops.scopes()).isEqualTo(Set.of(Scope.BOOKS, Scope.PREVIEWS));
    assertThat(ApiClient.parse(" shop:" + SHOP_HASH + " ").scopes())
        .containsExactly(Scope.PREVIEWS);
  }

  @Test
  void badConfiguration_isRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> ClientKeys.parse(List.of()))
        .hasMessageContaining("satpage.preview-api.clients");
    assertThatThrownBy(() -> ApiClient.parse("shop")).hasMessageContaining("<id>:<sha256-hex>");
    assertThatThrownBy(() -> ApiClient.parse("shop:abc")).hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> ApiClient.parse("Shop!:" + SHOP_HASH))
        .hasMessageContaining("client id must match");
    assertThatThrownBy(() -> ApiClient.parse("shop:" + SHOP_HASH + ":admin"))
        .hasMessageContaining("unknown scope 'admin'");
    assertThatThrownBy(() -> ClientKeys.parse(List.of("shop:" + SHOP_HASH, "shop:" + SHOP_HASH)))
        .hasMessageContaining("configured twice");
  }

  @Test
  void keyId_isThePartBeforeTheDot_onlyWhenItIsAValidId() {
    assertThat(ClientKeys.keyId("shop.anything")).hasValue("shop");
    assertThat(ClientKeys.keyId("no-dot")).isEmpty();
    assertThat(ClientKeys.keyId(".secret")).isEmpty();
    assertThat(ClientKeys.keyId("DROP TABLE.x"))
        .as("never echo arbitrary text into logs")
        .isEmpty();
  }

  @Test
  void toString_namesTheClient_neverItsHash() {
    ApiClient shop = ApiClient.parse("shop:" + SHOP_HASH);
    assertThat(shop.toString())
        .contains("shop")
        .doesNotContain(SHOP_HASH)
        .doesNotContain(SHOP_HASH.substring(0, 8));
  }
}
