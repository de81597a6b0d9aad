package dev.satpage.model.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteOptionsTest {
  @Test
  void metadataValues_arePrintableAscii_otherCharactersEscaped() {
    WriteOptions o = WriteOptions.of("image/jpeg").withMetadata(Map.of("attribution", "© Zoë\n"));

    assertThat(o.metadata()).containsEntry("attribution", "\\u00a9 Zo\\u00eb\\u000a");
  }

  @Test
  void metadataKeys_thatS3WouldLowerCaseOrRefuse_areRefused() {
    for (String key : new String[] {"Job-Id", "job_id", "job id", "", "-lead"}) {
      assertThatThrownBy(() -> WriteOptions.of("text/plain").withMetadata(Map.of(key, "v")))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void metadataOver2KB_isRefused_andExactly2KB_isAccepted() {
    String value = "v".repeat(WriteOptions.MAX_METADATA_BYTES - 1);

    assertThat(WriteOptions.of("text/plain").withMetadata(Map.of("k", value)).metadata())
        .hasSize(1);
    assertThatThrownBy(() -> WriteOptions.of("text/plain").withMetadata(Map.of("k", value + "v")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2048");
  }

  @Test
  void encryption_isReadFromItsSetting_andUnknownSettingsAreRefused() {
    assertThat(WriteOptions.Encryption.ofSetting("none"))
        .isEqualTo(WriteOptions.Encryption.BUCKET_DEFAULT);
    assertThat(WriteOptions.Encryption.ofSetting("AES256"))
        .isEqualTo(WriteOptions.Encryption.SSE_S3);
    assertThat(WriteOptions.Encryption.ofSetting("aws:kms"))
        .isEqualTo(WriteOptions.Encryption.SSE_KMS);
    assertThatThrownBy(() -> WriteOptions.Encryption.ofSetting("aes-256"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKmsKeyId_goesWithSseKmsOnly() {
    assertThat(WriteOptions.of("text/plain").withKmsKey("alias/satpage").encryption())
        .isEqualTo(WriteOptions.Encryption.SSE_KMS);
    assertThatThrownBy(
            () ->
                new WriteOptions(
                    "text/plain", Map.of(), WriteOptions.Encryption.SSE_S3, "alias/x", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WriteOptions.of("text/plain").withKmsKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPlainWrite_hasNoMetadataNoChecksumAndTheBucketsEncryption() {
    assertThat(WriteOptions.of("application/json"))
        .isEqualTo(
            new WriteOptions(
                "application/json", Map.of(), WriteOptions.Encryption.BUCKET_DEFAULT, null, false));
    assertThatThrownBy(() -> WriteOptions.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
