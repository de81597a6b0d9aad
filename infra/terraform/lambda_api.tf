# POST /satellite-pages, the imagery worker's synchronous shape (issue 19): the same zip and settings as the
# queue-fed function (lambda.tf), another handler, behind a Lambda function URL. Off unless imagery_api_enabled.
#
# Function URLs send the API Gateway HTTP API payload format 2.0 and have no API keys of their own; AWS_IAM makes
# every request SigV4-signed by a principal allowed lambda:InvokeFunctionUrl (and, for URLs created since October
# 2025, lambda:InvokeFunction) — https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html (read 2026-12-03).
# A function URL waits for the function as long as its timeout allows, up to 15 minutes
# (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html).

resource "aws_cloudwatch_log_group" "imagery_api" {
  count             = var.imagery_api_enabled ? 1 : 0
  name              = "/aws/lambda/${local.name}-imagery-api"
  retention_in_days = var.log_retention_days
}

resource "aws_iam_role" "imagery_api" {
  count              = var.imagery_api_enabled ? 1 : 0
  name               = "${local.name}-imagery-api-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

# What making a page needs (iam_imagery.tf), and its own logs: no queue permissions, it answers the caller instead.
# The presigned links are signed with this role's session, so they grant what ImageryObjects grants, for at most the
# link's 15 minutes and the session's lifetime.
data "aws_iam_policy_document" "imagery_api" {
  source_policy_documents = [data.aws_iam_policy_document.imagery_pages.json]
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:aws:logs:${var.aws_region}:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/${local.name}-imagery-api:*"]
  }
}

resource "aws_iam_role_policy" "imagery_api" {
  count  = var.imagery_api_enabled ? 1 : 0
  name   = "imagery-api-function"
  role   = aws_iam_role.imagery_api[0].id
  policy = data.aws_iam_policy_document.imagery_api.json
}

resource "aws_lambda_function" "imagery_api" {
  count         = var.imagery_api_enabled ? 1 : 0
  function_name = "${local.name}-imagery-api"
  role          = aws_iam_role.imagery_api[0].arn
  runtime       = "java25"
  handler       = var.imagery_api_lambda_handler
  architectures = [var.architecture]
  s3_bucket     = var.artifact_bucket
  s3_key        = var.imagery_lambda_s3_key

  memory_size = var.imagery_memory_mb
  timeout     = var.imagery_timeout_seconds
  publish     = true
  # Pages made at once: this function's share of the provider's rate limit (locals.tf lowers the queue-fed
  # function's maximum_concurrency by as much). Requests beyond it are throttled: the caller gets 429 from the URL.
  reserved_concurrent_executions = var.imagery_api_reserved_concurrency

  layers = var.turbojpeg_layer_arn == null ? [] : [var.turbojpeg_layer_arn]

  environment {
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
    log_group  = aws_cloudwatch_log_group.imagery_api[0].name
  }

  lifecycle {
    precondition {
      condition     = local.imagery_page_concurrency - local.imagery_api_concurrency >= 2
      error_message = "imagery_api_reserved_concurrency leaves the queue-fed imagery function fewer than 2 concurrent pages inside provider_rate_limit_rps (SQS event source mappings need at least 2); lower it or raise the rate limit."
    }
  }

  depends_on = [aws_iam_role_policy.imagery_api]
}

resource "aws_lambda_alias" "imagery_api_live" {
  count            = var.imagery_api_enabled ? 1 : 0
  name             = "live"
  function_name    = aws_lambda_function.imagery_api[0].function_name
  function_version = aws_lambda_function.imagery_api[0].version
}

resource "aws_lambda_function_url" "imagery_api" {
  count              = var.imagery_api_enabled ? 1 : 0
  function_name      = aws_lambda_function.imagery_api[0].function_name
  qualifier          = aws_lambda_alias.imagery_api_live[0].name
  authorization_type = "AWS_IAM"
}

# Callers named in imagery_api_invoker_arns (e.g. the web shop's role, or another account) get both permissions a
# function URL with AWS_IAM checks.
resource "aws_lambda_permission" "imagery_api_url" {
  for_each               = var.imagery_api_enabled ? toset(var.imagery_api_invoker_arns) : toset([])
  statement_id_prefix    = "InvokeFunctionUrl"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.imagery_api[0].function_name
  qualifier              = aws_lambda_alias.imagery_api_live[0].name
  principal              = each.value
  function_url_auth_type = "AWS_IAM"
}

resource "aws_lambda_permission" "imagery_api_invoke" {
  for_each            = var.imagery_api_enabled ? toset(var.imagery_api_invoker_arns) : toset([])
  statement_id_prefix = "InvokeFunction"
  action              = "lambda:InvokeFunction"
  function_name       = aws_lambda_function.imagery_api[0].function_name
  qualifier           = aws_lambda_alias.imagery_api_live[0].name
  principal           = each.value
}
