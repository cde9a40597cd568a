const delay: number = compute();
const label: string = 'x';
// ruleid: typed-metavariable
setTimeout(run, 100);
// ruleid: typed-metavariable
setTimeout(run, delay);
// ok: typed-metavariable
setTimeout(run, label);
