const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name;
  const page = '<h1>Hello ' + name + '</h1>';
  // ruleid: js-express-xss-taint
  res.send(page);
  // ok: js-express-xss-taint
  res.send('<h1>Hello ' + escapeHtml(name) + '</h1>');
});

app.get('/item/:id', (req, res) => {
  let id = req.params.id;
  if (!/^[0-9]+$/.test(id)) {
    // ruleid: js-express-xss-taint
    res.write(`<p>Unknown item ${id}</p>`);
    id = 'unknown';
  }
  // ok: js-express-xss-taint
  res.end(`<p>Item ${Number(req.params.id)}</p>`);
});

function banner(text) {
  return `<div class="banner">${text}</div>`;
}

app.post('/preview', (req, res) => {
  // ruleid: js-express-xss-taint
  res.send(banner(req.body.text));
  // ok: js-express-xss-taint
  res.send(banner('Welcome'));
});
