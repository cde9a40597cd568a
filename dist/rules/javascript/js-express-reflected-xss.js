const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.send('<p>No results for ' + req.query.q + '</p>');
});

app.get('/hello/:name', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.status(200).send(`<h1>Hello ${req.params.name}</h1>`);
});

app.post('/echo', (req, res) => {
  // ruleid: js-express-reflected-xss
  res.end(req.body.message);
});

app.get('/search-safe', (req, res) => {
  // ok: js-express-reflected-xss
  res.send('<p>No results for ' + escapeHtml(req.query.q) + '</p>');
});

app.get('/api/search', (req, res) => {
  // ok: js-express-reflected-xss
  res.json({ query: req.query.q, results: [] });
});

app.get('/status', (req, res) => {
  // ok: js-express-reflected-xss
  res.send('<p>OK</p>');
});

module.exports = app;
