const jwt = require('jsonwebtoken');

function login(user) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'my-super-secret', { expiresIn: '1h' });
}

function authenticate(token) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.verify(token, "my-super-secret");
}

function loginSafely(user) {
  // ok: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

function authenticateWithKey(token, publicKey) {
  // ok: js-jwt-hardcoded-secret
  return jwt.verify(token, publicKey, { algorithms: ['RS256'] });
}

module.exports = { login, authenticate, loginSafely, authenticateWithKey };
