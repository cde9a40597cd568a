resource "queue_policy" "mixed" {
  policy = jsonencode({
    Statement = [
      # ruleid: allow-every-principal
      { Sid = "open", Principal = "*", Effect = "Allow" },
      # ok: allow-every-principal
      { Effect = "Deny", Principal = "*" },
      # ok: allow-every-principal
      { Principal = "arn:aws:iam::1:root", Effect = "Allow" },
    ]
  })
}

# The attributes of a block match in any order, and the block may have others.
# ruleid: logging-off
resource "storage_bucket" "a" {
  logging {
    target  = "logs"
    enabled = false
  }
  name = "a"
}

# ok: logging-off
resource "storage_bucket" "b" {
  logging {
    enabled = true
  }
}

# ok: logging-off
resource "storage_bucket" "c" {
  enabled = false
}

# The flag block may sit inside another block, and its attributes need not be adjacent.
# ok: flag-not-set
resource "database" "nested" {
  settings {
    tier = "small"
    flags {
      name    = "audit"
      comment = "required"
      value   = "on"
    }
  }
}

# ruleid: flag-not-set
resource "database" "off" {
  settings {
    flags {
      name  = "audit"
      value = "off"
    }
  }
}

# ruleid: flag-not-set
resource "database" "other" {
  flags {
    name = "other"
  }
  value = "on"
}

resource "role_policy" "heredoc" {
  # ruleid: heredoc-wildcard
  policy = <<EOT
{
  "Statement": [{"Effect": "Allow", "Action": "*"}]
}
EOT
}

resource "role_policy" "narrow" {
  # ok: heredoc-wildcard
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}
    EOT
}

resource "role_policy" "interpolated" {
  # ok: heredoc-wildcard
  policy = <<EOT
{"Statement": [{"Action": "*", "Resource": "${var.arn}"}]}
EOT
}

resource "lambda_function" "env" {
  environment {
    # ok: reserved-variable
    variables = {
      # ruleid: reserved-variable
      AWS_REGION = var.region
      # ok: reserved-variable
      TOPIC = var.topic
      # ok: reserved-variable
      "AWS_QUOTED" = 1
      # ok: reserved-variable
      AWS_COLON: 2
    }
  }
}

# ok: reserved-variable
AWS_OUTSIDE = 1

data "policy_document" "admin" {
  # ruleid: admin-statement
  statement {
    resources = ["*"]
    effect    = "Allow"
    actions   = ["*"]
  }
  # ok: admin-statement
  statement {
    actions   = ["*"]
    resources = ["arn:bucket"]
  }
}

locals {
  statements = [
    {
      # ruleid: wildcard-resource
      Action   = "s3:GetObject"
      Resource = "*"
    },
    {
      # ok: wildcard-resource
      Action   = "s3:GetObject"
      Resource = "arn:*:bucket"
    },
  ]
}
