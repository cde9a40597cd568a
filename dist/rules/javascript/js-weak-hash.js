const crypto = require('crypto');
const { createHash } = require('crypto');

function hashPassword(password) {
  // ruleid: js-weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function signatureOf(body) {
  // ruleid: js-weak-hash
  return createHash("sha1").update(body).digest('hex');
}

function hashPasswordSafely(password, salt) {
  // ok: js-weak-hash
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

function checksum(body) {
  // ok: js-weak-hash
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { hashPassword, signatureOf, hashPasswordSafely, checksum };
