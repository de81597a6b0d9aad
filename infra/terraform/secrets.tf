# The imagery provider API key. Terraform creates the secret without a value: the value is put with
# `aws secretsmanager put-secret-value` (README), so it never appears in variables, plans or state.
# The function receives only the secret's ARN (SATPAGE_IMAGERY_API_KEY_SECRET_ARN) and reads the value at init.

resource "aws_secretsmanager_secret" "imagery_api_key" {
  name                    = var.imagery_api_key_secret_name
  description             = "satpage imagery provider API key (${var.imagery_provider})"
  recovery_window_in_days = 7
}
