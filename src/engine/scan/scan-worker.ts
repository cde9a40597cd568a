// Entry of the scan worker bundle (dist/scan-worker/index.js, see scan-pool.ts): takes the main thread's
// rules (or loads the same rule files), then takes the scan's files one at a time from the shared
// counter, so the module-level deadline (deadline.ts) and the shared parsers serve one file at a time,
// as in-process.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { parseRuleFile } from '../rule-files/load-rules.js';
import type { Rule } from '../rule-files/rule.js';
import { takeNextFile, type WorkerReply, type WorkerSetup } from './scan-pool.js';
import { TargetScanner } from './scan-target.js';

async function loadSameRules(setup: WorkerSetup): Promise<Rule[]> {
  if (setup.rules) return setup.rules;
  const rules: Rule[] = [];
  for (const ruleset of setup.rulesets) {
    const bytes =
      ruleset.text !== undefined ? Buffer.from(ruleset.text, 'utf8') : await readFile(ruleset.path);
    if (createHash('sha256').update(bytes).digest('hex') !== ruleset.sha256)
      throw new Error(`${ruleset.path} changed since the scan started`);
    rules.push(...(await parseRuleFile(ruleset.path, bytes.toString('utf8'))));
  }
  const ids = rules.map((rule) => rule.id);
  if (ids.length !== setup.ruleIds.length || ids.some((id, i) => id !== setup.ruleIds[i]))
    throw new Error('the rule files do not give the rules the scan loaded');
  return rules;
}

async function serve(port: NonNullable<typeof parentPort>, setup: WorkerSetup): Promise<void> {
  const reply = (message: WorkerReply) => port.postMessage(message);
  let scanner: TargetScanner;
  try {
    scanner = new TargetScanner(setup.workspace, await loadSameRules(setup), setup.options);
  } catch (error) {
    reply({ type: 'init-failed', message: String(error) });
    return;
  }
  const { files, next } = setup;
  for (let index = takeNextFile(next); index < files.length; index = takeNextFile(next)) {
    reply({ type: 'done', index, outcome: await scanner.scan(files[index]) });
  }
  reply({ type: 'finished' });
}

if (parentPort) void serve(parentPort, workerData as WorkerSetup);
