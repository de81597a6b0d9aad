# The one bucket (layout: shared-model S3Layout). Private, encrypted, TLS only.

resource "aws_s3_bucket" "data" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced" # ACLs off: access is decided by IAM and the bucket policy only
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    # SSE-S3: no per-request KMS charge on the millions of small marker reads; switch to aws:kms with a bucket key if a
    # customer-managed key is required.
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# S3 versions whole buckets, not prefixes. Versioning is on so that Definition Files (books/) can be recovered; the
# lifecycle rules below drop earlier versions of everything else after a day, so only books/ pays for history.
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket     = aws_s3_bucket.data.id
  depends_on = [aws_s3_bucket_versioning.data]

  rule {
    id     = "definition-files-history"
    status = "Enabled"
    filter {
      prefix = "books/"
    }
    noncurrent_version_expiration {
      noncurrent_days = var.definition_noncurrent_expiry_days
    }
  }

  # Lifecycle filters take prefixes and tags, not wildcards, so books/*/v*/pages/ cannot be named: the render worker
  # tags preview pages satpage-retention=preview when it writes them.
  rule {
    id     = "preview-pages-expire"
    status = "Enabled"
    filter {
      tag {
        key   = "satpage-retention"
        value = "preview"
      }
    }
    expiration {
      days = var.preview_expiry_days
    }
  }

  # The provider's caching terms limit how long imagery may be kept; a page requested after expiry is fetched again.
  rule {
    id     = "imagery-cache-expire"
    status = "Enabled"
    filter {
      prefix = "imagery/"
    }
    expiration {
      days = var.imagery_cache_expiry_days
    }
    noncurrent_version_expiration {
      noncurrent_days = 1
    }
  }

  rule {
    id     = "templates-history"
    status = "Enabled"
    filter {
      prefix = "templates/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 1
    }
  }

  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
    expiration {
      expired_object_delete_marker = true
    }
  }
}

data "aws_iam_policy_document" "bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "DenyOutdatedTls"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.bucket.json
  # The public access block must exist first, or a policy change could momentarily meet an unprotected bucket.
  depends_on = [aws_s3_bucket_public_access_block.data]
}
