package dev.satpage.aws.s3;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.testing.ObjectStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link ObjectStoreContract} against S3Proxy over real HTTP, through the SDK. */
class S3ObjectStoreIT extends ObjectStoreContract {
  private static Devstack devstack;

  @BeforeAll
  static void startDevstack() {
    devstack = Devstack.start(DevstackConfig.defaults());
  }

  @AfterAll
  static void stopDevstack() {
    devstack.close();
  }

  static AwsSettings settings(Devstack d) {
    return new AwsSettings(d.region(), d.sqsEndpoint(), d.s3Endpoint(), d.accessKey(), d.secretKey());
  }

  @Override
  protected ObjectStore createStore() {
    return new S3ObjectStore(AwsClients.s3(settings(devstack)), devstack.bucket());
  }
}
