# Every input of the deployment. Names of queues are not inputs: they are fixed in shared-model (Queues) and copied in
# locals.tf, because the applications look them up by exactly those names.

# --- where -------------------------------------------------------------------------------------------------------------

variable "aws_region" {
  description = "AWS region of every resource; passed to the apps as SATPAGE_AWS_REGION."
  type        = string
  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region code such as eu-west-1."
  }
}

variable "environment" {
  description = "Environment name, used in resource names that are not fixed by the apps (roles, cluster, function) and in tags."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,15}$", var.environment))
    error_message = "environment must be 2-16 characters: lower-case letters, digits and dashes, starting with a letter."
  }
}

variable "tags" {
  description = "Extra tags for every resource (cost centre, owner)."
  type        = map(string)
  default     = {}
}

variable "architecture" {
  description = "CPU architecture of the Lambda function and the Fargate tasks; images and the libturbojpeg layer must match."
  type        = string
  default     = "x86_64"
  validation {
    condition     = contains(["x86_64", "arm64"], var.architecture)
    error_message = "architecture must be x86_64 or arm64."
  }
}

# --- storage -----------------------------------------------------------------------------------------------------------

variable "bucket_name" {
  description = "Name of the one bucket holding Definition Files, imagery and rendered pages; passed to the apps as SATPAGE_BUCKET."
  type        = string
  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name)) && !can(regex("\\.\\.|^xn--|-s3alias$", var.bucket_name))
    error_message = "bucket_name must be a valid S3 bucket name (3-63 lower-case letters, digits, dots, dashes)."
  }
}

variable "preview_expiry_days" {
  description = "Days after which rendered preview pages (objects tagged satpage-retention=preview) expire."
  type        = number
  default     = 30
  validation {
    condition     = var.preview_expiry_days >= 1 && var.preview_expiry_days <= 3650 && floor(var.preview_expiry_days) == var.preview_expiry_days
    error_message = "preview_expiry_days must be a whole number of days between 1 and 3650."
  }
}

variable "imagery_cache_expiry_days" {
  description = "Days the stitched imagery (imagery/ prefix) may be kept. No default on purpose: take it from the imagery provider's caching terms in your contract."
  type        = number
  validation {
    condition     = var.imagery_cache_expiry_days >= 1 && var.imagery_cache_expiry_days <= 3650 && floor(var.imagery_cache_expiry_days) == var.imagery_cache_expiry_days
    error_message = "imagery_cache_expiry_days must be a whole number of days between 1 and 3650."
  }
}

variable "definition_noncurrent_expiry_days" {
  description = "Days earlier versions of objects under books/ (Definition Files, patched files, gates) are kept after being overwritten or deleted."
  type        = number
  default     = 90
  validation {
    condition     = var.definition_noncurrent_expiry_days >= 1 && var.definition_noncurrent_expiry_days <= 3650
    error_message = "definition_noncurrent_expiry_days must be between 1 and 3650."
  }
}

# --- imagery provider ----------------------------------------------------------------------------------------------------

variable "imagery_provider" {
  description = "Imagery provider of the worker, with the app's names and default (ImageryProperties): azure (Azure Maps Render static image), bing (Bing Maps static imagery, retired 2028-06-30) or tiles (an XYZ/quadkey tile server); passed as SATPAGE_IMAGERY_PROVIDER."
  type        = string
  default     = "azure"
  validation {
    condition     = contains(["azure", "bing", "tiles"], var.imagery_provider)
    error_message = "imagery_provider must be one of azure, bing, tiles."
  }
}

variable "imagery_endpoint" {
  description = "Base URI of the imagery provider's API (SATPAGE_IMAGERY_ENDPOINT); null keeps the app's default of the chosen provider (https://atlas.microsoft.com for azure, https://dev.virtualearth.net for bing). Required for tiles: the tile server."
  type        = string
  default     = null
  nullable    = true
  validation {
    condition     = var.imagery_endpoint == null || can(regex("^https://[a-z0-9.-]+(:[0-9]+)?(/.*)?$", var.imagery_endpoint))
    error_message = "imagery_endpoint must be an https:// URI, or null for the provider's default."
  }
  validation {
    condition     = var.imagery_provider != "tiles" || var.imagery_endpoint != null
    error_message = "imagery_provider = \"tiles\" needs imagery_endpoint: the tile server's base URI."
  }
}

variable "imagery_tile_template" {
  description = "For tiles: the tile URI template with {z} {x} {y} {q} {key}, relative ones starting with / (SATPAGE_IMAGERY_TILE_TEMPLATE); null keeps the app's /tiles/{z}/{x}/{y}.jpg?key={key}."
  type        = string
  default     = null
  nullable    = true
  validation {
    condition     = var.imagery_tile_template == null || var.imagery_provider == "tiles"
    error_message = "imagery_tile_template applies to imagery_provider = \"tiles\" only."
  }
}

variable "imagery_tile_size" {
  description = "Tile size in pixels (SATPAGE_IMAGERY_TILE_SIZE), 256 or 512 as the app accepts: Azure tiles or the tile server's; null keeps the app's per-provider default (azure 512, tiles 256)."
  type        = number
  default     = null
  nullable    = true
  validation {
    condition     = var.imagery_tile_size == null || contains([256, 512], var.imagery_tile_size)
    error_message = "imagery_tile_size must be 256 or 512."
  }
}

variable "imagery_azure_mode" {
  description = "For azure: Get Map Tile (tiles) or a 2x2 grid of Get Map Static Image (static) (SATPAGE_IMAGERY_AZURE_MODE); null keeps the app's default, tiles (imagery-worker README: cost per page and in-image captions)."
  type        = string
  default     = null
  nullable    = true
  validation {
    condition     = var.imagery_azure_mode == null || contains(["tiles", "static"], var.imagery_azure_mode)
    error_message = "imagery_azure_mode must be tiles or static."
  }
  validation {
    condition     = var.imagery_azure_mode == null || var.imagery_provider == "azure"
    error_message = "imagery_azure_mode applies to imagery_provider = \"azure\" only."
  }
}

variable "imagery_attribution" {
  description = "Attribution printed with the imagery (SATPAGE_IMAGERY_ATTRIBUTION); null keeps the provider's own. Set it for tiles, as the tile server's terms require."
  type        = string
  default     = null
  nullable    = true
}

variable "imagery_api_key_secret_name" {
  description = "Name of the Secrets Manager secret that will hold the provider API key. Terraform creates the empty secret; its value is put out of band (see README), so it never reaches variables or state."
  type        = string
  default     = "satpage/imagery-api-key"
  validation {
    condition     = can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", var.imagery_api_key_secret_name))
    error_message = "imagery_api_key_secret_name must be a valid Secrets Manager secret name."
  }
}

variable "provider_rate_limit_rps" {
  description = "Requests per second the imagery provider allows this account: Azure Maps satellite tiles 250 (the default path), Azure static images 50; Bing from your agreement (imagery-worker README, provider facts with sources)."
  type        = number
  default     = 250
  validation {
    condition     = var.provider_rate_limit_rps > 0
    error_message = "provider_rate_limit_rps must be positive."
  }
}

variable "provider_requests_per_page" {
  description = "Provider requests one 4000x3000 satellite page makes at most: 63 for Azure tiles of 512 px (the default path: up to 9 x 7 tiles), 221 for 256-px tiles (17 x 13), 4 for the Azure static grid or Bing (2 x 2 images of 2000x1500)."
  type        = number
  default     = 63
  validation {
    condition     = var.provider_requests_per_page >= 1
    error_message = "provider_requests_per_page must be at least 1."
  }
}

variable "imagery_min_page_seconds" {
  description = "Fastest observed duration of one page in the function (fetch, stitch, encode, upload); with the rate limit it bounds the function's concurrency."
  type        = number
  default     = 2
  validation {
    condition     = var.imagery_min_page_seconds > 0
    error_message = "imagery_min_page_seconds must be positive."
  }
}

# --- imagery Lambda ------------------------------------------------------------------------------------------------------

variable "artifact_bucket" {
  description = "Existing bucket holding deployment artifacts (the imagery worker's Lambda zip)."
  type        = string
  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.artifact_bucket))
    error_message = "artifact_bucket must be a valid S3 bucket name."
  }
}

variable "imagery_lambda_s3_key" {
  description = "Key of the imagery worker's Lambda zip in artifact_bucket; a new key per release makes Terraform publish a new version."
  type        = string
  validation {
    condition     = can(regex("\\.(zip|jar)$", var.imagery_lambda_s3_key))
    error_message = "imagery_lambda_s3_key must name a .zip or .jar."
  }
}

variable "imagery_lambda_handler" {
  description = "Handler of the imagery function (class::method)."
  type        = string
  default     = "dev.satpage.imagery.app.lambda.ImageryLambdaHandler::handleRequest"
  validation {
    condition     = can(regex("^[A-Za-z0-9_.$]+(::[A-Za-z0-9_]+)?$", var.imagery_lambda_handler))
    error_message = "imagery_lambda_handler must be a Java class name, optionally with ::method."
  }
}

variable "imagery_memory_mb" {
  description = "Memory of the imagery function. One page holds ~100 MB of pixels; the rest buys CPU (1,769 MB = one full vCPU), which the JPEG decode/encode needs. See README."
  type        = number
  default     = 2048
  validation {
    condition     = var.imagery_memory_mb >= 1024 && var.imagery_memory_mb <= 10240
    error_message = "imagery_memory_mb must be between 1024 (a page and the JVM) and 10240."
  }
}

variable "imagery_timeout_seconds" {
  description = "Timeout of one imagery invocation (one page). satpage-satellite-page-jobs' visibility timeout (120 s, from shared-model Queues) must be at least 6x this."
  type        = number
  default     = 20
  validation {
    condition     = var.imagery_timeout_seconds >= 5 && var.imagery_timeout_seconds <= 900
    error_message = "imagery_timeout_seconds must be between 5 and 900."
  }
}

variable "imagery_read_timeout" {
  description = "Per-image provider read timeout inside the function (SATPAGE_IMAGERY_READ_TIMEOUT); with imagery_max_attempts it must fit the function timeout."
  type        = string
  default     = "7s"
  validation {
    condition     = can(regex("^[0-9]+s$", var.imagery_read_timeout))
    error_message = "imagery_read_timeout must be whole seconds such as 7s."
  }
}

variable "imagery_max_attempts" {
  description = "Attempts per image inside one invocation (SATPAGE_IMAGERY_MAX_ATTEMPTS); further retries are SQS redeliveries."
  type        = number
  default     = 2
  validation {
    condition     = var.imagery_max_attempts >= 1 && var.imagery_max_attempts <= 10
    error_message = "imagery_max_attempts must be between 1 and 10."
  }
}

variable "imagery_batch_size" {
  description = "Messages (pages) per invocation. 1 keeps memory and timeout sized for one page; Lambda concurrency gives the parallelism."
  type        = number
  default     = 1
  validation {
    condition     = var.imagery_batch_size >= 1 && var.imagery_batch_size <= 10
    error_message = "imagery_batch_size must be between 1 and 10."
  }
}

variable "imagery_batching_window_seconds" {
  description = "Maximum time the event source mapping waits to fill a batch; 0 starts a page as soon as it arrives."
  type        = number
  default     = 0
  validation {
    condition     = var.imagery_batching_window_seconds >= 0 && var.imagery_batching_window_seconds <= 300
    error_message = "imagery_batching_window_seconds must be between 0 and 300."
  }
}

variable "imagery_snapstart" {
  description = "Enable Lambda SnapStart on published versions (cuts JVM cold starts; init code must not cache the secret beyond what the snapshot may hold)."
  type        = bool
  default     = true
}

variable "turbojpeg_layer_arn" {
  description = "Optional Lambda layer version ARN providing libturbojpeg.so.0 under /opt/lib; null uses the ImageIO codec."
  type        = string
  default     = null
  nullable    = true
  validation {
    condition     = var.turbojpeg_layer_arn == null || can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:layer:[A-Za-z0-9_-]+:[0-9]+$", var.turbojpeg_layer_arn))
    error_message = "turbojpeg_layer_arn must be a layer version ARN (…:layer:name:version) or null."
  }
}

# --- Fargate services ----------------------------------------------------------------------------------------------------

variable "vpc_id" {
  description = "VPC of the Fargate tasks."
  type        = string
  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123abcd."
  }
}

variable "private_subnet_ids" {
  description = "Private subnets (with a NAT gateway or VPC endpoints for S3, SQS, ECR, CloudWatch Logs) for the Fargate tasks."
  type        = list(string)
  validation {
    condition     = length(var.private_subnet_ids) >= 2 && alltrue([for s in var.private_subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "private_subnet_ids must list at least two subnet-… ids (two availability zones)."
  }
}

variable "producer_image" {
  description = "ECR image of the producer (order intake + coordinator), preferably pinned by digest."
  type        = string
  validation {
    condition     = can(regex("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9._/-]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})$", var.producer_image))
    error_message = "producer_image must be an ECR image URI with a tag or digest."
  }
}

variable "render_worker_image" {
  description = "ECR image of the render worker, preferably pinned by digest."
  type        = string
  validation {
    condition     = can(regex("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9._/-]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})$", var.render_worker_image))
    error_message = "render_worker_image must be an ECR image URI with a tag or digest."
  }
}

variable "producer_scaling" {
  description = "Producer tasks: size, bounds, and the backlog (visible messages of its three queues) one task should carry."
  type = object({
    cpu              = number
    memory_mb        = number
    min_tasks        = number
    max_tasks        = number
    backlog_per_task = number
  })
  default = { cpu = 512, memory_mb = 1024, min_tasks = 1, max_tasks = 6, backlog_per_task = 200 }
  validation {
    condition     = var.producer_scaling.min_tasks >= 1 && var.producer_scaling.max_tasks >= var.producer_scaling.min_tasks && var.producer_scaling.backlog_per_task > 0
    error_message = "producer_scaling needs 1 <= min_tasks <= max_tasks (backlog per task divides by the running tasks) and a positive backlog_per_task."
  }
}

variable "render_scaling" {
  description = "Render worker tasks: size, bounds, and the render-jobs backlog one task should carry."
  type = object({
    cpu              = number
    memory_mb        = number
    min_tasks        = number
    max_tasks        = number
    backlog_per_task = number
  })
  default = { cpu = 1024, memory_mb = 3072, min_tasks = 1, max_tasks = 10, backlog_per_task = 20 }
  validation {
    condition     = var.render_scaling.min_tasks >= 1 && var.render_scaling.max_tasks >= var.render_scaling.min_tasks && var.render_scaling.backlog_per_task > 0
    error_message = "render_scaling needs 1 <= min_tasks <= max_tasks and a positive backlog_per_task."
  }
}

# --- operations ----------------------------------------------------------------------------------------------------------

variable "log_retention_days" {
  description = "CloudWatch Logs retention of every component."
  type        = number
  default     = 30
  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "alarm_topic_arn" {
  description = "SNS topic notified by every alarm; null creates alarms without actions (visible in the console only)."
  type        = string
  default     = null
  nullable    = true
  validation {
    condition     = var.alarm_topic_arn == null || can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+$", var.alarm_topic_arn))
    error_message = "alarm_topic_arn must be an SNS topic ARN or null."
  }
}

variable "oldest_message_alarm_seconds" {
  description = "Alarm when the oldest message of a pipeline queue is older than this; per-queue overrides in oldest_message_alarm_overrides."
  type        = number
  default     = 900
  validation {
    condition     = var.oldest_message_alarm_seconds >= 60
    error_message = "oldest_message_alarm_seconds must be at least 60."
  }
}

variable "oldest_message_alarm_overrides" {
  description = "Per-queue thresholds (queue name => seconds), e.g. a longer one for satpage-printhouse-delivery, consumed outside this system."
  type        = map(number)
  default     = { "satpage-printhouse-delivery" = 3600 }
}

variable "books_stuck_metric" {
  description = "The app metric counting books that have waited too long for their render (published by the producer)."
  type = object({
    namespace = string
    name      = string
  })
  default = { namespace = "satpage", name = "books.stuck" }
  validation {
    condition     = var.books_stuck_metric.name == "books.stuck" && length(var.books_stuck_metric.namespace) > 0
    error_message = "The producer publishes the metric as books.stuck (EMF, in the namespace given here); only the namespace can change."
  }
}

# --- preview API ingress (ingress.tf) ------------------------------------------------------------------------------------

variable "preview_api_subnet_ids" {
  description = "Subnets of the preview API load balancer: public subnets for an internet-facing one, private ones when preview_api_internal is true (the web shop reaches it through peering or a VPN)."
  type        = list(string)
  validation {
    condition     = length(var.preview_api_subnet_ids) >= 2 && alltrue([for s in var.preview_api_subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "preview_api_subnet_ids must list at least two subnet-… ids (an ALB needs two availability zones)."
  }
}

variable "preview_api_internal" {
  description = "Make the preview API load balancer internal (reachable only from the VPC and what is routed to it)."
  type        = bool
  default     = false
}

variable "preview_api_ingress_cidrs" {
  description = "CIDR blocks allowed to reach the preview API over HTTPS: the web shop's egress addresses. No default: an API that spends imagery credits is not opened to everyone by accident."
  type        = list(string)
  validation {
    condition     = length(var.preview_api_ingress_cidrs) >= 1 && alltrue([for c in var.preview_api_ingress_cidrs : can(cidrhost(c, 0)) && can(regex("^[0-9.]+/[0-9]+$", c))])
    error_message = "preview_api_ingress_cidrs must list at least one IPv4 CIDR block such as 203.0.113.10/32."
  }
}

variable "preview_api_certificate_arn" {
  description = "ACM certificate of the preview API's host name (in aws_region), for the HTTPS listener."
  type        = string
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[0-9a-f-]+$", var.preview_api_certificate_arn))
    error_message = "preview_api_certificate_arn must be an ACM certificate ARN."
  }
}

variable "preview_api_tls_policy" {
  description = "Security policy of the HTTPS listener. Default: TLS 1.3 and 1.2 with restricted ciphers and post-quantum key exchange, the console's default (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html, read 2026-12-02); without it the API and Terraform default to ELBSecurityPolicy-2016-08, which still allows TLS 1.0."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"
  validation {
    condition     = can(regex("^ELBSecurityPolicy-TLS13-1-[23]-", var.preview_api_tls_policy))
    error_message = "preview_api_tls_policy must be a TLS 1.3 policy that refuses TLS 1.1 and older (ELBSecurityPolicy-TLS13-1-2-… or -1-3-…)."
  }
}

variable "preview_api_clients_secret_name" {
  description = "Name of the Secrets Manager secret holding the preview API clients (SHA-256 hashes of their keys). Terraform creates it empty; the value is put out of band (README)."
  type        = string
  default     = "satpage/preview-api-clients"
  validation {
    condition     = can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", var.preview_api_clients_secret_name))
    error_message = "preview_api_clients_secret_name must be a valid Secrets Manager secret name."
  }
}

variable "preview_api_rate_limit" {
  description = "Per-client rate limit of the preview API, per producer task (SATPAGE_PREVIEW_API_RATE_LIMIT_*): sustained requests per second and burst. A client's effective limit is at most this times the number of producer tasks."
  type = object({
    requests_per_second = number
    burst               = number
  })
  default = { requests_per_second = 20, burst = 40 }
  validation {
    condition     = var.preview_api_rate_limit.requests_per_second > 0 && var.preview_api_rate_limit.burst >= 1 && floor(var.preview_api_rate_limit.burst) == var.preview_api_rate_limit.burst
    error_message = "preview_api_rate_limit needs requests_per_second > 0 and a whole burst >= 1."
  }
}

# --- the synchronous imagery API (POST /satellite-pages, lambda_api.tf) ------------------------------------------------

variable "imagery_api_enabled" {
  description = "Deploy POST /satellite-pages: a second function from the imagery zip behind a Lambda function URL (AWS_IAM auth) that makes one page per request and answers its S3 URIs and presigned links (imagery-worker README)."
  type        = bool
  default     = false
}

variable "imagery_api_lambda_handler" {
  description = "Handler of the synchronous imagery API function (class::method)."
  type        = string
  default     = "dev.satpage.imagery.app.lambda.SatellitePageFunctionHandler::handleRequest"
  validation {
    condition     = can(regex("^[A-Za-z0-9_.$]+(::[A-Za-z0-9_]+)?$", var.imagery_api_lambda_handler))
    error_message = "imagery_api_lambda_handler must be a Java class name, optionally with ::method."
  }
}

variable "imagery_api_reserved_concurrency" {
  description = "Pages the synchronous API may make at once (the function's reserved concurrency). Its share of the provider's rate limit: the queue-fed function's maximum_concurrency is lowered by as much, so both together stay inside provider_rate_limit_rps."
  type        = number
  default     = 2
  validation {
    condition     = var.imagery_api_reserved_concurrency >= 1 && floor(var.imagery_api_reserved_concurrency) == var.imagery_api_reserved_concurrency
    error_message = "imagery_api_reserved_concurrency must be a whole number of at least 1."
  }
}

variable "imagery_api_invoker_arns" {
  description = "IAM principals (role or account ARNs) allowed to call the function URL, e.g. the web shop's role. Principals of this account may instead be granted lambda:InvokeFunctionUrl and lambda:InvokeFunction in their own identity policies."
  type        = list(string)
  default     = []
  validation {
    condition     = alltrue([for arn in var.imagery_api_invoker_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:", arn))])
    error_message = "imagery_api_invoker_arns must hold IAM ARNs (arn:aws:iam::<account>:role/... or :root)."
  }
}
