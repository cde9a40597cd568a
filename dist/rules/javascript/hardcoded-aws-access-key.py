# The key id below is the documented AWS example value, not a real credential.
import os

import boto3

# ruleid: hardcoded-aws-access-key
session = boto3.Session(aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key=os.environ["AWS_SECRET"])

# ok: hardcoded-aws-access-key
default_session = boto3.Session(profile_name=os.environ.get("AWS_PROFILE", "default"))
