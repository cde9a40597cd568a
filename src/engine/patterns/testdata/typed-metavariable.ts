const delay: number = compute();
const label: string = 'x';
// ruleid: typed-metavariable
setTimeout(run, 100);
// ruleid: typed-metavariable
setTimeout(run, delay);
// ok: typed-metavariable
setTimeout(run, label);

function finish(res: http.ServerResponse, other: Stream) {
  // ruleid: typed-metavariable-dotted-type
  res.end();
  // ok: typed-metavariable-dotted-type
  other.end();
}
