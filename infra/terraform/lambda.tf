# The imagery worker as a Lambda function fed by satpage-satellite-page-jobs: each page is an independent burst of CPU
# (decode 4 images, stitch, encode), so per-invocation billing and scale-to-zero fit it better than a service.

resource "aws_cloudwatch_log_group" "imagery" {
  name              = "/aws/lambda/${local.name}-imagery"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "imagery" {
  function_name = "${local.name}-imagery"
  role          = aws_iam_role.imagery.arn
  runtime       = "java25"
  handler       = var.imagery_lambda_handler
  architectures = [var.architecture]
  s3_bucket     = var.artifact_bucket
  s3_key        = var.imagery_lambda_s3_key

  # Memory buys CPU: a page is ~100 MB of pixels (4000x3000 ARGB page + four 2000x1500 sources + encoder buffers),
  # but the decode/encode is CPU-bound and Lambda gives one full vCPU only at 1,769 MB. See README for the sizing.
  memory_size = var.imagery_memory_mb
  timeout     = var.imagery_timeout_seconds
  # SnapStart needs published versions; the event source mapping invokes the alias below.
  publish = true

  layers = var.turbojpeg_layer_arn == null ? [] : [var.turbojpeg_layer_arn]

  environment {
    # Unset optional settings (null) are left out, so the function uses the app's default for them.
    variables = { for name, value in local.imagery_env : name => value if value != null }
  }

  dynamic "snap_start" {
    for_each = var.imagery_snapstart ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.imagery.name
  }

  depends_on = [aws_iam_role_policy.imagery]
}

resource "aws_lambda_alias" "imagery_live" {
  name             = "live"
  function_name    = aws_lambda_function.imagery.function_name
  function_version = aws_lambda_function.imagery.version
}

resource "aws_lambda_event_source_mapping" "imagery" {
  event_source_arn                   = aws_sqs_queue.main["satpage-satellite-page-jobs"].arn
  function_name                      = aws_lambda_alias.imagery_live.arn
  batch_size                         = var.imagery_batch_size
  maximum_batching_window_in_seconds = var.imagery_batching_window_seconds
  # The handler returns SQSBatchResponse with exactly the failed ids; without this, one failure redelivers the batch.
  function_response_types = ["ReportBatchItemFailures"]

  # Caps concurrent pages so provider requests stay inside its rate limit (locals.tf), and stops Lambda from
  # receiving messages it cannot run yet (throttled receives would still count towards maxReceiveCount).
  scaling_config {
    maximum_concurrency = local.imagery_max_concurrency
  }

  lifecycle {
    precondition {
      # https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html: visibility >= 6x function timeout,
      # so a batch retried after throttling is not redelivered while still being processed.
      condition     = aws_sqs_queue.main["satpage-satellite-page-jobs"].visibility_timeout_seconds >= 6 * var.imagery_timeout_seconds
      error_message = "satpage-satellite-page-jobs visibility timeout must be at least 6x imagery_timeout_seconds; lower the timeout or raise the visibility in shared-model Queues and locals.tf."
    }
    precondition {
      # Every in-function attempt at each page of a batch must fit the timeout, with ~5 s for stitch, encode and upload.
      condition     = (tonumber(trimsuffix(var.imagery_read_timeout, "s")) * var.imagery_max_attempts + 5) * var.imagery_batch_size <= var.imagery_timeout_seconds
      error_message = "(imagery_read_timeout x imagery_max_attempts + 5 s) x imagery_batch_size must fit in imagery_timeout_seconds."
    }
  }
}
