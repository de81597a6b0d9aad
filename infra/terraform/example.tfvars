# Example inputs: copy to <env>.tfvars, adjust, and `terraform plan -var-file=<env>.tfvars`. No secrets belong here:
# the imagery API key goes into Secrets Manager (README).
aws_region  = "eu-west-1"
environment = "staging"
tags        = { "cost-centre" = "books" }

bucket_name = "satpage-staging-data-example"
# Check your imagery provider agreement for how long imagery may be cached before setting this.
imagery_cache_expiry_days = 30
preview_expiry_days       = 30

# azure (tiles of 512 px) is the default; bing, or tiles with imagery_endpoint (+ imagery_tile_template,
# imagery_attribution). The rate limit and requests per page bound the function's concurrency (README).
imagery_provider           = "azure"
provider_rate_limit_rps    = 250
provider_requests_per_page = 63

artifact_bucket       = "satpage-artifacts-example"
# dist/publish uploads the zip under a content-addressed key and writes it into artifacts.auto.tfvars.json.
imagery_lambda_s3_key = "imagery-worker/imagery-worker-lambda-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.zip"

vpc_id             = "vpc-0123456789abcdef0"
private_subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

producer_image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/satpage/producer:0.1.0"
render_worker_image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/satpage/render-worker:0.1.0"

alarm_topic_arn = "arn:aws:sns:eu-west-1:123456789012:satpage-alarms"

# Preview API (ingress.tf): the load balancer's subnets, who may call it, and the certificate of its host name.
preview_api_subnet_ids      = ["subnet-0aaaaaaaaaaaaaaa0", "subnet-0bbbbbbbbbbbbbbb0"]
preview_api_ingress_cidrs   = ["203.0.113.10/32"]
preview_api_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
