import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules, scanRepository } from '../../engine/index.js';
import type { LoadedRules } from '../../engine/index.js';
import type { Finding } from '../../model/index.js';
import { changedPaths, checkoutBaseFiles } from './index.js';
import {
  ALICE,
  BOB,
  commitAll,
  git,
  initRepository,
  tempDir,
  writeFiles,
} from './test-support/git-fixture.js';

const RULES = `rules:
  - id: no-eval
    message: eval of $X
    severity: ERROR
    languages: [javascript]
    pattern: eval($X)
`;

async function scan(workspace: string, rules: LoadedRules): Promise<Finding[]> {
  const result = await scanRepository({
    workspace,
    paths: ['.'],
    rules,
    maxFileBytes: 1 << 20,
    toolVersion: '0.0.0-test',
  });
  expect(result.problems).toEqual([]);
  return result.findings;
}

describe('diff-aware baseline from git (the issue’s scenario)', () => {
  it('base has 3 findings; the PR adds 2 and moves an old one down 40 lines: exactly 2 new, 3 existing', async () => {
    const origin = initRepository();
    writeFiles(origin, {
      'src/handler.js': 'function handle(req) {\n  return eval(req.body);\n}\n',
      'src/worker.js': 'eval(job.code);\nconst ok = 1;\neval(job.extra);\n',
      'README.md': 'docs\n',
    });
    const base = commitAll(origin, 'base', ALICE, '2024-01-01T00:00:00Z');
    git(origin, ['checkout', '-q', '-b', 'feature']);
    const padding = Array.from({ length: 40 }, (_, i) => `const pad${i} = ${i};`).join('\n');
    writeFiles(origin, {
      'src/handler.js': `${padding}\nfunction handle(req) {\n  return eval(req.body);\n}\n`,
      'src/worker.js': 'eval(job.code);\nconst ok = 1;\neval(job.extra);\neval(job.more);\n',
      'src/added.js': 'eval(userInput);\n',
    });
    const head = commitAll(origin, 'pr', BOB, '2024-01-02T00:00:00Z');

    // As in CI: a depth-1 checkout of the PR head; the base is fetched from the origin.
    const workspace = tempDir('pr');
    git(workspace, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, '.']);
    const rulesDir = tempDir('rules');
    writeFileSync(path.join(rulesDir, 'rules.yaml'), RULES);
    const rules = await loadRules([path.join(rulesDir, 'rules.yaml')]);

    const changed = await changedPaths(workspace, base, head);
    if (!changed.ok) throw new Error(changed.reason);
    expect([...changed.paths].sort()).toEqual(['src/added.js', 'src/handler.js', 'src/worker.js']);

    const baseDir = tempDir('baseline');
    const { written } = await checkoutBaseFiles(workspace, changed.mergeBase, changed.paths, baseDir, {
      renamedFrom: changed.renamedFrom,
    });
    expect(written).toEqual(['src/handler.js', 'src/worker.js']);

    const baseline = new Set((await scan(baseDir, rules)).map((finding) => finding.fingerprint));
    const headFindings = await scan(workspace, rules);
    const where = (findings: Finding[]) => findings.map((f) => `${f.location.path}:${f.location.startLine}`);
    expect(baseline.size).toBe(3);
    expect(headFindings).toHaveLength(5);
    expect(where(headFindings.filter((f) => !baseline.has(f.fingerprint)))).toEqual([
      'src/added.js:1',
      'src/worker.js:4',
    ]);
    // The eval that moved from line 2 to line 42 is still the same finding.
    expect(where(headFindings.filter((f) => baseline.has(f.fingerprint)))).toEqual([
      'src/handler.js:42',
      'src/worker.js:1',
      'src/worker.js:3',
    ]);
  });
});
