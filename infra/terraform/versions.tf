# Provider pins. Terraform >= 1.9 because variable validations below refer to other variables.
terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.x: ECS/App Auto Scaling metric-math target tracking, SQS redrive-allow resources. Lower bound:
      # - runtime = "java25" is accepted from 6.20.0 on (6.20.0, 2025-11-06, is the first release after the Go SDK's
      #   2025-10-31 Lambda runtime enum that added java25; 6.19.0 was released 2025-10-30). Sources, read 2026-12-02:
      #   https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md (release dates) and
      #   https://github.com/hashicorp/terraform-provider-aws/issues/44985 ("terraform-provider-aws 6.20.0 allows for
      #   the creation of a java25 Lambda runtime function").
      # - every argument and block here is checked against the schema of 6.25.0 (ProviderSchemaTest, npm
      #   @cdktf/provider-aws 21.22.1), so no older provider is accepted.
      version = ">= 6.25.0, < 7.0.0"
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
