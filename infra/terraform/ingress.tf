# The preview API on AWS: an Application Load Balancer in front of the producer tasks, HTTPS only.
#
# Why an ALB and not API Gateway: the caller is one server (the web shop) and the API is three routes on a service that
# already runs on Fargate. An ALB forwards to the tasks' IPs directly; an API Gateway HTTP API would need a VPC link and
# Cloud Map or an internal load balancer anyway, and its per-client controls (usage plans, API keys) exist only for REST
# APIs. Authentication (client keys, hashed), scopes, the per-client rate limit and the body limit are enforced in the
# producer, so they are the same here and in every local test (docs/events.md, README "Preview API on AWS").
#
# No HTTP listener at all (not even a redirect): a misconfigured client would send its key in clear text before being
# redirected. Only the API's paths are forwarded; /actuator/* stays unreachable through the load balancer.

resource "aws_security_group" "preview_api_alb" {
  name        = "${local.name}-preview-api-alb"
  description = "satpage preview API load balancer: HTTPS in from the allowed callers, out only to the producer port"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "preview_api_https" {
  for_each = toset(var.preview_api_ingress_cidrs)

  security_group_id = aws_security_group.preview_api_alb.id
  description       = "HTTPS from an allowed caller (the web shop's egress)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = each.value
}

resource "aws_vpc_security_group_egress_rule" "preview_api_to_producer" {
  security_group_id            = aws_security_group.preview_api_alb.id
  description                  = "to the producer tasks' HTTP port only"
  ip_protocol                  = "tcp"
  from_port                    = local.producer_port
  to_port                      = local.producer_port
  referenced_security_group_id = aws_security_group.producer_api.id
}

# Added to the producer tasks next to aws_security_group.tasks (which has no inbound rule): the producer admits the
# load balancer, and nothing else, on its HTTP port. The render worker does not get this group.
resource "aws_security_group" "producer_api" {
  name        = "${local.name}-producer-api"
  description = "satpage producer: its HTTP port from the preview API load balancer only"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "producer_from_alb" {
  security_group_id            = aws_security_group.producer_api.id
  description                  = "preview API and health checks from the load balancer"
  ip_protocol                  = "tcp"
  from_port                    = local.producer_port
  to_port                      = local.producer_port
  referenced_security_group_id = aws_security_group.preview_api_alb.id
}

resource "aws_lb" "preview_api" {
  name               = "${local.name}-api"
  load_balancer_type = "application"
  internal           = var.preview_api_internal
  subnets            = var.preview_api_subnet_ids
  security_groups    = [aws_security_group.preview_api_alb.id]
  # Requests with header names that are not valid HTTP are dropped instead of forwarded.
  drop_invalid_header_fields = true
  idle_timeout               = 30
}

resource "aws_lb_target_group" "producer" {
  name                 = "${local.name}-api"
  target_type          = "ip" # Fargate tasks (awsvpc)
  protocol             = "HTTP"
  port                 = local.producer_port
  vpc_id               = var.vpc_id
  deregistration_delay = 30 # in-flight API calls are short; the tasks' SQS work drains on its own (stopTimeout)

  health_check {
    path                = "/actuator/health"
    protocol            = "HTTP"
    port                = "traffic-port"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "preview_api_https" {
  load_balancer_arn = aws_lb.preview_api.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.preview_api_tls_policy
  certificate_arn   = var.preview_api_certificate_arn

  # Anything but the API's paths: a 404 from the load balancer itself (fixed responses allow application/json only).
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "404"
      message_body = jsonencode({ title = "Not Found", status = 404 })
    }
  }
}

# The paths of docs/openapi/preview-api.yaml (IngressPolicyTest checks that the two agree).
resource "aws_lb_listener_rule" "preview_api" {
  listener_arn = aws_lb_listener.preview_api_https.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.producer.arn
  }

  condition {
    path_pattern {
      values = ["/previews", "/previews/*", "/books/*", "/openapi.yaml"]
    }
  }
}

# The SHA-256 hashes of the client keys ("<id>:<sha256-hex>:<scopes>", comma-separated). Created without a value, like
# the imagery key: the value is put out of band (README), so it never reaches variables, plans or state. ECS injects it
# into the producer container as SATPAGE_PREVIEW_API_CLIENTS (ecs.tf, local.producer_secrets).
resource "aws_secretsmanager_secret" "preview_api_clients" {
  name                    = var.preview_api_clients_secret_name
  description             = "satpage preview API: SHA-256 hashes of the client keys, with their scopes"
  recovery_window_in_days = 7
}
