# producer and render worker as Fargate services. Both are long-running Spring Boot listeners whose start-up (a few
# seconds of JVM + Spring) would dominate short Lambda invocations; the producer also keeps the coordinator's
# gate timing and serves the preview HTTP API (behind the load balancer of ingress.tf), and the render worker holds whole books (PDF with 4000x3000 JPEGs).

resource "aws_ecs_cluster" "main" {
  name = local.name
  setting {
    name  = "containerInsights" # RunningTaskCount, the divisor of the backlog-per-task scaling metric
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "producer" {
  name              = "/ecs/${local.name}/producer"
  retention_in_days = var.log_retention_days
}

resource "aws_cloudwatch_log_group" "render" {
  name              = "/ecs/${local.name}/render-worker"
  retention_in_days = var.log_retention_days
}

resource "aws_security_group" "tasks" {
  name        = "${local.name}-tasks"
  description = "satpage Fargate tasks: no inbound; HTTPS out to S3, SQS, CloudWatch and ECR"
  vpc_id      = var.vpc_id

  egress {
    description = "HTTPS to AWS APIs (through NAT or VPC endpoints)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_task_definition" "producer" {
  family                   = "${local.name}-producer"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.producer_scaling.cpu
  memory                   = var.producer_scaling.memory_mb
  task_role_arn            = aws_iam_role.producer_task.arn
  execution_role_arn       = aws_iam_role.producer_execution.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.architecture == "arm64" ? "ARM64" : "X86_64"
  }
  container_definitions = jsonencode([{
    name        = "producer"
    image       = var.producer_image
    essential   = true
    environment = [for k, v in local.producer_env : { name = k, value = v }]
    secrets     = [for k, v in local.producer_secrets : { name = k, valueFrom = v }]
    portMappings = [{ containerPort = local.producer_port, protocol = "tcp" }] # the preview API (ingress.tf)
    healthCheck  = local.container_health_check
    stopTimeout = 60 # in-flight messages finish; unfinished ones reappear after their visibility timeout
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        "awslogs-group"         = aws_cloudwatch_log_group.producer.name
        "awslogs-region"        = var.aws_region
        "awslogs-stream-prefix" = "producer"
      }
    }
  }])
}

resource "aws_ecs_task_definition" "render" {
  family                   = "${local.name}-render-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.render_scaling.cpu
  memory                   = var.render_scaling.memory_mb
  task_role_arn            = aws_iam_role.render_task.arn
  execution_role_arn       = aws_iam_role.render_execution.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.architecture == "arm64" ? "ARM64" : "X86_64"
  }
  container_definitions = jsonencode([{
    name        = "render-worker"
    image       = var.render_worker_image
    essential   = true
    environment = [for k, v in local.render_env : { name = k, value = v }]
    healthCheck = local.container_health_check
    stopTimeout = 120
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        "awslogs-group"         = aws_cloudwatch_log_group.render.name
        "awslogs-region"        = var.aws_region
        "awslogs-stream-prefix" = "render-worker"
      }
    }
  }])
}

resource "aws_ecs_service" "producer" {
  name            = "producer"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.producer.arn
  launch_type     = "FARGATE"
  desired_count   = var.producer_scaling.min_tasks
  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id, aws_security_group.producer_api.id]
    assign_public_ip = false
  }
  # The preview API behind the load balancer (ingress.tf); a task that fails /actuator/health is replaced.
  load_balancer {
    target_group_arn = aws_lb_target_group.producer.arn
    container_name   = "producer"
    container_port   = local.producer_port
  }
  health_check_grace_period_seconds = 90 # JVM and Spring start-up
  depends_on                        = [aws_lb_listener_rule.preview_api]
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count] # owned by autoscaling after creation
  }
}

resource "aws_ecs_service" "render" {
  name            = "render-worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.render.arn
  launch_type     = "FARGATE"
  desired_count   = var.render_scaling.min_tasks
  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
}
