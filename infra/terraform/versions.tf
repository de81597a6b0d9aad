# Provider pins. Terraform >= 1.9 because variable validations below refer to other variables.
terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.x: java25 Lambda runtime, ECS/App Auto Scaling metric-math target tracking, SQS redrive-allow resources.
      version = "~> 6.0"
    }
  }

  # State holds ARNs and names only (no secret values: see secrets.tf). Configure a remote backend per environment, e.g.
  # terraform init -backend-config=... with an S3 backend using use_lockfile = true.
  backend "s3" {}
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      "satpage:environment" = var.environment
      "satpage:managed-by"  = "terraform"
    })
  }
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
