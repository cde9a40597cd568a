// The key ids below are the documented AWS example values, not real credentials.
const { S3Client } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    // ruleid: hardcoded-aws-access-key
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  },
});

// ruleid: hardcoded-aws-access-key
const backupKeyId = "ASIAJEXAMPLEXEG2JICE";

// ok: hardcoded-aws-access-key
const fromEnvironment = process.env.AWS_ACCESS_KEY_ID;

// ok: hardcoded-aws-access-key
const notAKey = 'AKIA-is-the-prefix-of-an-access-key';

module.exports = { s3, backupKeyId, fromEnvironment, notAKey };
