function handler(req) {
  const file = path.join('/data', req.query.file);
  // ruleid: taint-labels
  fs.readFileSync(file);
  // ok: taint-labels
  fs.readFileSync(req.query.file);
  // ok: taint-labels
  fs.readFileSync(path.join('/data', 'fixed.txt'));
  const mixed = path.join(process.env.HOME, req.query.file);
  // ok: taint-labels
  fs.readFileSync(mixed);
}
