const express = require('express');
const db = require('./database');

const app = express();

app.get('/users', (req, res) => {
  const query = "SELECT * FROM users WHERE name = '" + req.query.name + "'";
  db.query(query, (err, rows) => res.json(rows));
});

app.get('/run', (req, res) => {
  require('child_process').exec('convert ' + req.query.file);
  res.end();
});

function report(rows) {
  const unused = rows.length;
  return rows;
}

module.exports = { app, report };
