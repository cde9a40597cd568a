const runner = require('command-runner');

function builtCommand(dir) {
  const cmd = `ls ${dir}`;
  // ruleid: command-from-variable
  runner.run(cmd);
}

function fixedCommand() {
  const cmd = 'ls ./';
  // ok: command-from-variable
  runner.run(cmd);
}

function parameterCommand(cmd) {
  // ruleid: command-from-variable
  runner.run(cmd);
}
