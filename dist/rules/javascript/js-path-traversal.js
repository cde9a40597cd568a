const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  // ruleid: js-path-traversal
  fs.readFile(path.join(UPLOADS, req.params.name), (err, data) => res.send(data));
});

app.get('/download', (req, res) => {
  // ruleid: js-path-traversal
  res.download(UPLOADS + '/' + req.query.file);
});

app.delete('/files/:name', async (req, res) => {
  // ruleid: js-path-traversal
  await fs.promises.unlink(`${UPLOADS}/${req.params.name}`);
  res.sendStatus(204);
});

app.get('/safe/:name', (req, res) => {
  // ok: js-path-traversal
  fs.readFile(path.join(UPLOADS, path.basename(req.params.name)), (err, data) => res.send(data));
});

app.get('/logo', (req, res) => {
  // ok: js-path-traversal
  res.sendFile(path.join(__dirname, 'public', 'logo.png'));
});

module.exports = app;
