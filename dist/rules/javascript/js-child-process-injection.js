const child_process = require('child_process');
const { exec, execFile } = require('child_process');

function ping(req, res) {
  // ruleid: js-child-process-injection
  exec('ping -c 1 ' + req.query.host, (err, stdout) => res.send(stdout));
}

function thumbnail(file) {
  // ruleid: js-child-process-injection
  return child_process.execSync(`convert ${file} -resize 64x64 thumb.png`);
}

function runHook(command) {
  // ruleid: js-child-process-injection
  require('child_process').exec(command);
}

function pingSafely(req, res) {
  // ok: js-child-process-injection
  execFile('ping', ['-c', '1', req.query.host], (err, stdout) => res.send(stdout));
}

function diskUsage() {
  // ok: js-child-process-injection
  return child_process.execSync('df -h');
}

function firstNumber(text) {
  // ok: js-child-process-injection
  return /\d+/.exec(text);
}

module.exports = { ping, thumbnail, runHook, pingSafely, diskUsage, firstNumber };
