# Every pipeline queue with its dead-letter queue (<name>-dlq), as in shared-model Queues.

resource "aws_sqs_queue" "dlq" {
  for_each = local.queues

  name                      = "${each.key}-dlq"
  message_retention_seconds = 1209600 # 14 days, the SQS maximum: time to look at and replay poison messages
  max_message_size          = local.sqs_max_message_size # a dead letter is its message plus failure attributes
  sqs_managed_sse_enabled   = true
  receive_wait_time_seconds = 20
}

resource "aws_sqs_queue" "main" {
  for_each = local.queues

  name                       = each.key
  visibility_timeout_seconds = each.value.visibility_timeout_seconds
  message_retention_seconds  = 345600 # 4 days, the SQS default: longer than any alarmed backlog age
  max_message_size           = local.sqs_max_message_size
  sqs_managed_sse_enabled    = true
  # Long polling: consumers wait up to 20 s for messages instead of paying for empty receives.
  receive_wait_time_seconds = 20

  # After max_receive_count failed receives SQS moves the message to the DLQ (transient failures that never recover);
  # permanent failures are copied there by the apps at once (MessageHandling).
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })
}

# Each DLQ accepts redrives from its own source queue only. A separate resource avoids the main <-> dlq reference cycle.
resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = local.queues

  queue_url = aws_sqs_queue.dlq[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.main[each.key].arn]
  })
}
