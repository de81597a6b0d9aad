# Target tracking on backlog per task (https://docs.aws.amazon.com/autoscaling/application/userguide/
# application-auto-scaling-target-tracking-metric-math.html): visible messages / running tasks held near a target.
# min_tasks >= 1 (validated) keeps the divisor non-zero.

resource "aws_appautoscaling_target" "producer" {
  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.producer.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.producer_scaling.min_tasks
  max_capacity       = var.producer_scaling.max_tasks
}

resource "aws_appautoscaling_policy" "producer_backlog" {
  name               = "${local.name}-producer-backlog-per-task"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.producer.service_namespace
  resource_id        = aws_appautoscaling_target.producer.resource_id
  scalable_dimension = aws_appautoscaling_target.producer.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.producer_scaling.backlog_per_task
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    customized_metric_specification {
      dynamic "metrics" {
        for_each = ["satpage-order-placed", "satpage-imagery-completed", "satpage-imagery-failed"]
        content {
          id          = "q${metrics.key}"
          return_data = false
          metric_stat {
            stat = "Sum"
            metric {
              namespace   = "AWS/SQS"
              metric_name = "ApproximateNumberOfMessagesVisible"
              dimensions {
                name  = "QueueName"
                value = aws_sqs_queue.main[metrics.value].name
              }
            }
          }
        }
      }
      metrics {
        id          = "tasks"
        return_data = false
        metric_stat {
          stat = "Average"
          metric {
            namespace   = "ECS/ContainerInsights"
            metric_name = "RunningTaskCount"
            dimensions {
              name  = "ClusterName"
              value = aws_ecs_cluster.main.name
            }
            dimensions {
              name  = "ServiceName"
              value = aws_ecs_service.producer.name
            }
          }
        }
      }
      metrics {
        id          = "backlog_per_task"
        label       = "producer backlog per task"
        expression  = "(q0 + q1 + q2) / tasks"
        return_data = true
      }
    }
  }
}

resource "aws_appautoscaling_target" "render" {
  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.render.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.render_scaling.min_tasks
  max_capacity       = var.render_scaling.max_tasks
}

resource "aws_appautoscaling_policy" "render_backlog" {
  name               = "${local.name}-render-backlog-per-task"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.render.service_namespace
  resource_id        = aws_appautoscaling_target.render.resource_id
  scalable_dimension = aws_appautoscaling_target.render.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.render_scaling.backlog_per_task
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    customized_metric_specification {
      metrics {
        id          = "jobs"
        return_data = false
        metric_stat {
          stat = "Sum"
          metric {
            namespace   = "AWS/SQS"
            metric_name = "ApproximateNumberOfMessagesVisible"
            dimensions {
              name  = "QueueName"
              value = aws_sqs_queue.main["satpage-render-jobs"].name
            }
          }
        }
      }
      metrics {
        id          = "tasks"
        return_data = false
        metric_stat {
          stat = "Average"
          metric {
            namespace   = "ECS/ContainerInsights"
            metric_name = "RunningTaskCount"
            dimensions {
              name  = "ClusterName"
              value = aws_ecs_cluster.main.name
            }
            dimensions {
              name  = "ServiceName"
              value = aws_ecs_service.render.name
            }
          }
        }
      }
      metrics {
        id          = "backlog_per_task"
        label       = "render backlog per task"
        expression  = "jobs / tasks"
        return_data = true
      }
    }
  }
}
