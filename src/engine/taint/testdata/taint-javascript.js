const express = require('express');
const { exec } = require('child_process');
const app = express();

app.get('/run', (req, res) => {
  const { name } = req.query;
  const command = `ls ${name}`;
  // ruleid: taint-javascript
  exec(command, (err, out) => res.send(out));
  // ok: taint-javascript
  exec('ls', () => {});
  // ok: taint-javascript
  exec(shellEscape(command));
  let again = command;
  again = 'ls -la';
  // ok: taint-javascript
  exec(again);
});

app.post('/run', function (req, res) {
  const args = [];
  args.push(req.body.arg);
  const cmd = 'git ' + req.body.branch;
  if (req.body.force) {
    // ruleid: taint-javascript
    exec(cmd + ' --force');
  }
  const opts = { cmd: req.body.cmd };
  // ruleid: taint-javascript
  exec(opts.cmd);
  opts.cmd = 'ls';
  // ok: taint-javascript
  exec(opts.cmd);
});

function runIt(cmd) {
  // ruleid: taint-javascript
  exec(cmd);
}

function handler(req, res) {
  runIt(req.query.cmd);
  const wrapped = () => {
    // ruleid: taint-javascript
    exec(req.body.script);
  };
  wrapped();
}

class Service {
  build(input) {
    return 'run ' + input;
  }

  handle(req) {
    const c = this.build(req.query.x);
    // ruleid: taint-javascript
    exec(c);
    // ok: taint-javascript
    exec(this.build('static'));
  }
}
