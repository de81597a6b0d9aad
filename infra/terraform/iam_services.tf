# Roles of the two Fargate services: a task role each (what the app may do) and an execution role each (what ECS
# needs to start the task: pull the image, write logs).

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

# --- producer: order intake + coordinator ------------------------------------------------------------------------------

resource "aws_iam_role" "producer_task" {
  name               = "${local.name}-producer-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "producer_task" {
  statement {
    sid = "ConsumeOrdersAndImageryEvents"
    actions = [
      "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
    ]
    resources = [
      aws_sqs_queue.main["satpage-order-placed"].arn,
      aws_sqs_queue.main["satpage-imagery-completed"].arn,
      aws_sqs_queue.main["satpage-imagery-failed"].arn,
    ]
  }
  statement {
    sid     = "DeadLetterConsumedQueues"
    actions = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [
      aws_sqs_queue.dlq["satpage-order-placed"].arn,
      aws_sqs_queue.dlq["satpage-imagery-completed"].arn,
      aws_sqs_queue.dlq["satpage-imagery-failed"].arn,
    ]
  }
  statement {
    sid     = "SendPageAndRenderJobs"
    actions = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [
      aws_sqs_queue.main["satpage-satellite-page-jobs"].arn,
      aws_sqs_queue.main["satpage-render-jobs"].arn,
    ]
  }
  statement {
    sid       = "BookObjects" # Definition Files, markers, patched files, the dispatch gate
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.data.arn}/books/*"]
  }
  statement {
    sid       = "CheckImageryExists" # the coordinator HEADs both stitched objects before accepting a completion
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/imagery/*"]
  }
  statement {
    sid       = "ListBooksAndImagery" # lists resolved/ markers; makes HEAD of a missing key a 404, not a 403
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.data.arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["books/*", "imagery/*"]
    }
  }
  statement {
    sid       = "PublishMetrics" # no resource-level permissions exist for PutMetricData
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.books_stuck_metric.namespace]
    }
  }
}

resource "aws_iam_role_policy" "producer_task" {
  name   = "producer"
  role   = aws_iam_role.producer_task.id
  policy = data.aws_iam_policy_document.producer_task.json
}

resource "aws_iam_role" "producer_execution" {
  name               = "${local.name}-producer-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "producer_execution" {
  statement {
    sid       = "EcrLogin" # GetAuthorizationToken has no resource-level permissions (AWS requires "*")
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "PullImage"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    resources = [local.producer_repo_arn]
  }
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.producer.arn}:*"]
  }
  statement {
    sid       = "InjectPreviewApiClients" # ECS reads the secrets of local.producer_secrets when it starts the task
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.preview_api_clients.arn]
  }
}

resource "aws_iam_role_policy" "producer_execution" {
  name   = "producer-execution"
  role   = aws_iam_role.producer_execution.id
  policy = data.aws_iam_policy_document.producer_execution.json
}

# --- render worker -----------------------------------------------------------------------------------------------------

resource "aws_iam_role" "render_task" {
  name               = "${local.name}-render-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "render_task" {
  statement {
    sid = "ConsumeRenderJobs"
    actions = [
      "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
    ]
    resources = [aws_sqs_queue.main["satpage-render-jobs"].arn]
  }
  statement {
    sid       = "DeadLetterRenderJobs"
    actions   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [aws_sqs_queue.dlq["satpage-render-jobs"].arn]
  }
  statement {
    sid     = "EmitRenderedEvents"
    actions = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = [
      aws_sqs_queue.main["satpage-book-rendered"].arn,
      aws_sqs_queue.main["satpage-printhouse-delivery"].arn,
    ]
  }
  statement {
    # PutObjectTagging: preview pages are written with the satpage-retention=preview tag the lifecycle rule expires.
    sid       = "BookObjects"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:PutObjectTagging"]
    resources = ["${aws_s3_bucket.data.arn}/books/*"]
  }
  statement {
    sid = "ReadImageryAndTemplates"
    actions = ["s3:GetObject"]
    resources = [
      "${aws_s3_bucket.data.arn}/imagery/*",
      "${aws_s3_bucket.data.arn}/templates/*",
    ]
  }
  statement {
    sid       = "ListBookImageryTemplates"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.data.arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["books/*", "imagery/*", "templates/*"]
    }
  }
  statement {
    sid       = "PublishMetrics" # no resource-level permissions exist for PutMetricData
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.books_stuck_metric.namespace]
    }
  }
}

resource "aws_iam_role_policy" "render_task" {
  name   = "render-worker"
  role   = aws_iam_role.render_task.id
  policy = data.aws_iam_policy_document.render_task.json
}

resource "aws_iam_role" "render_execution" {
  name               = "${local.name}-render-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "render_execution" {
  statement {
    sid       = "EcrLogin" # GetAuthorizationToken has no resource-level permissions (AWS requires "*")
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "PullImage"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    resources = [local.render_repo_arn]
  }
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.render.arn}:*"]
  }
}

resource "aws_iam_role_policy" "render_execution" {
  name   = "render-execution"
  role   = aws_iam_role.render_execution.id
  policy = data.aws_iam_policy_document.render_execution.json
}
