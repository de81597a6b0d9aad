locals {
  name = "satpage-${var.environment}"

  # Copied from shared-model dev.satpage.model.queue.Queues.ALL (name, visibility timeout, maxReceiveCount); the apps
  # look queues up by these exact names. QueueConsistencyTest fails when the two drift apart.
  # Standard queues on purpose: duplicates are made harmless by create-once markers and gates (docs/ARCHITECTURE.md),
  # so FIFO's ordering and 300 msg/s-per-API limit would buy nothing.
  queues = {
    "satpage-order-placed"        = { visibility_timeout_seconds = 60, max_receive_count = 5 }
    "satpage-satellite-page-jobs" = { visibility_timeout_seconds = 120, max_receive_count = 3 }
    "satpage-imagery-completed"   = { visibility_timeout_seconds = 60, max_receive_count = 5 }
    "satpage-imagery-failed"      = { visibility_timeout_seconds = 60, max_receive_count = 5 }
    "satpage-render-jobs"         = { visibility_timeout_seconds = 120, max_receive_count = 3 }
    "satpage-book-rendered"       = { visibility_timeout_seconds = 60, max_receive_count = 5 }
    "satpage-printhouse-delivery" = { visibility_timeout_seconds = 300, max_receive_count = 5 }
  }

  # SQS's maximum message size, 1 MiB since August 2025, which SqsJobQueue assumes. Set explicitly: the AWS provider
  # still defaults max_message_size to 262144 (internal/service/sqs of hashicorp/terraform-provider-aws:
  # defaultQueueMaximumMessageSize = 262_144, the argument's Default), so an unset queue would refuse
  # what the apps consider valid. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
  # (read 2026-12-02); QueueSizeTest.
  sqs_max_message_size = 1048576

  # The queue the imagery function is fed by (its visibility must be >= 6x the function timeout).
  imagery_source_queue = "satpage-satellite-page-jobs"

  # Pages the function may work on at once so that requests stay inside the provider's rate limit:
  # each page makes provider_requests_per_page requests in at least imagery_min_page_seconds.
  # SQS event source mappings accept 2..1000.
  # With the synchronous API deployed (lambda_api.tf), its reserved concurrency is taken from that budget.
  imagery_page_concurrency = floor(var.provider_rate_limit_rps * var.imagery_min_page_seconds / var.provider_requests_per_page)
  imagery_api_concurrency  = var.imagery_api_enabled ? var.imagery_api_reserved_concurrency : 0
  imagery_max_concurrency  = min(1000, max(2, local.imagery_page_concurrency - local.imagery_api_concurrency))

  # Environment of each component, as Spring relaxed binding names of the settings in docs/configuration.md
  # (SATPAGE_BUCKET -> satpage.bucket). AppSettingsConsistencyTest binds the services' through Spring's own mapper and
  # checks the function's against the names its handler reads; a null value is left out (lambda.tf), so the app's
  # default applies.
  imagery_env = {
    SATPAGE_AWS_REGION                 = var.aws_region
    SATPAGE_BUCKET                     = aws_s3_bucket.data.bucket
    SATPAGE_IMAGERY_PROVIDER           = var.imagery_provider
    SATPAGE_IMAGERY_ENDPOINT           = var.imagery_endpoint
    SATPAGE_IMAGERY_TILE_TEMPLATE      = var.imagery_tile_template
    SATPAGE_IMAGERY_TILE_SIZE          = var.imagery_tile_size
    SATPAGE_IMAGERY_AZURE_MODE         = var.imagery_azure_mode
    SATPAGE_IMAGERY_ATTRIBUTION        = var.imagery_attribution
    # The handler reads the key from this secret at init (GetSecretValue); the key itself never reaches Terraform.
    SATPAGE_IMAGERY_API_KEY_SECRET_ARN = aws_secretsmanager_secret.imagery_api_key.arn
    SATPAGE_IMAGERY_READ_TIMEOUT       = var.imagery_read_timeout
    SATPAGE_IMAGERY_MAX_ATTEMPTS       = tostring(var.imagery_max_attempts)
    SATPAGE_COMPONENT                  = "imagery-worker"
    # Per-page metrics (pages.completed/failed/cached, stage times, bytes) as CloudWatch EMF on stdout.
    SATPAGE_METRICS_EMF_NAMESPACE = var.books_stuck_metric.namespace
    # The TurboJPEG codec binds libturbojpeg through the FFM API, which needs native access.
    JAVA_TOOL_OPTIONS = "--enable-native-access=ALL-UNNAMED"
  }

  producer_env = {
    SATPAGE_AWS_REGION = var.aws_region
    SATPAGE_BUCKET     = aws_s3_bucket.data.bucket
    SATPAGE_COMPONENT  = "producer"
    JAVA_TOOL_OPTIONS  = "-XX:MaxRAMPercentage=75"
    # The stuck-book scan prints books.stuck / books.pending / books.blocked as CloudWatch EMF on stdout; the awslogs
    # driver ships it to the log group and CloudWatch extracts the metrics the books-stuck alarm watches.
    SATPAGE_METRICS_EMF_ENABLED   = "true"
    SATPAGE_METRICS_EMF_NAMESPACE = var.books_stuck_metric.namespace
    # The preview API's per-client limit (per task; ingress.tf).
    SATPAGE_PREVIEW_API_RATE_LIMIT_REQUESTS_PER_SECOND = tostring(var.preview_api_rate_limit.requests_per_second)
    SATPAGE_PREVIEW_API_RATE_LIMIT_BURST               = tostring(var.preview_api_rate_limit.burst)
  }

  # Injected by ECS from Secrets Manager (container "secrets", valueFrom): the value never appears in the task
  # definition, variables or state. The execution role may read exactly these (iam_services.tf).
  producer_secrets = {
    SATPAGE_PREVIEW_API_CLIENTS = aws_secretsmanager_secret.preview_api_clients.arn
  }

  # The producer's server.port (producer.yml): the preview API and /actuator/health.
  producer_port = 8080

  # Every image serves GET /health on this port (shared-aws HealthEndpoint; the root pom's satpage.image.health-port
  # sets SATPAGE_HEALTH_PORT in the image) and carries HealthProbe; ECS runs it inside the container
  # (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html, read 2026-12-02: exec form with
  # CMD, startPeriod 0-300 s). UP while the Spring context and every SQS listener container run.
  container_health_check = {
    command     = ["CMD", "java", "-cp", "/app/libs/*", "dev.satpage.aws.health.HealthProbe", "http://127.0.0.1:8081/health"]
    interval    = 30
    timeout     = 10
    retries     = 3
    startPeriod = 120
  }

  render_env = {
    SATPAGE_AWS_REGION = var.aws_region
    SATPAGE_BUCKET     = aws_s3_bucket.data.bucket
    SATPAGE_COMPONENT  = "render-worker"
    JAVA_TOOL_OPTIONS  = "-XX:MaxRAMPercentage=75"
  }

  alarm_actions = var.alarm_topic_arn == null ? [] : [var.alarm_topic_arn]

  # ECR repository ARNs of the two images, for the task execution role (image pulls on exactly these repositories).
  producer_repo_arn = format("arn:%s:ecr:%s:%s:repository/%s", data.aws_partition.current.partition,
    regex("\\.dkr\\.ecr\\.([a-z0-9-]+)\\.", var.producer_image)[0], regex("^([0-9]{12})\\.", var.producer_image)[0],
  regex("amazonaws\\.com/([^:@]+)", var.producer_image)[0])
  render_repo_arn = format("arn:%s:ecr:%s:%s:repository/%s", data.aws_partition.current.partition,
    regex("\\.dkr\\.ecr\\.([a-z0-9-]+)\\.", var.render_worker_image)[0], regex("^([0-9]{12})\\.", var.render_worker_image)[0],
  regex("amazonaws\\.com/([^:@]+)", var.render_worker_image)[0])
}
