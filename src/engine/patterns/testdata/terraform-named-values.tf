locals {
  open_acl      = "public-read"
  private_acl   = "private"
  # Only a literal is read through: neither of these is a constant.
  derived_acl   = local.open_acl
  templated_acl = "${var.prefix}-read"
  telnet        = 23
  insecure      = false
  secure        = true
  old_cipher    = <<EOT
rc4-md5
EOT
  picked_cipher = <<EOT
${var.cipher}
EOT
}

variable "bucket_acl" {
  type    = string
  default = "public-read"
}

variable "caller_acl" {
  type = string
}

# ruleid: world-readable-acl
resource "storage_bucket" "through_local" {
  acl = local.open_acl
}

# ruleid: world-readable-acl
resource "storage_bucket" "through_variable_default" {
  acl = var.bucket_acl
}

# ok: world-readable-acl
resource "storage_bucket" "other_literal" {
  acl = local.private_acl
}

# ok: world-readable-acl
resource "storage_bucket" "no_default" {
  acl = var.caller_acl
}

# ok: world-readable-acl
resource "storage_bucket" "local_of_local" {
  acl = local.derived_acl
}

# ok: world-readable-acl
resource "storage_bucket" "interpolated" {
  acl = local.templated_acl
}

# ok: world-readable-acl
resource "storage_bucket" "unknown_local" {
  acl = local.missing
}

# ok: world-readable-acl
resource "storage_bucket" "further_access" {
  acl = local.open_acl.value
}

resource "listener" "l" {
  # ruleid: telnet-port-or-tls-off
  port = local.telnet
  # ruleid: telnet-port-or-tls-off
  port = 23
  # ok: telnet-port-or-tls-off
  port = 22
  # ruleid: telnet-port-or-tls-off
  tls = local.insecure
  # ruleid: telnet-port-or-tls-off
  tls = false
  # ok: telnet-port-or-tls-off
  tls = local.secure
  # ok: telnet-port-or-tls-off
  tls = true
  # ruleid: legacy-cipher-text
  cipher = local.old_cipher
  # ok: legacy-cipher-text
  cipher = local.picked_cipher
}
