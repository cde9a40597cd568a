const crypto = require('crypto');
const jwt = require('jsonwebtoken');

// Hard-coded signing key: anyone with the source can mint admin tokens.
const JWT_SECRET = 'change-me-demo-secret';

function issueSessionToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'change-me-demo-secret', { expiresIn: '8h' });
}

function readSessionToken(token) {
  return jwt.verify(token, process.env.JWT_SECRET || JWT_SECRET, { algorithms: ['HS256'] });
}

// Predictable: Math.random() is not a CSPRNG.
function createPasswordResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

// The safe way.
function createApiKey() {
  return crypto.randomBytes(32).toString('hex');
}

function hashPassword(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

module.exports = { issueSessionToken, readSessionToken, createPasswordResetToken, createApiKey, hashPassword };
