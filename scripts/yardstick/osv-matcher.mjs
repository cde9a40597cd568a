// Runs every case of the OSV yardstick (osv-truth.json over osv-samples/) through the matcher's
// public API: each record file is loaded with loadOsvDatabase (osv-samples/ also holds sources.json,
// which is not a record), each case asks isAffected, and the malicious records must come out critical. Bundled by scripts/yardstick-osv.mjs; never shipped.
// Usage: node osv-matcher.mjs <sbom-yardstick-dir>
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isAffected,
  loadOsvDatabase,
  matchVulnerabilities,
  OsvDatabase,
} from '../../src/supply-chain/vulnerabilities/index.ts';

const yardstick = process.argv[2];
const truth = JSON.parse(await readFile(path.join(yardstick, 'osv-truth.json'), 'utf8'));
const recordById = new Map();
for (const file of new Set(truth.cases.map((c) => c.record))) {
  const single = await loadOsvDatabase(path.join(yardstick, 'osv-samples', file));
  const id = path.basename(file, '.json');
  const record = truth.cases
    .filter((c) => c.record === file)
    .flatMap((c) => single.recordsFor(c.ecosystem, c.package))
    .find((r) => r.id === id);
  if (!record) throw new Error(`${file}: record ${id} not found after loading`);
  recordById.set(id, record);
}
const db = new OsvDatabase(recordById.values());
console.error(`loaded ${db.size} OSV records from osv-samples/`);

let passed = 0;
const failures = [];
for (const c of truth.cases) {
  const record = recordById.get(path.basename(c.record, '.json'));
  let actual;
  try {
    actual = isAffected(record, c.ecosystem, c.package, c.version);
  } catch (error) {
    actual = `error: ${error.message}`;
  }
  if (actual === c.expected) passed++;
  else
    failures.push(
      `${c.record} ${c.ecosystem} ${c.package}@${c.version}: expected ${c.expected}, got ${actual} (${c.why})`,
    );
}

// Malicious records: every affected case must come out a critical, malicious match.
let maliciousChecked = 0;
for (const c of truth.cases.filter((c) => c.malicious && c.expected)) {
  const pkg = {
    ecosystem: c.ecosystem,
    name: c.package,
    version: c.version,
    purl: '',
    direct: null,
    dev: null,
    license: null,
    hashes: {},
    source: { file: 'lockfile', line: 1 },
    dependsOn: [],
  };
  const match = matchVulnerabilities([pkg], db).find((m) => m.ids.includes(path.basename(c.record, '.json')));
  maliciousChecked++;
  if (!match || !match.malicious || match.severity !== 'critical') {
    failures.push(
      `${c.record} ${c.package}@${c.version}: expected a critical malicious match, got ${JSON.stringify(match && { malicious: match.malicious, severity: match.severity })}`,
    );
  }
}

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`malicious severity checks: ${maliciousChecked}`);
console.log(`osv: ${passed} passed, ${truth.cases.length - passed} failed`);
process.exit(failures.length === 0 ? 0 : 1);
