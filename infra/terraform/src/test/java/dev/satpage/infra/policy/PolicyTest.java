package dev.satpage.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import org.junit.jupiter.api.Test;

/**
 * Each policy holds for infra/terraform and reports each breach in its deliberately bad fixture.
 */
class PolicyTest {

  @Test
  void everyQueue_hasEncryptedLongPolledQueueAndDlqWithRedrive() {
    assertThat(QueuePolicy.violations(TfFixtures.module())).isEmpty();
  }

  @Test
  void queuePolicy_reportsMissingRedriveShortRetentionMissingAllowPolicyAndMixedFifo() {
    assertThat(QueuePolicy.violations(TfFixtures.fixture("queues")))
        .contains(
            "aws_sqs_queue.orders: not encrypted (set sqs_managed_sse_enabled = true or a KMS key)",
            "aws_sqs_queue.orders: no long polling (receive_wait_time_seconds must be 1..20)",
            "aws_sqs_queue.orders: no redrive policy with deadLetterTargetArn and maxReceiveCount",
            "aws_sqs_queue.jobs_dlq: a DLQ must keep messages 14 days (message_retention_seconds = 1209600)",
            "aws_sqs_queue.jobs_dlq: no redrive-allow policy (redrivePermission byQueue with its source queue)",
            "aws_sqs_queue.jobs: a queue and its DLQ must both be FIFO or both standard",
            "aws_sqs_queue.events: redrive target aws_sqs_queue.missing is not declared");
  }

  @Test
  void
      eventSourceMapping_reportsBatchItemFailures_andQueueVisibilityIsSixTimesTheFunctionTimeout() {
    assertThat(LambdaQueuePolicy.violations(TfFixtures.module())).isEmpty();
    assertThat(TfFixtures.module().resources("aws_lambda_event_source_mapping")).isNotEmpty();
  }

  @Test
  void lambdaQueuePolicy_reportsShortVisibilityMissingBatchFailuresAndUnresolvableReferences() {
    assertThat(LambdaQueuePolicy.violations(TfFixtures.fixture("lambda-queue")))
        .containsExactlyInAnyOrder(
            "aws_lambda_event_source_mapping.worker: function_response_types must include ReportBatchItemFailures",
            "aws_lambda_event_source_mapping.worker: batch_size not set",
            "aws_lambda_event_source_mapping.worker: no scaling_config.maximum_concurrency (keeps the provider inside its rate limit)",
            "aws_lambda_event_source_mapping.worker: queue visibility 60 s < 6 x function timeout 30 s",
            "aws_lambda_event_source_mapping.unresolvable: cannot resolve the queue's visibility timeout or the function's timeout to numbers");
  }

  @Test
  void bucket_blocksPublicAccess_isEncryptedAndVersioned_andRefusesPlainHttp() {
    assertThat(BucketPolicy.violations(TfFixtures.module())).isEmpty();
    assertThat(TfFixtures.module().resources("aws_s3_bucket")).hasSize(1);
  }

  @Test
  void bucketPolicy_reportsPublicPolicyMissingEncryptionVersioningAndTlsDeny() {
    assertThat(BucketPolicy.violations(TfFixtures.fixture("bucket")))
        .containsExactlyInAnyOrder(
            "aws_s3_bucket.data: block_public_policy is not true",
            "aws_s3_bucket.data: no default encryption",
            "aws_s3_bucket.data: versioning not enabled (Definition Files must be recoverable)",
            "aws_s3_bucket.data: no bucket policy denying requests without TLS (aws:SecureTransport = false)",
            "aws_s3_bucket.bare: no aws_s3_bucket_public_access_block",
            "aws_s3_bucket.bare: no default encryption",
            "aws_s3_bucket.bare: versioning not enabled (Definition Files must be recoverable)",
            "aws_s3_bucket.bare: no bucket policy denying requests without TLS (aws:SecureTransport = false)");
  }

  @Test
  void noIamStatement_grantsWildcardActions_orStarResourcesBeyondWhatAwsRequires() {
    assertThat(IamPolicy.violations(TfFixtures.module())).isEmpty();
    assertThat(TfFixtures.module().data("aws_iam_policy_document")).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void iamPolicy_reportsWildcardsNotActionInlineJsonAndManagedPolicies() {
    assertThat(IamPolicy.violations(TfFixtures.fixture("iam")))
        .containsExactlyInAnyOrder(
            "aws_iam_policy_document.worker [Everything]: wildcard action s3:*",
            "aws_iam_policy_document.worker [AnyQueue]: resource \"*\" for [sqs:SendMessage] (only "
                + IamPolicy.STAR_RESOURCE_ONLY
                + " need it)",
            "aws_iam_policy_document.worker [AllBut]: not_actions grants everything else",
            "aws_iam_role_policy.inline: policy must come from an aws_iam_policy_document, not inline JSON",
            "aws_iam_role_policy_attachment.admin: AWS managed policy arn:aws:iam::aws:policy/AdministratorAccess");
  }

  @Test
  void everySecret_isReferencedByArn_neverInlined() {
    assertThat(SecretPolicy.violations(TfFixtures.module())).isEmpty();
    assertThat(TfFixtures.module().resources("aws_secretsmanager_secret"))
        .containsKey("imagery_api_key");
  }

  @Test
  void secretPolicy_reportsSecretVariablesVersionsPlainEnvironmentAndOutputs() {
    assertThat(SecretPolicy.violations(TfFixtures.fixture("secrets")))
        .containsExactlyInAnyOrder(
            "aws_secretsmanager_secret_version.key: a secret value in Terraform ends up in state; put it out of band",
            "variable.imagery_api_key: looks like a secret value; pass the ARN or name of a secret instead",
            "local.worker_env: SATPAGE_IMAGERY_API_KEY must hold only the ARN of a Secrets Manager secret or SSM parameter, got ${var.imagery_api_key}",
            "aws_lambda_function.worker: SATPAGE_IMAGERY_API_KEY_SECRET_ARN must hold only the ARN of a Secrets Manager secret or SSM parameter, got a literal value",
            "aws_ecs_task_definition.worker: SATPAGE_IMAGERY_API_KEY in environment; use secrets/valueFrom",
            "output.api_key: exposes a secret value");
  }

  @Test
  void eachFunctionsRole_andEachTasksExecutionRole_readExactlyTheSecretsTheyUse() {
    assertThat(SecretAccessPolicy.violations(TfFixtures.module())).isEmpty();
    assertThat(
            TfFixtures.module()
                .local("imagery_env")
                .path("SATPAGE_IMAGERY_API_KEY_SECRET_ARN")
                .asText())
        .isEqualTo("${aws_secretsmanager_secret.imagery_api_key.arn}");
  }

  @Test
  void secretAccessPolicy_reportsAMissingGrant_anExtraOne_andAGrantToARoleThatUsesNoSecret() {
    assertThat(SecretAccessPolicy.violations(TfFixtures.fixture("secret-access")))
        .containsExactlyInAnyOrder(
            "aws_lambda_function.worker: reads secret key but its role cannot secretsmanager:GetSecretValue on it",
            "aws_lambda_function.worker: its role may secretsmanager:GetSecretValue on other, which its environment does not name",
            "aws_ecs_task_definition.task: injects secret key but its execution role cannot secretsmanager:GetSecretValue on it",
            "aws_ecs_task_definition.task: its execution role may secretsmanager:GetSecretValue on other, which it does not inject",
            "aws_iam_policy_document.bystander: grants secretsmanager:GetSecretValue to a role that is neither a function "
                + "reading a secret nor a task's execution role injecting one");
  }
}
