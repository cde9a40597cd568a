# ruleid: unencrypted-volume
resource "aws_ebs_volume" "logs" {
  size      = 10
  encrypted = false
  tags = {
    Name = "logs"
  }
}

# ok: unencrypted-volume
resource "aws_ebs_volume" "data" {
  size      = 10
  encrypted = true
}

resource "aws_iam_policy" "admin" {
  policy = jsonencode({
    Statement = [
      # ruleid: wildcard-statement
      {
        Resource = "*"
        Effect   = "Allow"
        Action   = "*"
      },
      # ok: wildcard-statement
      {
        Action   = "s3:GetObject"
        Resource = "*"
      },
    ]
  })
}

locals {
  # ruleid: deep-port
  a = cidrsubnet(var.base, max(8, 23), 1)
  # ok: deep-port
  b = cidrsubnet(var.base, 8, 22)
}

# ruleid: same-name
resource "x" "y" {
  first  = lookup(var.m)
  other  = 1
  second = lookup(var.m)
}

# ok: same-name
resource "x" "z" {
  first  = lookup(var.m)
  second = lookup(var.n)
}
