const crypto = require('crypto');

function generateResetToken() {
  // ruleid: js-insecure-random-token
  return Math.random().toString(36).slice(2);
}

// ruleid: js-insecure-random-token
const sessionId = Math.floor(Math.random() * 1e16).toString(16);

function createUser(user) {
  // ruleid: js-insecure-random-token
  user.tempPassword = Math.random().toString(36).substring(2, 10);
  return user;
}

class InviteService {
  inviteToken() {
    // ruleid: js-insecure-random-token
    return Math.random().toString(36).slice(2);
  }
}

function generateResetTokenSafely() {
  // ok: js-insecure-random-token
  return crypto.randomBytes(32).toString('hex');
}

function pickColour(colours) {
  // ok: js-insecure-random-token
  return colours[Math.floor(Math.random() * colours.length)];
}

// ok: js-insecure-random-token
const retryJitterMs = Math.random() * 100;

module.exports = { generateResetToken, sessionId, createUser, InviteService, generateResetTokenSafely, pickColour, retryJitterMs };
