const express = require('express');

const app = express();

app.get('/login/callback', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.next);
});

app.get('/out', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(302, `${req.query.url}?ref=shop`);
});

app.get('/users/:id/home', (req, res) => {
  // ok: js-open-redirect
  res.redirect('/users/' + encodeURIComponent(req.params.id));
});

app.get('/logout', (req, res) => {
  // ok: js-open-redirect
  res.redirect('/');
});

module.exports = app;
