# What a person must look at: poison messages, queues not draining, the imagery function failing or throttled, books
# that never finish.

resource "aws_cloudwatch_metric_alarm" "dlq_not_empty" {
  for_each = local.queues

  alarm_name          = "${local.name}-${each.key}-dlq-not-empty"
  alarm_description   = "A message reached ${each.key}-dlq: read satpage-failure-reason, fix, then replay with ops-cli."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dlq[each.key].name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "oldest_message_age" {
  for_each = local.queues

  alarm_name          = "${local.name}-${each.key}-oldest-message-age"
  alarm_description   = "Messages wait in ${each.key} longer than expected: its consumer is down, failing or too slow."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.main[each.key].name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = lookup(var.oldest_message_alarm_overrides, each.key, var.oldest_message_alarm_seconds)
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "imagery_errors" {
  alarm_name          = "${local.name}-imagery-errors"
  alarm_description   = "The imagery function failed whole invocations (crash, timeout, out of memory)."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.imagery.function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "imagery_throttles" {
  alarm_name          = "${local.name}-imagery-throttles"
  alarm_description   = "The imagery function was throttled: account concurrency is below the mapping's maximum concurrency."
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = { FunctionName = aws_lambda_function.imagery.function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "books_stuck" {
  alarm_name          = "${local.name}-books-stuck"
  alarm_description   = "Books wait for their render longer than the producer's stuck threshold (app metric ${var.books_stuck_metric.name})."
  namespace           = var.books_stuck_metric.namespace
  metric_name         = var.books_stuck_metric.name
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  # No data means the producer is not publishing the metric: show INSUFFICIENT_DATA rather than a false OK.
  treat_missing_data = "missing"
  alarm_actions      = local.alarm_actions
  ok_actions         = local.alarm_actions
}
