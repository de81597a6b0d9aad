package dev.satpage.devstack;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK v2 clients configured for the devstack endpoints: endpoint override, static credentials,
 * path-style S3. The caller closes them. Other modules build their clients with the same settings
 * (see {@link #s3}).
 */
final class AwsClients {
  private AwsClients() {}

  static SqsClient sqs(URI endpoint, String region, String accessKey, String secretKey) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials(accessKey, secretKey))
        // Explicit, because s3/sqs bring both the Apache and Netty clients and url-connection is on
        // the path too.
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  static S3Client s3(URI endpoint, String region, String accessKey, String secretKey) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials(accessKey, secretKey))
        // S3Proxy serves the bucket as the first path segment; virtual-host style would need DNS
        // for bucket.127.0.0.1.
        .forcePathStyle(true)
        .httpClientBuilder(
            Apache5HttpClient
                .builder()) // see dev.satpage.aws.AwsClients: not the JDK URL connection
        .build();
  }

  static S3Presigner presigner(URI endpoint, String region, String accessKey, String secretKey) {
    return S3Presigner.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentials(accessKey, secretKey))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .build();
  }

  private static StaticCredentialsProvider credentials(String accessKey, String secretKey) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
  }
}
