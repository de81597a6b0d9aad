# Names and ARNs only: no output reads a secret value.

output "bucket_name" {
  description = "The data bucket (SATPAGE_BUCKET)."
  value       = aws_s3_bucket.data.bucket
}

output "queue_urls" {
  description = "Pipeline queue URLs by name."
  value       = { for name, q in aws_sqs_queue.main : name => q.url }
}

output "dead_letter_queue_urls" {
  description = "Dead-letter queue URLs by source queue name (for ops-cli replay)."
  value       = { for name, q in aws_sqs_queue.dlq : name => q.url }
}

output "imagery_function_alias_arn" {
  description = "The imagery function alias the event source mapping invokes."
  value       = aws_lambda_alias.imagery_live.arn
}

output "imagery_max_concurrency" {
  description = "Concurrent pages allowed by the provider rate limit."
  value       = local.imagery_max_concurrency
}

output "imagery_api_key_secret_arn" {
  description = "ARN of the secret to put the provider API key into (README: put-secret-value)."
  value       = aws_secretsmanager_secret.imagery_api_key.arn
}

output "preview_api_url" {
  description = "The preview API through the load balancer's own name; point a DNS name of the certificate at it (CNAME or alias) and give the web shop that."
  value       = "https://${aws_lb.preview_api.dns_name}"
}

output "preview_api_clients_secret_arn" {
  description = "ARN of the secret to put the preview API client hashes into (README: Preview API on AWS)."
  value       = aws_secretsmanager_secret.preview_api_clients.arn
}

output "ecs_cluster_name" {
  description = "Cluster of the producer and render-worker services."
  value       = aws_ecs_cluster.main.name
}

output "role_arns" {
  description = "One role per component."
  value = {
    imagery_function   = aws_iam_role.imagery.arn
    producer_task      = aws_iam_role.producer_task.arn
    producer_execution = aws_iam_role.producer_execution.arn
    render_task        = aws_iam_role.render_task.arn
    render_execution   = aws_iam_role.render_execution.arn
  }
}

output "imagery_api_url" {
  description = "The function URL of POST /satellite-pages (AWS_IAM: requests must be SigV4-signed for service lambda), or null when imagery_api_enabled is false."
  value       = var.imagery_api_enabled ? aws_lambda_function_url.imagery_api[0].function_url : null
}
