const express = require('express');

const app = express();
const ALLOWED_ORIGINS = new Set(['https://app.example.com']);

app.use((req, res, next) => {
  // ruleid: js-cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  // ruleid: js-cors-reflected-origin
  res.header('Access-Control-Allow-Origin', req.get('Origin'));
  next();
});

app.use('/v3', (req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.has(origin)) {
    // ok: js-cors-reflected-origin
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  // ok: js-cors-reflected-origin
  res.setHeader('Vary', req.headers.origin ? 'Origin' : 'Accept');
  next();
});

module.exports = app;
