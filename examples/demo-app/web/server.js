const express = require('express');
const { exec } = require('child_process');
const { Pool } = require('pg');
const escapeHtml = require('escape-html');
const config = require('./config');
const { readSessionToken } = require('./auth');
const filesRouter = require('./routes/files');

const app = express();
const pool = new Pool(config.database);

app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = readSessionToken(req.headers.authorization?.replace('Bearer ', ''));
    next();
  } catch {
    res.sendStatus(401);
  }
}

// Product search: the search term is concatenated into the SQL.
app.get('/products', async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, price FROM products WHERE name LIKE '%" + req.query.q + "%'");
  res.json(rows);
});

// Order lookup done right: a parameterised query.
app.get('/orders/:id', requireUser, async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1 AND user_id = $2', [req.params.id, req.user.sub]);
  res.json(rows[0] ?? null);
});

// Admin diagnostics: the host name goes into a shell command.
app.get('/admin/ping', requireUser, (req, res) => {
  exec(`ping -c 1 ${req.query.host}`, (error, stdout) => res.type('text/plain').send(stdout));
});

// "No results" page reflects the search term as HTML.
app.get('/search', (req, res) => {
  res.send('<h1>No results for ' + req.query.q + '</h1>');
});

// The same page, escaped.
app.get('/search-safe', (req, res) => {
  res.send('<h1>No results for ' + escapeHtml(req.query.q) + '</h1>');
});

app.use('/files', requireUser, filesRouter);

app.listen(config.port);
