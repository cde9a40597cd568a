// `npm run demo`: the built CLI scans the bundled vulnerable example as a user would, prints the
// findings, writes the evidence bundle to soc2-evidence/, and exits with the scan's exit code
// (1: the demo app has blocking findings on purpose).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const scan = spawnSync(
  process.execPath,
  [cli, 'scan', 'examples/demo-app', '--osv-db', 'examples/osv-db', '--evidence-dir', 'soc2-evidence'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
console.log(
  `\nsoc2-scan exited ${scan.status}. Check the evidence with: node dist/cli.js verify soc2-evidence`,
);
process.exit(scan.status ?? 3);
