function direct(job) {
  // ruleid: raw-argument-to-shell
  exec(job);
}

function viaVariable(job) {
  const command = 'run ' + job.args;
  // ruleid: raw-argument-to-shell
  exec(command);
}

function vetted(job) {
  const command = 'run ' + job.safeName;
  // ok: raw-argument-to-shell
  exec(command);
}

function constant(job) {
  // ok: raw-argument-to-shell
  exec('uptime');
}
