const crypto = require('crypto');

function encryptCard(number, password) {
  // ruleid: js-crypto-createcipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(number, 'utf8', 'hex') + cipher.final('hex');
}

function decryptCard(data, password) {
  // ruleid: js-crypto-createcipher
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(data, 'hex', 'utf8') + decipher.final('utf8');
}

function encryptCardSafely(number, key) {
  const iv = crypto.randomBytes(12);
  // ok: js-crypto-createcipher
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function decryptCardSafely({ iv, body, tag }, key) {
  // ok: js-crypto-createcipher
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

module.exports = { encryptCard, decryptCard, encryptCardSafely, decryptCardSafely };
