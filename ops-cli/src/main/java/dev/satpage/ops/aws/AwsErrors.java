package dev.satpage.ops.aws;

import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK exceptions into one-line operator errors with the exit code of their kind. */
public final class AwsErrors {
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html
  private static final Set<String> CREDENTIAL_CODES =
      Set.of(
          "InvalidClientTokenId",
          "UnrecognizedClientException",
          "SignatureDoesNotMatch",
          "InvalidAccessKeyId",
          "AccessDenied",
          "AccessDeniedException",
          "ExpiredToken",
          "MissingAuthenticationToken",
          "InvalidSecurity");

  private AwsErrors() {}

  /** Null when {@code e} is no SDK exception (the caller reports it as it is). */
  public static OpsException classify(Throwable thrown, String what) {
    Throwable e = thrown;
    while (e != null && !(e instanceof SdkException)) {
      e = e.getCause(); // adapters such as S3ObjectStore wrap SDK exceptions in TransientFailure
    }
    if (e == null) {
      return null;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConnectException
          || c instanceof UnknownHostException
          || c instanceof SocketTimeoutException) {
        return new OpsException(
            ExitCode.UNREACHABLE, what + ": endpoint unreachable (" + c + ")", e);
      }
    }
    if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
      String code = s.awsErrorDetails().errorCode();
      if (code != null && CREDENTIAL_CODES.contains(code)) {
        return new OpsException(
            ExitCode.CREDENTIALS,
            what
                + ": credentials refused ("
                + code
                + ": "
                + s.awsErrorDetails().errorMessage()
                + ")",
            e);
      }
      if ("NoSuchBucket".equals(code)) {
        return new OpsException(ExitCode.NOT_FOUND, what + ": no such bucket", e);
      }
      return new OpsException(
          ExitCode.SERVICE_ERROR,
          what + ": " + code + ": " + s.awsErrorDetails().errorMessage(),
          e);
    }
    if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("credentials")) {
      return new OpsException(ExitCode.CREDENTIALS, what + ": " + e.getMessage(), e);
    }
    return new OpsException(ExitCode.SERVICE_ERROR, what + ": " + e.getMessage(), e);
  }
}
