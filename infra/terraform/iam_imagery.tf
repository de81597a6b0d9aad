# The imagery function's role: consume page jobs, write imagery, emit completion events, read the API key.

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "imagery" {
  name               = "${local.name}-imagery-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

# What making a page needs, for both imagery functions (the queue-fed one and the synchronous API, lambda_api.tf).
data "aws_iam_policy_document" "imagery_pages" {
  statement {
    sid       = "ImageryObjects" # GetObject also authorises HEAD, the cache check before fetching from the provider
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.data.arn}/imagery/*"]
  }
  statement {
    # Without ListBucket, HEAD of a missing key answers 403 instead of 404 and a cache miss looks like an error.
    sid       = "ListImagery"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.data.arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["imagery/*"]
    }
  }
  statement {
    sid       = "ReadApiKey"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.imagery_api_key.arn]
  }
  statement {
    # PutMetricData has no resource-level permissions (AWS requires "*"); the namespace condition narrows it.
    sid       = "PublishMetrics"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.books_stuck_metric.namespace]
    }
  }
}

data "aws_iam_policy_document" "imagery" {
  source_policy_documents = [data.aws_iam_policy_document.imagery_pages.json]
  statement {
    sid = "ConsumePageJobs" # the event source mapping polls and deletes with the function's role
    actions = [
      "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
    ]
    resources = [aws_sqs_queue.main["satpage-satellite-page-jobs"].arn]
  }
  statement {
    sid       = "DeadLetterPageJobs" # permanent failures are copied to the DLQ with their reason (MessageHandling)
    actions   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [aws_sqs_queue.dlq["satpage-satellite-page-jobs"].arn]
  }
  statement {
    sid     = "EmitImageryEvents"
    actions = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [
      aws_sqs_queue.main["satpage-imagery-completed"].arn,
      aws_sqs_queue.main["satpage-imagery-failed"].arn,
    ]
  }
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.imagery.arn}:*"]
  }
}

resource "aws_iam_role_policy" "imagery" {
  name   = "imagery-function"
  role   = aws_iam_role.imagery.id
  policy = data.aws_iam_policy_document.imagery.json
}
