const express = require('express');
const { exec, execFile, execSync } = require('child_process');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const command = `ping -c 1 ${host}`;
  // ruleid: js-express-command-injection-taint
  exec(command, (error, stdout) => res.send(stdout));
  // ok: js-express-command-injection-taint
  execFile('ping', ['-c', '1', host], (error, stdout) => res.send(stdout));
});

app.post('/convert', function (req, res) {
  const { input, width } = req.body;
  // ruleid: js-express-command-injection-taint
  const out = execSync('convert ' + input + ' -resize 100 out.png');
  const size = parseInt(width, 10);
  // ok: js-express-command-injection-taint
  execSync('convert in.png -resize ' + size + ' out.png');
  res.send(out);
});

function archive(name) {
  // ruleid: js-express-command-injection-taint
  return execSync(`tar czf ${name}.tgz data`);
}

app.get('/archive/:name', (req, res) => {
  res.send(archive(req.params.name));
});

function cron() {
  // ok: js-express-command-injection-taint
  exec('rm -rf /tmp/cache', () => {});
}
